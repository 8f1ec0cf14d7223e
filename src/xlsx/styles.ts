import type * as ExcelJS from "exceljs";
import type { CellStyle, PlannedConditionalFormat } from "../core/plan/types";

const FONT = "Calibri";
const TEXT = "FF1F2937";
const MUTED = "FF6B7280";
const LINK = "FF0563C1";
const RULE = "FFBFC7D5";

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: FONT,
  size: 11,
  color: { argb: TEXT },
  ...extra,
});

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: RULE } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const LOOKS: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: font({ size: 14, bold: true, color: { argb: "FF1F3864" } }) },
  subtitle: { font: font({ color: { argb: MUTED } }) },
  header: {
    font: font({ bold: true }),
    fill: solid("FFDCE4F0"),
    border: box,
    alignment: { vertical: "middle" },
  },
  input: { font: font(), fill: solid("FFFFF6D5"), border: box },
  computed: { font: font(), fill: solid("FFF1F3F5"), border: box },
  label: { font: font(), alignment: { vertical: "top" } },
  note: { font: font({ size: 9, italic: true, color: { argb: MUTED } }) },
  link: { font: font({ underline: true, color: { argb: LINK } }) },
};

/** The look of a named cell style, as a fresh object the caller may merge into a cell's style. */
export function cellStyle(style: CellStyle, wrap = false): Partial<ExcelJS.Style> {
  const look = LOOKS[style];
  if (!wrap) return { ...look };
  return { ...look, alignment: { ...look.alignment, wrapText: true } };
}

const CONDITIONAL: Record<PlannedConditionalFormat["look"], { text: string; fill: string }> = {
  good: { text: "FF006100", fill: "FFC6EFCE" },
  bad: { text: "FF9C0006", fill: "FFFFC7CE" },
  flag: { text: "FF9C4A00", fill: "FFFCE4D6" },
};

/** A differential style for a conditional format: only font colour and fill, so the cell keeps the rest. */
export function conditionalStyle(look: PlannedConditionalFormat["look"]): Partial<ExcelJS.Style> {
  const { text, fill } = CONDITIONAL[look];
  return {
    font: { color: { argb: text } },
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } },
  };
}

/** «#4472C4», «4472C4» or «FF4472C4» as the ARGB ExcelJS expects. */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^([0-9A-F]{6}|[0-9A-F]{8})$/.test(hex)) throw new Error(`Неверный цвет «${color}»: ожидается #RRGGBB`);
  return hex.length === 6 ? `FF${hex}` : hex;
}
