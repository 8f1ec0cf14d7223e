import { BORDER_COLOR, Look, LOOKS } from "../core/base/plan/looks";
import type { CellStyle } from "../core/base/plan/types";

export { BORDER_COLOR, CONDITIONAL_LOOKS, LOOKS } from "../core/base/plan/looks";
export type { Look } from "../core/base/plan/looks";

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
