import { isSchoolSheetRole } from "../../workbook/roles";
import type { Framework } from "../../catalog/schema";
import type { ExistingSheet } from "../../workbook/existing";
import { parseKey, scanSheet } from "../../workbook/inputs";
import type { CellValue } from "../../base/plan/types";

/**
 * Which inputs an import recomputes. A value the results (or «Список ФИОКО») determine is written
 * where the cell is blank or still holds what the book's earlier results gave; a value typed by hand
 * that differs is kept unless the user asked to replace, and counted.
 */
export interface Recomputed {
  /** Values that win over what the book holds. */
  readonly overrides: Map<string, CellValue>;
  /** Codes of the indicators whose inputs change (blank cells filled or values replaced). */
  readonly codes: Set<string>;
  /** How many inputs change. */
  readonly changed: number;
  /** Typed values kept though the results give another. */
  readonly kept: number;
}

const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) < 1e-9
    : String(a ?? "")
        .trim()
        .toLowerCase() ===
      String(b ?? "")
        .trim()
        .toLowerCase();

/**
 * `typed`: the book's inputs; `before` and `after`: what the results gave before the import and give
 * after it; `laidOut`: whether the book has a cell for the key (values for schools an indicator is
 * not laid out for are not counted as changes).
 */
export function recomputeInputs(
  typed: ReadonlyMap<string, CellValue>,
  before: ReadonlyMap<string, CellValue>,
  after: ReadonlyMap<string, CellValue>,
  replace: boolean,
  laidOut: (key: string) => boolean,
): Recomputed {
  const overrides = new Map<string, CellValue>();
  const codes = new Set<string>();
  let changed = 0;
  let kept = 0;
  for (const [key, value] of after) {
    if (!laidOut(key)) continue;
    const held = typed.get(key);
    if (held === undefined || held === null || held === "") {
      codes.add(parseKey(key).code);
      changed += 1;
    } else if (same(held, value)) continue;
    else if ((before.has(key) && same(held, before.get(key))) || replace) {
      overrides.set(key, value);
      codes.add(parseKey(key).code);
      changed += 1;
    } else kept += 1;
  }
  return { overrides, codes, changed, kept };
}

/** The system codes whose sheets hold the inputs of these indicators. */
export function systemsOf(framework: Framework, codes: ReadonlySet<string>): Set<string> {
  return new Set(
    framework.systems
      .filter((system) => system.criteria.some((c) => c.indicators.some((i) => codes.has(i.code))))
      .map((system) => system.code),
  );
}

/** Whether a school sheet of the book has a row for the key's indicator and school, and a column for its period. */
export function laidOutIn(existing: readonly ExistingSheet[]): (key: string) => boolean {
  const rows = new Set<string>();
  const periods = new Set<string>();
  for (const sheet of existing) {
    if (!isSchoolSheetRole(sheet.role) || !sheet.cells) continue;
    const scanned = scanSheet(sheet.cells);
    for (const row of scanned?.rows ?? []) rows.add(`${row.code}\u0000${row.school ?? ""}`);
    for (const period of scanned?.periods ?? []) periods.add(period);
  }
  return (key) => {
    const { code, school, period } = parseKey(key);
    return rows.has(`${code}\u0000${school ?? ""}`) && periods.has(period ?? "");
  };
}
