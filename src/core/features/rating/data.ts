import { ru } from "../../base/i18n/ru";
import { readNumber } from "../../base/cells/input";
import { isError } from "../../base/math/outcome";
import { pooledShare, share } from "../../base/cells/share";
import type { CellValue } from "../../base/plan/types";
import type { Dataset } from "../../sheets/dataset";
import type { RatingRubric } from "./rubric";
import type { RatingValues } from "./score";

/** What the workbook's own data give the rating for one period. */
export interface RatingData {
  /** Values of one-line items, by school and line code: a share from numerator ÷ denominator, else the value. */
  readonly values: RatingValues;
  /** Points of items whose catalog indicator is entered in «балл», by school and item code. */
  readonly points: RatingValues;
  /** Municipal averages (Σ numerators ÷ Σ denominators) by line code, where numerators were entered. */
  readonly averages: ReadonlyMap<string, number>;
  /** The sheets these came from. */
  readonly sheets: readonly string[];
}

export const NO_RATING_DATA: RatingData = { values: new Map(), points: new Map(), averages: new Map(), sheets: [] };

/** A typed cell as a number: «да» is 1, «нет» is 0; text, «не проводилось» and blanks are no value. */
function numberOf(cell: CellValue | undefined): number | undefined {
  if (cell === ru.layout.yes) return 1;
  if (cell === ru.layout.no) return 0;
  if (cell === undefined || typeof cell === "boolean") return undefined;
  const read = readNumber(cell, "");
  return read.kind === "number" ? read.value : undefined;
}

function put(target: Map<string, Map<string, number | undefined>>, school: string, code: string, value: number) {
  let bySchool = target.get(school);
  if (!bySchool) target.set(school, (bySchool = new Map()));
  bySchool.set(code, value);
}

/**
 * Reads the rating's inputs from the per-school entry sheets: for each item whose code is a catalog
 * indicator, its entries for `period`. An indicator in «балл» holds the item's points (the catalog's
 * 4.2 indicators mostly are); any other holds the value of the item's single line.
 */
export function valuesFromDataset(rubric: RatingRubric, dataset: Dataset, period: string): RatingData {
  const byCode = new Map(rubric.items.map((item) => [item.code, item]));
  const cells = new Map<string, Map<string, { num?: number; den?: number; val?: number }>>();
  const sheets = new Set<string>();
  for (const sheet of dataset.sheets.filter((s) => s.perSchool)) {
    for (const cell of sheet.scan.cells) {
      const { code, school, period: at, field } = cell.key;
      if (!byCode.has(code) || !school || at !== period || field === "target") continue;
      const value = numberOf(cell.value);
      if (value === undefined) continue;
      let bySchool = cells.get(code);
      if (!bySchool) cells.set(code, (bySchool = new Map()));
      bySchool.set(school, { ...bySchool.get(school), [field]: value });
      sheets.add(sheet.name);
    }
  }

  const values = new Map<string, Map<string, number | undefined>>();
  const points = new Map<string, Map<string, number | undefined>>();
  const averages = new Map<string, number>();
  for (const [code, bySchool] of cells) {
    const item = byCode.get(code);
    const indicator = dataset.indicators.get(code);
    if (!item || !indicator) continue;
    if (indicator.unit === "score") {
      for (const [school, entry] of bySchool) if (entry.val !== undefined) put(points, school, code, entry.val);
      continue;
    }
    if (item.lines.length !== 1) continue;
    const line = item.lines[0];
    const parts: number[] = [];
    const wholes: number[] = [];
    for (const [school, entry] of bySchool) {
      if (entry.num !== undefined && entry.den !== undefined) {
        const value = share(entry.num, entry.den);
        if (isError(value)) continue;
        put(values, school, line.code, value);
        parts.push(entry.num);
        wholes.push(entry.den);
      } else if (entry.val !== undefined) put(values, school, line.code, entry.val);
    }
    const pooled = parts.length > 0 ? pooledShare(parts, wholes) : undefined;
    if (pooled !== undefined && !isError(pooled)) averages.set(line.code, pooled);
  }
  return { values, points, averages, sheets: [...sheets] };
}
