import type { CellStyle, PlannedConditionalFormat } from "../core/plan/types";

/** A named look as plain data, so the .xlsx shell can render the same palette. */
export interface Look {
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  /** "grid": thin lines around and between cells; "bottom": a line under the range. */
  readonly border?: "grid" | "bottom";
}

export const BORDER_COLOR = "#BFC7D5";

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14, color: "#1F3A5F" },
  subtitle: { italic: true, color: "#595959" },
  header: { fill: "#DCE6F1", bold: true, color: "#1F2D3D", wrap: true, border: "grid" },
  input: { fill: "#FFF8DC", color: "#262626", border: "grid" },
  computed: { fill: "#F2F2F2", color: "#262626", border: "grid" },
  label: { color: "#262626", wrap: true },
  note: { italic: true, color: "#7F7F7F", size: 9 },
  link: { color: "#0563C1", underline: true },
};

export const CONDITIONAL_LOOKS: Readonly<
  Record<PlannedConditionalFormat["look"], { readonly fill: string; readonly color: string }>
> = {
  good: { fill: "#E2F0D9", color: "#375623" },
  bad: { fill: "#FBE2E2", color: "#9C0006" },
  flag: { fill: "#FFF2CC", color: "#7F6000" },
};

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const EDGES: Readonly<Record<NonNullable<Look["border"]>, readonly Edge[]>> = {
  grid: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"],
  bottom: ["EdgeBottom"],
};

/** Number of format properties a look sets, for request size estimates. */
export const lookSize = (style: CellStyle): number => {
  const look = LOOKS[style];
  return Object.keys(look).length + (look.border ? EDGES[look.border].length * 2 : 0);
};

export function applyLook(range: Excel.Range, style: CellStyle, wrap?: boolean): void {
  const look = LOOKS[style];
  const format = range.format;
  if (look.fill) format.fill.color = look.fill;
  if (look.color) format.font.color = look.color;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.underline) format.font.underline = "Single";
  if (look.size) format.font.size = look.size;
  if (wrap ?? look.wrap) format.wrapText = true;
  for (const edge of look.border ? EDGES[look.border] : []) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = BORDER_COLOR;
  }
}

/** Excel measures column width in points; the plan in characters of the default font. */
export const columnPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
