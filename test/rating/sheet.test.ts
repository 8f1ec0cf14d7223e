import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ru } from "../../src/core/base/i18n/ru";
import type { CellValue, PlannedCell } from "../../src/core/base/plan/types";
import type { RatingData } from "../../src/core/features/rating/data";
import { ratingLines, TULA_RATING } from "../../src/core/features/rating/rubric";
import { rateSchools, RatingValues, scoreItem } from "../../src/core/features/rating/score";
import { RATING_ROLE, ratingSheetLayout, ratingSheetPlan } from "../../src/core/features/rating/sheetPlan";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { writePlanToFile } from "../../src/xlsx/writeFile";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const rubric = TULA_RATING;
const lines = ratingLines(rubric);
const layout = ratingSheetLayout(lines.length);
const PERIOD = "2022/2023";

/** Values at, just below and just above every threshold of the rubric. */
const CANDIDATES = {
  percent: [0, 0.1, 9.9, 10, 19.9, 20, 49.9, 50, 69.9, 70, 79.9, 80, 89.9, 90, 99.9, 100, 2.5, 5],
  count: [0, 1, 2, 3, 5],
  score: [0, 39.9, 40, 60, 60.5, 61, 80, 80.5, 81, 100],
  yesno: [0, 1],
} as const;

const schools = Array.from({ length: 10 }, (_, s) => `ОО ${s + 1}`);
const EMPTY_SCHOOL = schools[7];
const BEST_SCHOOL = schools[8];
const WORST_SCHOOL = schools[9];

function enteredValues(): Map<string, Map<string, number | undefined>> {
  const entered = new Map<string, Map<string, number | undefined>>();
  schools.forEach((school, s) => {
    const bySchool = new Map<string, number | undefined>();
    lines.forEach((line, i) => {
      const candidates = CANDIDATES[line.value];
      if (school === EMPTY_SCHOOL) return;
      if (school === BEST_SCHOOL || school === WORST_SCHOOL) {
        const sign = school === BEST_SCHOOL ? 1 : -1;
        const points = (value: number) => sign * (scoreItem(line, value, 0) ?? -99 * sign);
        bySchool.set(line.code, [...candidates].sort((a, b) => points(b) - points(a))[0]);
        return;
      }
      if ((s + i) % 9 === 0) return; // no data
      bySchool.set(line.code, candidates[(s * 7 + i * 3) % candidates.length]);
    });
    entered.set(school, bySchool);
  });
  return entered;
}

const entered = enteredValues();
const data: RatingData = {
  values: new Map([
    [schools[0], new Map([["TUL.4.2.01", 96]])],
    [schools[1], new Map([["TUL.4.2.03", 100]])],
    [schools[2], new Map([["TUL.4.2.09", 35.5]])],
  ]),
  points: new Map([
    [schools[3], new Map([["TUL.4.2.05", 3]])],
    [schools[4], new Map([["TUL.4.2.02", -1]])],
  ]),
  averages: new Map([["TUL.4.2.09", 20]]),
  sheets: ["4.2 Руководители ОО: данные ОО"],
};

/** What the core rates: the data's values over the hand entries. */
function merged(): RatingValues {
  return new Map(
    schools.map((school) => [school, new Map([...(entered.get(school) ?? []), ...(data.values.get(school) ?? [])])]),
  );
}

const plan = ratingSheetPlan(rubric, schools, data, PERIOD, entered);
const formulas = plan.blocks.flatMap((block) =>
  block.cells.flatMap((row) =>
    row.filter((cell): cell is { formula: string } => typeof cell === "object" && cell !== null),
  ),
);

describe("the sheet «Рейтинг руководителей»", () => {
  test("is named and tagged as the rating sheet", () => {
    expect(plan.name).toBe(ru.rating.sheetName);
    expect(plan.role).toBe(RATING_ROLE);
  });

  test("uses native formulas only", () => {
    expect(formulas.length).toBeGreaterThan(lines.length * schools.length);
    for (const { formula } of formulas) expect(formula).not.toMatch(/MSOKO/i);
  });

  test("data values are grey, hand entries yellow inputs, and the note says which come from data", () => {
    const cells = plan.blocks[0].cells;
    const at = (row: number, col: number): PlannedCell => cells[row]?.[col] ?? null;
    const line01 = lines.findIndex((line) => line.code === "TUL.4.2.01");
    expect(at(layout.valueRow(line01), layout.schoolCol(0))).toBe(96);
    const line05 = lines.findIndex((line) => line.code === "TUL.4.2.05.2");
    expect(at(layout.valueRow(line05), layout.schoolCol(3))).toBe(ru.rating.givenPoints);
    const note = cells.flat().find((cell) => typeof cell === "string" && cell.startsWith("Из данных книги"));
    expect(note).toBe(ru.rating.dataNote("«4.2 Руководители ОО: данные ОО»", 3, 2));
    const inputStyled = plan.styles.filter((style) => style.style === "input");
    const isInput = (row: number, col: number) =>
      inputStyled.some(
        ({ range }) =>
          range.row <= row && row < range.row + range.rows && range.col <= col && col < range.col + range.cols,
      );
    expect(isInput(layout.valueRow(line01), layout.schoolCol(0))).toBe(false);
    expect(isInput(layout.valueRow(line01), layout.schoolCol(1))).toBe(true);
  });

  test("bands are coloured by conditional formats on the band row", () => {
    const looks = plan.conditionalFormats.map((format) => [format.range.row, format.look]);
    expect(looks).toEqual([
      [layout.bandRow, "good"],
      [layout.bandRow, "flag"],
      [layout.bandRow, "bad"],
    ]);
  });

  test("without data, every value is an input and the note says so", () => {
    const empty = ratingSheetPlan(
      rubric,
      ["ОО"],
      { values: new Map(), points: new Map(), averages: new Map(), sheets: [] },
      PERIOD,
    );
    expect(empty.blocks[0].cells.flat()).toContain(ru.rating.noDataNote);
  });
});

describe("the rating sheet recalculated in LibreOffice", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-rating-"));
  const file = path.join(tmp, "rating.xlsx");
  let grid: CellValue[][] = [];
  const rated = rateSchools(rubric, merged(), { points: data.points, averages: data.averages });

  beforeAll(async () => {
    await writePlanToFile({ sheets: [plan] }, file);
    const workbook = await loadWorkbook(await recalculateWithLibreOffice(file));
    grid = readSheetGrid(workbook.getWorksheet(ru.rating.sheetName)!);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const cell = (row: number, col: number): CellValue => {
    const value = grid[row]?.[col] ?? null;
    return value === "" ? null : typeof value === "number" && value === 0 ? 0 : value;
  };

  test("every line's points equal the core's", () => {
    const mismatches: string[] = [];
    let compared = 0;
    rated.forEach((rating, s) => {
      lines.forEach((line, i) => {
        const expected = rating.linePoints.get(line.code) ?? null;
        const actual = cell(layout.pointsRow(i), layout.schoolCol(s));
        compared++;
        if (actual !== expected)
          mismatches.push(`${rating.school} ${line.code}: LibreOffice ${actual}, core ${expected}`);
      });
    });
    expect(mismatches).toEqual([]);
    expect(compared).toBe(lines.length * schools.length);
  });

  test("totals, bands and lines without data equal the core's", () => {
    rated.forEach((rating, s) => {
      const col = layout.schoolCol(s);
      expect({ school: rating.school, total: cell(layout.totalRow, col) }).toEqual({
        school: rating.school,
        total: rating.total ?? null,
      });
      expect({ school: rating.school, band: cell(layout.bandRow, col) }).toEqual({
        school: rating.school,
        band: rating.band ? ru.rating.bands[rating.band] : null,
      });
      expect({ school: rating.school, missing: cell(layout.missingRow, col) }).toEqual({
        school: rating.school,
        missing: rating.missing.length,
      });
    });
  });

  test("the test covers every band, a school without data, and points from data", () => {
    expect(new Set(rated.map((rating) => rating.band))).toEqual(new Set(["high", "medium", "low", undefined]));
    expect(rated[7].total).toBeUndefined();
    expect(rated[3].givenItems).toEqual(["TUL.4.2.05"]);
  });
});
