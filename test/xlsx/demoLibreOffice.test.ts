import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Indicator } from "../../src/core/catalog/schema";
import { demoRequest } from "../../src/core/features/demo/demoData";
import { ru } from "../../src/core/base/i18n/ru";
import { change } from "../../src/core/base/cells/dynamics";
import { isError, NumberOutcome } from "../../src/core/base/math/outcome";
import { roundHalfUp } from "../../src/core/base/math/rounding";
import { pooledShare, share } from "../../src/core/base/cells/share";
import { isReached } from "../../src/core/base/math/status";
import { trendOf } from "../../src/core/base/math/trend";
import type { CellValue } from "../../src/core/base/plan/types";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
import { medallistIndicatorValues, medallistShortfalls } from "../../src/core/features/results/medallists";
import { MEDALLISTS_HEADER_ROW, MEDALLISTS_ROLE, readMedallists } from "../../src/core/sheets/medallistsSheet";
import { rowMetrics } from "../../src/core/features/results/metrics";
import { readResults, RESULTS_HEADER_ROW, RESULTS_ROLE } from "../../src/core/sheets/resultsSheet";
import { entryOf, isWholeCount, entryIndicators, partsOf } from "../../src/core/workbook/entry";
import { keyOf } from "../../src/core/workbook/inputs";
import { readRoles, readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "../cli/run";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const request = demoRequest();
/** What the built workbook holds: the demo data, and the indicators its results and medallists fill where it has none. */
const data = new Map<string, CellValue>([
  ...indicatorValuesFromResults(request.framework, request.results ?? []).values,
  ...medallistIndicatorValues(request.framework, request.medallists ?? []).values,
  ...(request.data ?? []),
]);
const periods = request.periods.map((period) => period.label);
const { schools } = request;
// Broken-down indicators: each part is a row of its own, the total row the sum of the parts.
const indicators = new Map(
  entryIndicators(request.framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators))).map((i) => [
    i.code,
    i,
  ]),
);
for (const indicator of indicators.values()) {
  const parts = partsOf(indicator);
  if (parts.length === 0) continue;
  for (const school of [...schools, undefined])
    for (const period of periods)
      for (const field of ["num", "den", "val"] as const) {
        const found = parts
          .map((part) => data.get(keyOf({ code: part.code, field, period, school })))
          .filter((value): value is number => typeof value === "number");
        if (found.length > 0)
          data.set(
            keyOf({ code: indicator.code, field, period, school }),
            found.reduce((a, b) => a + b, 0),
          );
      }
}

const get = (code: string, field: "num" | "den" | "val" | "target", period?: string, school?: string) =>
  data.get(keyOf({ code, field, period, school })) ?? null;
const isNumber = (value: unknown): value is number => typeof value === "number";
const ok = (outcome: NumberOutcome): number | null => (isError(outcome) ? null : outcome);

/** The municipal value the core computes from the demo inputs: Σ numerators ÷ Σ denominators over schools. */
function expectedValue(indicator: Indicator, period: string): CellValue {
  const entry = entryOf(indicator);
  const atSchools = entry.per === "school";
  const places = atSchools ? schools : [undefined];
  if (entry.inputs === "flag") {
    const answers = places.map((school) => get(indicator.code, "val", period, school));
    const yes = answers.filter((a) => a === ru.layout.yes).length;
    const answered = answers.filter((a) => a === ru.layout.yes || a === ru.layout.no).length;
    return answered === 0 ? null : ok(share(yes, answered));
  }
  if (entry.inputs === "numDen") {
    const pairs = places
      .map((school) => [get(indicator.code, "num", period, school), get(indicator.code, "den", period, school)])
      .filter((pair): pair is [number, number] => pair.every(isNumber));
    if (pairs.length === 0) return null;
    const [nums, dens] = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
    if (entry.quotient === "ratio") {
      const whole = dens.reduce((a, b) => a + b, 0);
      return whole > 0 ? roundHalfUp(nums.reduce((a, b) => a + b, 0) / whole, 2) : null;
    }
    return ok(pooledShare(nums, dens));
  }
  if (!atSchools) return get(indicator.code, "val", period);
  const values = schools.map((school) => get(indicator.code, "val", period, school)).filter(isNumber);
  if (values.length === 0) return null;
  const total = values.reduce((a, b) => a + b, 0);
  return isWholeCount(indicator) ? total : roundHalfUp(total / values.length, 1);
}

const TREND_WORDS = { rise: ru.trend.rise, fall: ru.trend.fall, stable: ru.trend.stable, unstable: ru.trend.unstable };

interface Comparison {
  compared: number;
  mismatches: string[];
}

/** Same number at the shown precision, or both empty, or the same text. */
function compare(result: Comparison, where: string, actual: CellValue, expected: CellValue, digits = 1): void {
  result.compared++;
  const same =
    isNumber(expected) && isNumber(actual)
      ? roundHalfUp(actual, digits) === roundHalfUp(expected, digits)
      : expected === null
        ? actual === null || actual === ""
        : actual === expected;
  if (!same)
    result.mismatches.push(`${where}: LibreOffice ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}`);
}

describe("the demo workbook recalculated in LibreOffice", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-demo-lo-"));
  const file = path.join(tmp, "МСОКО-демо.xlsx");
  let sheets: { name: string; role: string; grid: CellValue[][] }[] = [];
  let stdout = "";

  beforeAll(async () => {
    const run = await runCli("demo", "--out", file);
    expect(run).toMatchObject({ code: 0, err: "" });
    stdout = run.out;
    const recalculated = await loadWorkbook(await recalculateWithLibreOffice(file));
    const roles = readRoles(recalculated);
    sheets = recalculated.worksheets
      .filter((sheet) => roles.has(sheet.name))
      .map((sheet) => ({ name: sheet.name, role: roles.get(sheet.name) ?? "", grid: readSheetGrid(sheet) }));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("msoko demo says what it wrote", () => {
    expect(stdout).toContain(file);
    expect(stdout).toContain("Энский муниципальный район");
    expect(stdout).toContain("2022/2023, 2023/2024, 2024/2025");
    expect(stdout.replace(/\u00a0/g, " ")).toMatch(/ОО: 25 организаций/);
  });

  test("every value, dynamics, status and trend on the system sheets equals the core's", () => {
    const result: Comparison = { compared: 0, mismatches: [] };
    const systems = sheets.filter((sheet) => sheet.role.startsWith("system:"));
    expect(systems).toHaveLength(request.framework.systems.length);
    let valueCells = 0;
    for (const { name, grid } of systems) {
      const headerRow = grid.findIndex((row) => row.includes(ru.layout.code));
      const header = grid[headerRow];
      const col = (text: string) => header.indexOf(text);
      const codeCol = col(ru.layout.code);
      for (const row of grid.slice(headerRow + 1)) {
        const indicator = indicators.get(String(row[codeCol]));
        if (!indicator) continue;
        const entry = entryOf(indicator);
        const digits = entry.quotient === "ratio" ? 2 : 1;
        const values = periods.map((period) => expectedValue(indicator, period));
        periods.forEach((period, p) => {
          const where = `${name} ${indicator.code} ${period}`;
          compare(result, `${where} значение`, row[col(ru.layout.value(period))], values[p], digits);
          valueCells++;
          if (p === 0) return;
          const [current, previous] = [values[p], values[p - 1]];
          const expected =
            entry.change && isNumber(current) && isNumber(previous)
              ? ok(change(current, previous, entry.change))
              : null;
          compare(result, `${where} динамика`, row[col(ru.layout.dynamics(period))], expected);
          valueCells++;
        });
        const last = values[values.length - 1];
        const target = get(indicator.code, "target");
        const hasStatus = indicator.direction !== "neutral" && indicator.unit !== "yesno";
        const status =
          hasStatus && isNumber(last) && isNumber(target)
            ? isReached(last, target, indicator.direction)
              ? ru.status.reached
              : ru.status.notReached
            : null;
        compare(result, `${name} ${indicator.code} статус`, row[col(ru.layout.status)], status);
        if (indicator.unit !== "yesno" && values.every(isNumber)) {
          const trend = trendOf(values as number[]);
          compare(
            result,
            `${name} ${indicator.code} тенденция`,
            row[col(ru.layout.trend)],
            trend ? TREND_WORDS[trend] : null,
          );
        }
      }
    }
    expect(result.mismatches).toEqual([]);
    expect(valueCells).toBeGreaterThan(700);
    expect(result.compared).toBeGreaterThan(1000);
  });

  test("every share and ratio on the school sheets equals the core's", () => {
    const result: Comparison = { compared: 0, mismatches: [] };
    for (const { name, grid } of sheets.filter((sheet) => sheet.role.startsWith("schools:"))) {
      const headerRow = grid.findIndex((row) => row.includes(ru.layout.code));
      const header = grid[headerRow];
      const [codeCol, schoolCol] = [header.indexOf(ru.layout.code), header.indexOf(ru.layout.school)];
      for (const row of grid.slice(headerRow + 1)) {
        const indicator = indicators.get(String(row[codeCol]));
        const school = String(row[schoolCol]);
        if (!indicator || entryOf(indicator).inputs !== "numDen") continue;
        const ratio = entryOf(indicator).quotient === "ratio";
        for (const period of periods) {
          const [num, den] = [get(indicator.code, "num", period, school), get(indicator.code, "den", period, school)];
          const expected =
            isNumber(num) && isNumber(den) && den > 0
              ? ratio
                ? roundHalfUp(num / den, 2)
                : ok(share(num, den))
              : null;
          const actual = row[header.indexOf(ru.layout.value(period))];
          compare(result, `${name} ${indicator.code} ${school} ${period}`, actual, expected, ratio ? 2 : 1);
        }
      }
    }
    expect(result.mismatches).toEqual([]);
    expect(result.compared).toBeGreaterThan(4500);
  });

  test("the results and medallists sheets, reading their thresholds from «Пороги результатов», equal the core's", () => {
    const gridOf = (role: string) => sheets.find((sheet) => sheet.role === role)!.grid;
    const results = readResults(gridOf(RESULTS_ROLE));
    // The schools' rows; the region's and Russia's stand on the sheet too, read apart as references.
    const schoolRows = request.results!.filter((row) => !row.level);
    expect(results.rows).toHaveLength(schoolRows.length);
    expect(results.references).toHaveLength(request.results!.length - schoolRows.length);
    const resultsGrid = gridOf(RESULTS_ROLE);
    const header = resultsGrid[RESULTS_HEADER_ROW];
    const result: Comparison = { compared: 0, mismatches: [] };
    for (const row of [...results.rows, ...results.references]) {
      const line = resultsGrid[row.row!];
      const metrics = rowMetrics(row);
      const at = (name: string) => line[header.indexOf(name)];
      const where = `${row.school} ${row.procedure} ${row.subject} ${row.period}`;
      // A «не проводилось» row has no share: the sheet leaves it blank.
      const high = metrics.highShare === undefined ? null : ok(metrics.highShare);
      compare(result, `${where} high`, at(ru.results.highShare), high);
      if (metrics.quality !== undefined)
        compare(result, `${where} quality`, at(ru.results.quality), ok(metrics.quality));
    }
    const medallistsGrid = gridOf(MEDALLISTS_ROLE);
    const medallists = readMedallists(medallistsGrid);
    expect(medallists.rows).toHaveLength(request.medallists!.length);
    const below = medallistsGrid[MEDALLISTS_HEADER_ROW].indexOf(ru.medallists.below);
    for (const row of medallists.rows) {
      const expected = medallistShortfalls(row).length > 0 ? ru.medallists.yes : ru.medallists.no;
      compare(result, `${row.school} ${row.graduate} ${row.period}`, medallistsGrid[row.row!][below], expected);
    }
    expect(result.mismatches).toEqual([]);
    expect(result.compared).toBeGreaterThan(request.results!.length + request.medallists!.length);
  });
});
