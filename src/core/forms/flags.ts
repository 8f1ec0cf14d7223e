import type { Indicator } from "../catalog/schema";
import { ru } from "../i18n/ru";
import type { PlannedCell } from "../plan/types";

/** ШНОР (low results) and ШНСУ (adverse social conditions) statuses of an organisation, as the user set them. */
export interface OrgFlags {
  readonly shnor?: boolean;
  readonly shnsu?: boolean;
}

/** Which status an indicator is about, read off its name; undefined when it concerns every organisation. */
export type FlagTopic = "shnor" | "shnsu" | "either";

const SHNOR = /ШНОР|низкими\s+(образовательными\s+)?результатами/i;
const SHNSU = /ШНСУ|ШССУ|неблагоприятных\s+социальных/i;

export function flagTopic(indicator: Pick<Indicator, "label">): FlagTopic | undefined {
  const [low, social] = [SHNOR.test(indicator.label), SHNSU.test(indicator.label)];
  if (low && social) return "either";
  if (low) return "shnor";
  if (social) return "shnsu";
  return undefined;
}

const YES = /^(да|\+|1|true|истина|x|х|v|✓)$/i;

/**
 * The «ШНОР» and «ШНСУ» columns of the «ОО» sheet, where the book has them (by header, any case;
 * «ШССУ» counts as «ШНСУ»). A column that is absent leaves its flag undefined: nothing is filtered by it.
 */
export function readOrgFlags(grid: readonly (readonly PlannedCell[])[]): Map<string, OrgFlags> {
  const flags = new Map<string, OrgFlags>();
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.schoolName));
  if (headerRow < 0) return flags;
  const header = grid[headerRow].map((cell) => (typeof cell === "string" ? cell.trim().toUpperCase() : ""));
  const nameCol = header.indexOf(ru.layout.schoolName.toUpperCase());
  const shnorCol = header.findIndex((text) => text.startsWith("ШНОР"));
  const shnsuCol = header.findIndex((text) => text.startsWith("ШНСУ") || text.startsWith("ШССУ"));
  if (shnorCol < 0 && shnsuCol < 0) return flags;
  const yes = (cell: PlannedCell | undefined) =>
    cell === true || cell === 1 || (typeof cell === "string" && YES.test(cell.trim()));
  for (const line of grid.slice(headerRow + 1)) {
    const name = line[nameCol];
    if (typeof name !== "string" || name.trim() === "") continue;
    flags.set(name.trim(), {
      shnor: shnorCol >= 0 ? yes(line[shnorCol]) : undefined,
      shnsu: shnsuCol >= 0 ? yes(line[shnsuCol]) : undefined,
    });
  }
  return flags;
}

/** Whether an organisation answers an indicator about ШНОР/ШНСУ: only when flagged, where the book records flags. */
export function answersByFlags(topic: FlagTopic | undefined, flags: OrgFlags | undefined): boolean {
  if (!topic || !flags) return true;
  const { shnor, shnsu } = flags;
  if (topic === "shnor") return shnor !== false;
  if (topic === "shnsu") return shnsu !== false;
  return !(shnor === false && shnsu === false);
}
