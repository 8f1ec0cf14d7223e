import { ru } from "../../base/i18n/ru";
import type { PlannedCell } from "../../base/plan/types";
import { ratingLines, RatingRubric } from "./rubric";
import type { RatingValues } from "./score";

/**
 * Values typed by hand on «Рейтинг руководителей», read back by the header and the line codes so a
 * rerun keeps them: numbers as they are, «да»/«нет» as 1/0. Formulas and data-filled cells are ours.
 */
export function readRatingEntries(cells: readonly (readonly PlannedCell[])[], rubric: RatingRubric): RatingValues {
  const headers = ru.rating.headers;
  const headerRow = cells.findIndex((row) => row[0] === headers.code && row[1] === headers.item);
  const entries = new Map<string, Map<string, number>>();
  if (headerRow < 0) return entries;
  const header = cells[headerRow];
  const firstSchool = header.indexOf(headers.average) + 1;
  const codes = new Set(ratingLines(rubric).map((line) => line.code));
  const seen = new Set<string>();
  for (const row of cells.slice(headerRow + 1)) {
    const code = row[0];
    // Each code stands first in the values block and again in the points block: only the first counts.
    if (typeof code !== "string" || !codes.has(code) || seen.has(code)) continue;
    seen.add(code);
    for (let col = firstSchool; col > 0 && col < header.length; col++) {
      const school = header[col];
      const cell = row[col];
      if (typeof school !== "string" || school === "") continue;
      const value =
        typeof cell === "number" ? cell : cell === ru.layout.yes ? 1 : cell === ru.layout.no ? 0 : undefined;
      if (value === undefined) continue;
      if (!entries.has(school)) entries.set(school, new Map());
      entries.get(school)?.set(code, value);
    }
  }
  return entries;
}
