import type { Methodology } from "../../catalog/methodologySchema";
import { ru } from "../../base/i18n/ru";
import type { PlannedCell } from "../../base/plan/types";

/** What the user typed on «Самооценка»: scores, maxima and remarks by position code, and the threshold. */
export interface ReadScores {
  readonly scores: Map<string, number>;
  readonly maxima: Map<string, number>;
  readonly remarks: Map<string, string>;
  readonly threshold?: number;
}

const CODE = /^FED(\.[0-9]+)+$/;

/** A typed number: 2, «2», «1,5», «−1»; undefined for blanks, formulas and text. */
function numberOf(cell: PlannedCell | undefined): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const textValue = cell
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".")
    .replace(/^[\u2212\u2013]/, "-");
  return /^-?\d+(\.\d+)?$/.test(textValue) ? Number(textValue) : undefined;
}

/**
 * Reads scores, maxima and remarks back from the sheet by its headers and the position codes, so a
 * rerun keeps them whatever moved. With the methodology, maxima equal to its own are left out (only
 * the user's changes are kept, and a corrected methodology still reaches the sheet).
 */
export function readScores(cells: readonly (readonly PlannedCell[])[], methodology?: Methodology): ReadScores {
  const h = ru.selfAssessment.headers;
  const scores = new Map<string, number>();
  const maxima = new Map<string, number>();
  const remarks = new Map<string, string>();
  const defaults = new Map(
    (methodology?.blocks ?? []).flatMap((block) =>
      block.subsystems.flatMap((subsystem) => subsystem.positions.map((p) => [p.code, p.maxScore] as const)),
    ),
  );
  const thresholdLine = cells.find((line) => line[0] === ru.selfAssessment.thresholdLabel);
  const threshold = thresholdLine
    ?.slice(1)
    .map(numberOf)
    .find((value) => value !== undefined);
  const headerRow = cells.findIndex((line) => line.includes(h.code) && line.includes(h.score));
  if (headerRow < 0) return { scores, maxima, remarks, ...(threshold === undefined ? {} : { threshold }) };
  const header = cells[headerRow];
  const [codeCol, scoreCol, maximumCol, remarkCol] = [h.code, h.score, h.maximum, h.remark].map((name) =>
    header.indexOf(name),
  );
  for (const line of cells.slice(headerRow + 1)) {
    const code = typeof line[codeCol] === "string" ? (line[codeCol] as string).trim() : "";
    if (!CODE.test(code)) continue;
    const score = numberOf(line[scoreCol]);
    if (score !== undefined) scores.set(code, score);
    const maximum = maximumCol < 0 ? undefined : numberOf(line[maximumCol]);
    if (maximum !== undefined && defaults.get(code) !== maximum) maxima.set(code, maximum);
    const remark = remarkCol < 0 ? undefined : line[remarkCol];
    if (typeof remark === "string" && remark.trim() !== "") remarks.set(code, remark.trim());
  }
  return { scores, maxima, remarks, ...(threshold === undefined ? {} : { threshold }) };
}
