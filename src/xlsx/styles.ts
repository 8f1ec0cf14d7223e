import { ru } from "../core/base/i18n/ru";
import type * as ExcelJS from "exceljs";
import { BORDER_COLOR, CONDITIONAL_LOOKS, Look, LOOKS } from "../core/base/plan/looks";
import type { CellStyle, PlannedConditionalFormat } from "../core/base/plan/types";

const FONT = "Calibri";

/** «#4472C4», «4472C4» or «FF4472C4» as the ARGB ExcelJS expects. */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^([0-9A-F]{6}|[0-9A-F]{8})$/.test(hex)) throw new Error(ru.shell.badColour(color));
  return hex.length === 6 ? `FF${hex}` : hex;
}

const solid = (color: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: toArgb(color) },
});
const line: Partial<ExcelJS.Border> = { style: "thin", color: { argb: toArgb(BORDER_COLOR) } };

/** A look of the core's palette (src/core/base/plan/looks.ts) as an ExcelJS style: the same colours the Office.js shell sets. */
function render(look: Look): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: FONT,
      size: look.size ?? 11,
      ...(look.color ? { color: { argb: toArgb(look.color) } } : {}),
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.underline ? { underline: true } : {}),
    },
  };
  if (look.fill) style.fill = solid(look.fill);
  if (look.border === "grid") style.border = { top: line, left: line, bottom: line, right: line };
  if (look.border === "bottom") style.border = { bottom: line };
  if (look.wrap) style.alignment = { wrapText: true };
  return style;
}

const STYLES = Object.fromEntries(Object.entries(LOOKS).map(([name, look]) => [name, render(look)])) as Record<
  CellStyle,
  Partial<ExcelJS.Style>
>;

/** The look of a named cell style, as a fresh object the caller may merge into a cell's style. */
export function cellStyle(style: CellStyle, wrap = false): Partial<ExcelJS.Style> {
  const look = STYLES[style];
  if (!wrap) return { ...look };
  return { ...look, alignment: { ...look.alignment, wrapText: true } };
}

/** A differential style for a conditional format: only font colour and fill, so the cell keeps the rest. */
export function conditionalStyle(look: PlannedConditionalFormat["look"]): Partial<ExcelJS.Style> {
  const { color, fill } = CONDITIONAL_LOOKS[look];
  return {
    font: { color: { argb: toArgb(color) } },
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(fill) } },
  };
}
