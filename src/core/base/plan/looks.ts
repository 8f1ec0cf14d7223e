import type { CellStyle, PlannedConditionalFormat } from "./types";

/**
 * How a plan lands, the same in every shell: the palette of the named looks, the table style, the
 * role store. The Office.js shell (src/excel/styles.ts) and the .xlsx shell (src/xlsx/styles.ts) both
 * render these; the conformance test (test/conformance) compares what they land.
 */

/** A named look as plain data. Colours are «#RRGGBB». */
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

/** Every planned table wears this built-in style; the looks above colour its header and cells. */
export const TABLE_STYLE = "TableStyleLight1";

/** Excel keeps at most this many characters of a validation's error message. */
export const ALERT_MESSAGE_LIMIT = 225;

/** The sheet that keeps each sheet's role where the host has no custom properties; never shown to the user. */
export const ROLE_SHEET = "_msoko";
export const ROLE_SHEET_VISIBILITY = "veryHidden" as const;
