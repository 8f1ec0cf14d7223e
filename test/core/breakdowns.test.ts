import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { readCatalogRows } from "../../src/core/sheets/catalogSheet";
import type { Framework } from "../../src/core/catalog/schema";
import { demoRequest } from "../../src/core/features/demo/demoData";
import { planForm } from "../../src/core/features/forms/plan";
import { readFormBook } from "../../src/core/features/forms/book";
import { analyseIndicators } from "../../src/core/features/analysis/analyse";
import { ru } from "../../src/core/base/i18n/ru";
import { carryText } from "../../src/core/base/i18n/carryOver";
import { catalogSheetPlan } from "../../src/core/sheets/catalogSheetPlan";
import { createEvaluator, SourceCell } from "../../src/core/base/plan/evaluate";
import type { PlannedCell } from "../../src/core/base/plan/types";
import { validateDataset } from "../../src/core/features/validation/checks";
import { readDataset } from "../../src/core/sheets/dataset";
import { planWorkbook } from "../../src/core/operations/build";
import { BuildRequest } from "../../src/core/sheets/buildRequest";
import { ExistingSheet } from "../../src/core/workbook/existing";
import { hasParts, partsOf } from "../../src/core/workbook/entry";
import { keyOf } from "../../src/core/workbook/inputs";
import { plannedSheets, sheetCells } from "../../src/core/sheets/plannedSheets";

const asino = findFramework("asino")!;
const request = demoRequest("asino");
const periods = request.periods.map((period) => period.label);
const last = periods[periods.length - 1];
const SCHOOL = "МБОУ «СОШ № 1»";
const STAGES = "ASN.3.03.01";

const built = plannedSheets(planWorkbook(request).plan);
const sheetOf = (role: string) => built.find((sheet) => sheet.role === role)!;
const rowOf = (cells: readonly (readonly PlannedCell[])[], code: string, school?: string) =>
  cells.findIndex((row) => row[0] === code && (school === undefined || row[3] === school));
const column = (cells: readonly (readonly PlannedCell[])[], header: string) =>
  cells.find((row) => row.includes(ru.layout.code))!.indexOf(header);
const evaluator = createEvaluator({
  cell: (sheet, row, col) => (built.find((s) => s.name === sheet)?.cells?.[row]?.[col] ?? null) as SourceCell,
});
const typed = (code: string, field: "num" | "den" | "val", school: string, period = last) =>
  request.data!.get(keyOf({ code, field, period, school })) as number;

describe("an indicator the source breaks down", () => {
  test("is given its parts as the source lists them, and only where the source does", () => {
    const parted = indicatorsOf(asino).filter(hasParts);
    expect(parted.map((i) => [i.code, i.parts])).toEqual([
      [STAGES, ["школьный этап", "муниципальный этап", "региональный этап", "заключительный этап"]],
      ["ASN.3.03.02", ["муниципальный этап", "региональный этап", "заключительный этап"]],
      [
        "ASN.7.05.01",
        [
          "начальное общее образование (1–4 классы)",
          "основное общее образование (5–9 классы)",
          "среднее общее образование (10–11 классы)",
        ],
      ],
    ]);
    const tula = indicatorsOf(findFramework("tula")!).filter(hasParts);
    expect(tula.map((i) => [i.code, i.parts])).toEqual([["TUL.3.3.37", ["муниципальный этап", "региональный этап"]]]);
    // «Наличие (количество программ) наставничества»: a count of programmes, not да/нет.
    const mentoring = indicatorsOf(asino).find((i) => i.code === "ASN.6.03.02")!;
    expect([mentoring.unit, mentoring.computation.kind, mentoring.label]).toEqual([
      "count",
      "count",
      "Количество программ наставничества, реализуемых в районе",
    ]);
  });

  test("is typed on the school sheet one row a part, under a total that sums them (and carries its value)", () => {
    const sheet = sheetOf("schools:3");
    const cells = sheet.cells!;
    const total = rowOf(cells, STAGES, SCHOOL);
    const parts = partsOf(asino.systems[2].criteria.flatMap((c) => c.indicators).find((i) => i.code === STAGES)!);
    expect(cells.slice(total + 1, total + 5).map((row) => [row[0], row[1], row[3]])).toEqual(
      parts.map((part) => [part.code, `в т. ч. ${part.name}`, SCHOOL]),
    );
    const val = column(cells, ru.layout.value(last));
    const numbers = parts.map((part) => typed(part.code, "val", SCHOOL));
    expect(cells.slice(total + 1, total + 5).map((row) => row[val])).toEqual(numbers);
    expect(cells[total][val]).toEqual({ formula: expect.stringMatching(/SUM\([A-Z]+\d+:[A-Z]+\d+\)/) });
    expect(evaluator.cell(sheet.name, total, val)).toBe(numbers.reduce((a, b) => a + b, 0));
    // The stages nest at every school, as they do in life.
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  test("is summed on the system sheet from the schools' totals, each part from the schools' parts", () => {
    const system = sheetOf("system:3");
    const cells = system.cells!;
    const codeCol = cells.find((row) => row.includes(ru.layout.code))!.indexOf(ru.layout.code);
    const total = cells.findIndex((row) => row[codeCol] === STAGES);
    const val = column(cells, ru.layout.value(last));
    const schools = request.schools.filter((school) => typed(`${STAGES}/1`, "val", school) !== undefined);
    const sumOf = (code: string) => schools.reduce((sum, school) => sum + (typed(code, "val", school) ?? 0), 0);
    const parts = [1, 2, 3, 4].map((n) => sumOf(`${STAGES}/${n}`));
    expect(cells.slice(total + 1, total + 5).map((row) => row[codeCol])).toEqual(
      [1, 2, 3, 4].map((n) => `${STAGES}/${n}`),
    );
    expect([1, 2, 3, 4].map((n) => evaluator.cell(system.name, total + n, val))).toEqual(parts);
    expect(evaluator.cell(system.name, total, val)).toBe(parts.reduce((a, b) => a + b, 0));
    // A part has no target or status of its own; the total keeps its own.
    const target = column(cells, ru.layout.target);
    expect(typeof cells[total][target]).toBe("number");
    expect(cells.slice(total + 1, total + 5).map((row) => row[target])).toEqual([null, null, null, null]);
  });

  test("a share by level of education: each level's numerator and denominator, the total Σ ÷ Σ", () => {
    const sheet = sheetOf("schools:7");
    const cells = sheet.cells!;
    const total = rowOf(cells, "ASN.7.05.01", SCHOOL);
    const [num, den, val] = [ru.layout.numerator(last), ru.layout.denominator(last), ru.layout.value(last)].map(
      (header) => column(cells, header),
    );
    const nums = [1, 2, 3].map((n) => typed(`ASN.7.05.01/${n}`, "num", SCHOOL));
    const dens = [1, 2, 3].map((n) => typed(`ASN.7.05.01/${n}`, "den", SCHOOL));
    const [sumNum, sumDen] = [nums, dens].map((list) => list.reduce((a, b) => a + b, 0));
    expect(evaluator.cell(sheet.name, total, num)).toBe(sumNum);
    expect(evaluator.cell(sheet.name, total, den)).toBe(sumDen);
    expect(evaluator.cell(sheet.name, total, val)).toBe(Math.round((sumNum / sumDen) * 1000) / 10);
  });

  test("the справка reads the total as the sum of the parts", () => {
    const dataset = readDataset(asino, periods, built);
    const analysis = analyseIndicators(dataset, last).find((a) => a.indicator.code === STAGES)!;
    const schools = request.schools.filter((school) => typed(`${STAGES}/1`, "val", school) !== undefined);
    const expected = schools.reduce(
      (sum, school) => sum + [1, 2, 3, 4].reduce((s, n) => s + typed(`${STAGES}/${n}`, "val", school), 0),
      0,
    );
    expect(analysis.values.find((v) => v.period === last)?.value).toBe(expected);
  });

  test("a later stage above the one before is a warning naming both stages and numbers", () => {
    const sheet = sheetOf("schools:3");
    const cells = sheet.cells!.map((row) => [...row]);
    const val = column(cells, ru.layout.value(last));
    const regional = rowOf(cells, `${STAGES}/3`, SCHOOL);
    const municipal = typed(`${STAGES}/2`, "val", SCHOOL);
    cells[regional][val] = municipal + 7;
    const sheets = built.map((s) => (s === sheet ? { ...s, cells } : s));
    const findings = validateDataset(readDataset(asino, periods, sheets)).filter((f) => f.rule === "stages");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: regional, col: val, school: SCHOOL, period: last });
    expect(findings[0].message).toBe(
      `«Количество участников ВсОШ (школьный, муниципальный, региональный, заключительный этапы)» у ${SCHOOL} за ${last}: ` +
        `региональный этап — ${municipal + 7}, больше, чем муниципальный этап — ${municipal}. ` +
        "Участники следующего этапа выходят из предыдущего: проверьте значения.",
    );
    // The demo's own stages nest everywhere.
    expect(validateDataset(readDataset(asino, periods, built)).filter((f) => f.rule === "stages")).toEqual([]);
  });

  test("the form asks for the parts and computes the total", () => {
    const book = readFormBook(built);
    const form = planForm(book, SCHOOL, last)!;
    const cells = sheetCells(form.sheet);
    const total = rowOf(cells, STAGES);
    expect(cells.slice(total + 1, total + 5).map((row) => row[0])).toEqual([1, 2, 3, 4].map((n) => `${STAGES}/${n}`));
    const val = column(cells, ru.layout.value(last));
    expect(cells[total][val]).toEqual({ formula: expect.stringContaining("SUM(") });
    const inputs = new Set(form.inputs.map((range) => `${range.row}|${range.col}`));
    expect(inputs.has(`${total}|${val}`)).toBe(false);
    for (let n = 1; n <= 4; n++) expect(inputs.has(`${total + n}|${val}`)).toBe(true);
  });
});

/** The framework as a book built before the breakdowns had it: every indicator collected whole. */
function withoutParts(framework: Framework): Framework {
  return {
    ...framework,
    systems: framework.systems.map((system) => ({
      ...system,
      criteria: system.criteria.map((criterion) => ({
        ...criterion,
        indicators: criterion.indicators.map((indicator) => ({ ...indicator, parts: undefined })),
      })),
    })),
  };
}

describe("a book built before the breakdown, rebuilt", () => {
  const old: BuildRequest = { ...request, framework: withoutParts(asino), data: new Map() };
  const before = plannedSheets(planWorkbook(old).plan);
  const schoolSheet = before.find((sheet) => sheet.role === "schools:3")!;
  const cells = schoolSheet.cells!.map((row) => [...row]);
  const total = rowOf(cells, STAGES, SCHOOL);
  const val = column(cells, ru.layout.value(last));
  cells[total][val] = 57;
  // The old book's «Показатели» lists the indicator without parts; the rebuild reads it over the built-in one.
  const typedBook: ExistingSheet[] = before.map((sheet) => (sheet === schoolSheet ? { ...sheet, cells } : sheet));
  const rebuild: BuildRequest = { ...request, data: new Map(), results: [], medallists: [] };
  const { plan, notices } = planWorkbook(rebuild, typedBook);
  const after = plannedSheets(plan);

  test("keeps the typed total in «Архив данных» and says why", () => {
    const archive = after.find((sheet) => sheet.role === "archive")!;
    const row = archive.cells!.find((line) => line[1] === STAGES && line[2] === SCHOOL)!;
    expect(row).toEqual([schoolSheet.name, STAGES, SCHOOL, carryText.totalColumn(ru.layout.value(last)), 57]);
    const notice = notices.find((n) => n.startsWith("Итоги показателей, которые теперь вводятся по частям"));
    expect(notice).toContain(`'${schoolSheet.name}'!`);
    expect(notice).toContain("Разнесите эти значения по частям.");
  });

  test("lays the parts out blank for the user to fill, and a second rebuild keeps the archive without a new notice", () => {
    const sheet = after.find((s) => s.role === "schools:3")!;
    const at = rowOf(sheet.cells!, STAGES, SCHOOL);
    expect(sheet.cells![at][val]).toEqual({ formula: expect.stringContaining("SUM(") });
    expect(sheet.cells![at + 1][0]).toBe(`${STAGES}/1`);
    const again = planWorkbook(rebuild, after);
    expect(again.notices.filter((n) => n.startsWith("Итоги показателей"))).toEqual([]);
    const archive = plannedSheets(again.plan).find((s) => s.role === "archive")!;
    expect(archive.cells!.filter((line) => line[1] === STAGES && line[4] === 57)).toHaveLength(1);
  });
});

describe("«Части (в т. ч.)» on «Показатели»", () => {
  const rows = () =>
    sheetCells(catalogSheetPlan(asino)).map((row) =>
      row.map((cell) => (typeof cell === "object" && cell !== null ? null : cell)),
    );
  type Grid = ReturnType<typeof rows>;
  const partsCol = (grid: Grid) => grid.find((row) => row.includes(ru.layout.code))!.indexOf("Части (в т. ч.)");
  const rowOfCode = (grid: Grid, code: string) => grid.findIndex((row) => row[0] === code);
  const partedCodes = (framework: Framework) =>
    indicatorsOf(framework)
      .filter(hasParts)
      .map((i) => i.code);

  test("lists each indicator's parts, and reads them back", () => {
    const grid = rows();
    expect(grid[rowOfCode(grid, STAGES)][partsCol(grid)]).toBe(
      "школьный этап; муниципальный этап; региональный этап; заключительный этап",
    );
    const { framework, problems } = readCatalogRows(grid, asino);
    expect(problems).toEqual([]);
    expect(partedCodes(framework)).toEqual([STAGES, "ASN.3.03.02", "ASN.7.05.01"]);
  });

  test("the user breaks an indicator down, or collects it whole again, by editing the cell", () => {
    const grid = rows();
    grid[rowOfCode(grid, "ASN.3.04.10")][partsCol(grid)] = "муниципальное общество; школьные общества";
    grid[rowOfCode(grid, "ASN.7.05.01")][partsCol(grid)] = null;
    const { framework, problems } = readCatalogRows(grid, asino);
    expect(problems).toEqual([]);
    const parted = new Map(indicatorsOf(framework).map((i) => [i.code, i.parts]));
    expect(parted.get("ASN.3.04.10")).toEqual(["муниципальное общество", "школьные общества"]);
    expect(parted.get("ASN.7.05.01")).toBeUndefined();
  });

  test("one part is refused with its reason; a sheet made before the column keeps the built-in parts", () => {
    const grid = rows();
    const at = rowOfCode(grid, STAGES);
    grid[at][partsCol(grid)] = "школьный этап";
    const { problems } = readCatalogRows(grid, asino);
    expect(problems).toEqual([
      {
        row: at + 1,
        code: STAGES,
        message: expect.stringContaining(
          "в графе «Части (в т. ч.)» одна часть «школьный этап»: перечислите две и больше через «;» или очистите графу",
        ),
      },
    ]);
    const col = partsCol(rows());
    const older = rows().map((row) => row.filter((_, c) => c !== col));
    const read = readCatalogRows(older, asino);
    expect(read.problems).toEqual([]);
    expect(partedCodes(read.framework)).toEqual([STAGES, "ASN.3.03.02", "ASN.7.05.01"]);
  });
});
