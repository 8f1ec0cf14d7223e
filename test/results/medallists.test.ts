import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findFramework } from "../../src/core/catalog";
import { ru } from "../../src/core/base/i18n/ru";
import type { PlannedCell, SheetPlan } from "../../src/core/base/plan/types";
import {
  medallistIndicatorValues,
  medallistShortfalls,
  medallistSigns,
} from "../../src/core/features/results/medallists";
import {
  MEDALLISTS_HEADER_ROW,
  MEDALLISTS_ROLE,
  medallistsSheetPlan,
  readMedallists,
} from "../../src/core/sheets/medallistsSheet";
import { DEFAULT_RESULT_SETTINGS, MedallistRow } from "../../src/core/base/model/results";
import { keyOf } from "../../src/core/workbook/inputs";
import { readSheetCells } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { writePlanToFile } from "../../src/xlsx/writeFile";
import { resultSettingRefs, resultSettingsSheetPlan } from "../../src/core/sheets/resultSettingsSheet";
import { engineWith, engineWithPlans } from "../helpers/formulaEngine";

const m = ru.medallists;
const plain = (text: string) => text.replace(/\u00a0/g, " ");
const P = "2024-2025";
const OLD = "2023-2024";
const row = (graduate: string, results: Partial<MedallistRow> = {}, school = "СОШ № 1", period = P): MedallistRow => ({
  period,
  school,
  graduate,
  ...results,
});
const checksOf = (r: MedallistRow, settings = DEFAULT_RESULT_SETTINGS) =>
  medallistShortfalls(r, settings).map((s) => `${s.field}:${s.check}`);

describe("medallistShortfalls", () => {
  test("an ЕГЭ score of 69 fails, 70 and 71 pass: the rule is «менее 70»", () => {
    expect(medallistShortfalls(row("1", { russian: 69 }))).toEqual([
      { field: "russian", subject: "русский язык", value: 69, kind: "score", check: "coreSubjects" },
      { field: "russian", subject: "русский язык", value: 69, kind: "score", check: "anySubject" },
    ]);
    expect(checksOf(row("1", { mathProfile: 69 }))).toEqual(["mathProfile:coreSubjects", "mathProfile:anySubject"]);
    for (const score of [70, 71]) {
      expect(medallistShortfalls(row("1", { russian: score, mathProfile: score, otherLowest: score }))).toEqual([]);
    }
  });

  test("base mathematics «4» fails the core check only, «5» passes", () => {
    expect(medallistShortfalls(row("1", { mathBaseMark: 4 }))).toEqual([
      { field: "mathBaseMark", subject: "математика (базовый уровень)", value: 4, kind: "mark", check: "coreSubjects" },
    ]);
    expect(checksOf(row("1", { mathBaseMark: 2 }))).toEqual(["mathBaseMark:coreSubjects"]);
    expect(medallistShortfalls(row("1", { mathBaseMark: 5 }))).toEqual([]);
  });

  test("a low score in another subject fails «any subject» only", () => {
    expect(medallistShortfalls(row("1", { russian: 90, otherLowest: 65 }))).toEqual([
      { field: "otherLowest", subject: "предмет по выбору", value: 65, kind: "score", check: "anySubject" },
    ]);
  });

  test("blank results never fail", () => {
    expect(medallistShortfalls(row("1"))).toEqual([]);
    expect(medallistShortfalls(row("1", { russian: 88 }))).toEqual([]);
  });

  test("thresholds from the settings: 60 points and «4»", () => {
    const settings = { ...DEFAULT_RESULT_SETTINGS, medallistMinScore: 60, medallistMinBaseMark: 4 };
    expect(checksOf(row("1", { russian: 59 }), settings)).toEqual(["russian:coreSubjects", "russian:anySubject"]);
    expect(checksOf(row("1", { russian: 60, mathProfile: 61, otherLowest: 65 }), settings)).toEqual([]);
    expect(checksOf(row("1", { mathBaseMark: 4 }), settings)).toEqual([]);
    expect(checksOf(row("1", { mathBaseMark: 3 }), settings)).toEqual(["mathBaseMark:coreSubjects"]);
  });
});

const medallists: MedallistRow[] = [
  row("1", { russian: 80, mathProfile: 75 }),
  row("2", { russian: 90, mathBaseMark: 5 }),
  row("3", { russian: 64, mathBaseMark: 5 }),
  row("4", { russian: 85, mathProfile: 72, otherLowest: 71 }),
  row("5", { russian: 78, mathBaseMark: 4 }),
  row("21", { russian: 95, mathProfile: 70, otherLowest: 70 }, "СОШ № 2"),
  row("22", { russian: 88, mathBaseMark: 5 }, "СОШ № 2"),
  row("7", { russian: 82, mathBaseMark: 5, otherLowest: 61 }, "СОШ № 1", OLD),
  row("А-12", { russian: 64, mathProfile: 60 }, "Лицей", OLD),
];

describe("medallistSigns", () => {
  const signs = medallistSigns(medallists);
  const at = (school: string, period: string) => signs.find((s) => s.school === school && s.period === period);

  test("one sign per school and period with a medallist short, none where all pass", () => {
    expect(signs.map((s) => [s.school, s.period, s.below, s.medallists])).toEqual([
      ["СОШ № 1", P, 2, 5],
      ["СОШ № 1", OLD, 1, 1],
      ["Лицей", OLD, 1, 1],
    ]);
    expect(at("СОШ № 2", P)).toBeUndefined();
    expect(medallistSigns(medallists.slice(5, 7))).toEqual([]);
    expect(medallistSigns([])).toEqual([]);
  });

  test("the sign names the graduates, the rule and the numbers, and asks to check", () => {
    const sign = at("СОШ № 1", P)!;
    expect(sign).toMatchObject({ kind: "medallists", subject: "", grade: "11", medallists: 5, below: 2 });
    expect(sign.graduates.map((g) => g.graduate)).toEqual(["3", "5"]);
    expect(sign.graduates[1].shortfalls).toEqual([
      { field: "mathBaseMark", subject: "математика (базовый уровень)", value: 4, kind: "mark", check: "coreSubjects" },
    ]);
    expect(plain(sign.sentence)).toBe(
      "СОШ № 1, 2024-2025: у 2 из 5 медалистов результат ГИА-11 ниже ожидаемого " +
        "(№ 3 — русский язык 64 балла; № 5 — математика (базовый уровень) «4»). " +
        "Стоит сверить итоговые отметки с результатами ГИА.",
    );
    expect(plain(sign.rule)).toContain("менее 70 баллов по русскому языку, профильной математике или другому предмету");
    expect(plain(sign.rule)).toContain(
      "по базовой математике «4» и ниже (пороги по умолчанию — из положения Абинского района)",
    );
    for (const s of signs) expect(s.sentence + s.rule).not.toMatch(/необъектив|завыш|наруш/i);
  });

  test("plurals and several subjects of one graduate, each subject once", () => {
    expect(plain(at("СОШ № 1", OLD)!.sentence)).toBe(
      "СОШ № 1, 2023-2024: у единственного медалиста результат ГИА-11 ниже ожидаемого (№ 7 — предмет по выбору 61 балл). " +
        "Стоит сверить итоговые отметки с результатами ГИА.",
    );
    expect(plain(at("Лицей", OLD)!.sentence)).toContain(
      "(А-12 — русский язык 64 балла, математика (профильный уровень) 60 баллов)",
    );
  });

  test("thresholds from the settings are named as such", () => {
    const settings = { ...DEFAULT_RESULT_SETTINGS, medallistMinScore: 61 };
    const [sign] = medallistSigns([row("1", { russian: 60 })], settings);
    expect(plain(sign.rule)).toContain("менее 61 балла");
    expect(plain(sign.rule)).toContain(
      "(пороги из настроек; по умолчанию, как в положении Абинского района, — менее 70 баллов и «4» и ниже)",
    );
    expect(medallistSigns([row("1", { russian: 61 })], settings)).toEqual([]);
  });
});

describe("medallistIndicatorValues", () => {
  const value = (values: Map<string, number>, code: string, field: "num" | "den", school: string, period = P) =>
    values.get(keyOf({ code, field, period, school }));

  test("Абинск: ABN.1.1.23 and ABN.1.1.24 per school and period", () => {
    const { values, codes } = medallistIndicatorValues(findFramework("abinsk")!, medallists);
    expect(codes).toEqual(["ABN.1.1.23", "ABN.1.1.24"]);
    // СОШ № 1: № 3 (русский 64) fails both, № 5 («4» по базе) the core check only.
    expect(value(values, "ABN.1.1.23", "num", "СОШ № 1")).toBe(2);
    expect(value(values, "ABN.1.1.24", "num", "СОШ № 1")).toBe(1);
    expect(value(values, "ABN.1.1.23", "den", "СОШ № 1")).toBe(5);
    expect(value(values, "ABN.1.1.24", "den", "СОШ № 1")).toBe(5);
    expect(value(values, "ABN.1.1.23", "num", "СОШ № 2")).toBe(0);
    expect(value(values, "ABN.1.1.23", "den", "СОШ № 2")).toBe(2);
    // Another subject at 61: «any subject» only.
    expect(value(values, "ABN.1.1.23", "num", "СОШ № 1", OLD)).toBe(0);
    expect(value(values, "ABN.1.1.24", "num", "СОШ № 1", OLD)).toBe(1);
    expect(values.size).toBe(4 * 4);
  });

  test("Тула: TUL.4.2.11 gets −1 point per medallist with an ЕГЭ score under 60 (59 counts, 60 does not)", () => {
    const graduates = [
      row("1", { russian: 59, mathProfile: 90 }),
      row("2", { russian: 60, mathProfile: 60, otherLowest: 60 }),
      row("3", { russian: 95, otherLowest: 41 }),
      row("4", { russian: 64, mathBaseMark: 3 }), // marks are not ГИА scores; 64 passes Tula's 60
      row("1", { russian: 80 }, "Лицей"),
    ];
    const { values, codes } = medallistIndicatorValues(findFramework("tula")!, graduates);
    expect(codes).toEqual(["TUL.4.2.11", "TUL.2.5.04"]);
    const points = (school: string) => values.get(keyOf({ code: "TUL.4.2.11", field: "val", period: P, school }));
    expect(points("СОШ № 1")).toBe(-2);
    expect(points("Лицей")).toBe(0);
    // Table 2.5.4 counts the medallists themselves: four at СОШ № 1, one at the lyceum.
    const medallistsAt = (school: string) => values.get(keyOf({ code: "TUL.2.5.04", field: "val", period: P, school }));
    expect([medallistsAt("СОШ № 1"), medallistsAt("Лицей")]).toEqual([4, 1]);
    expect(values.size).toBe(4);
  });

  test("Асино: ASN.1.06.07 counts the medallists (the candidates) and those who confirmed Russian and mathematics", () => {
    const { values, codes } = medallistIndicatorValues(findFramework("asino")!, medallists);
    expect(codes).toEqual(["ASN.1.06.07"]);
    const get = (field: "num" | "den", school: string, period = P) =>
      values.get(keyOf({ code: "ASN.1.06.07", field, period, school }));
    // СОШ № 1: № 3 (русский язык 64) and № 5 (базовая математика «4») did not confirm; 3 of 5 did.
    expect([get("num", "СОШ № 1"), get("den", "СОШ № 1")]).toEqual([3, 5]);
    expect([get("num", "СОШ № 2"), get("den", "СОШ № 2")]).toEqual([2, 2]);
    // Another subject at 61 is not Russian or mathematics: confirmed.
    expect([get("num", "СОШ № 1", OLD), get("den", "СОШ № 1", OLD)]).toEqual([1, 1]);
  });

  test("none for a framework without these indicators", () => {
    const { values, codes } = medallistIndicatorValues(findFramework("taimyr")!, medallists);
    expect(codes).toEqual([]);
    expect(values.size).toBe(0);
  });
});

const schools = ["СОШ № 1", "СОШ № 2", "Лицей"];
const first = MEDALLISTS_HEADER_ROW + 1;
const cellsOf = (plan: SheetPlan) => plan.blocks[0].cells;
const editable = (plan: SheetPlan) => cellsOf(plan).map((line) => [...line]);
const withoutRow = (rows: readonly MedallistRow[]) => rows.map((r) => ({ ...r, row: undefined }));

describe("the «Медалисты» sheet plan", () => {
  const plan = medallistsSheetPlan(medallists, schools, [P]);
  const header = cellsOf(plan)[MEDALLISTS_HEADER_ROW] as string[];
  const col = (name: string) => header.indexOf(name);

  test("is named, tagged, and has the agreed columns, a table and a frozen header", () => {
    expect(plan.name).toBe("Медалисты");
    expect(plan.role).toBe(MEDALLISTS_ROLE);
    expect(header).toEqual([
      "Период",
      "ОО",
      "Выпускник (код)",
      "Русский язык, ЕГЭ",
      "Математика (профиль), ЕГЭ",
      "Математика (база), отметка",
      "Наименьший балл ЕГЭ по другим предметам",
      "Ниже ожидаемого",
    ]);
    expect(cellsOf(plan).length).toBe(first + medallists.length + 100);
    expect(plan.tables).toEqual([
      {
        name: "MsokoMedallists",
        range: { row: MEDALLISTS_HEADER_ROW, col: 0, rows: medallists.length + 101, cols: 8 },
      },
    ]);
    expect(plan.freeze).toEqual({ rows: first, cols: 0 });
    expect(cellsOf(plan)[first + medallists.length][0]).toBe(P);
  });

  test("validates schools, scores 0–100 and marks 2–5", () => {
    const rule = (c: number) => plan.validations.find((v) => v.range.col === c && v.range.row === first)?.rule;
    expect(rule(col(m.school))).toEqual({ kind: "list", items: schools });
    for (const name of [m.russian, m.mathProfile, m.otherLowest]) {
      expect(rule(col(name))).toEqual({ kind: "wholeNumber", min: 0, max: 100 });
    }
    expect(rule(col(m.mathBase))).toEqual({ kind: "wholeNumber", min: 2, max: 5 });
  });

  test("uses a native formula in every row, with literal or referenced thresholds", () => {
    const formulas = cellsOf(plan)
      .flat()
      .filter((c): c is { formula: string } => typeof c === "object" && c !== null);
    expect(formulas).toHaveLength(medallists.length + 100);
    formulas.forEach((f) => expect(f.formula).not.toMatch(/MSOKO/));
    expect(formulas[0].formula).toContain("D5<70");
    expect(formulas[0].formula).toContain("F5<5");
    const referenced = medallistsSheetPlan([], schools, [P], {
      minScore: "'Пороги результатов'!$C$14",
      minBaseMark: "'Пороги результатов'!$C$15",
    });
    const formula = (cellsOf(referenced)[first][col(m.below)] as { formula: string }).formula;
    expect(formula).toContain("D5<'Пороги результатов'!$C$14");
    expect(formula).toContain("F5<'Пороги результатов'!$C$15");
  });

  test("reads back the rows it was given", () => {
    const back = readMedallists(cellsOf(plan));
    expect(back.problems).toEqual([]);
    expect(withoutRow(back.rows)).toEqual(withoutRow(medallists));
    expect(back.rows.map((r) => r.row)).toEqual(medallists.map((_, i) => first + i));
  });

  test("reads back through an .xlsx file, codes kept as text", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-medallists-"));
    try {
      const file = path.join(tmp, "medallists.xlsx");
      const given = [...medallists, row("007", { russian: 70 })];
      await writePlanToFile({ sheets: [medallistsSheetPlan(given, schools, [P])] }, file);
      const workbook = await loadWorkbook(file);
      const back = readMedallists(readSheetCells(workbook.getWorksheet(m.sheetName)!));
      expect(back.problems).toEqual([]);
      expect(withoutRow(back.rows)).toEqual(withoutRow(given));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("readMedallists problems", () => {
  const plan = medallistsSheetPlan([], schools, [P]);
  const header = cellsOf(plan)[MEDALLISTS_HEADER_ROW] as string[];
  const col = (name: string) => header.indexOf(name);
  /** Fills a row of the empty sheet: period, school, code, then the four results. */
  const fill = (cells: PlannedCell[][], r: number, values: PlannedCell[]) =>
    values.forEach((value, k) => (cells[first + r][k] = value));

  test("each bad row is reported in Russian with its sheet row and left out; the rest is kept", () => {
    const cells = editable(plan);
    const lines: PlannedCell[][] = [
      [P, "СОШ № 1", "1", 80, 75, null, 72], // fine
      [null, "СОШ № 1", "2", 80], // no period
      [P, null, "3", 80], // no school
      [P, "СОШ № 1", null, 80], // no code
      [P, "СОШ № 1", "4", "шестьдесят"], // text
      [P, "СОШ № 1", "5", 105], // score too high
      [P, "СОШ № 1", "6", 80, -1], // score negative
      [P, "СОШ № 1", "7", 80, null, 6], // mark too high
      [P, "СОШ № 1", "8", 80, null, 1], // mark too low
      [P, "СОШ № 1", "9", 64.5], // not whole
      [P, "СОШ № 1", "10", null, null, "4,5"], // not whole, typed as text
      [P, "СОШ № 1", "11"], // no result at all
      [P, "СОШ № 1", "12", "не проводилось"], // «не проводилось» instead of a blank
      [P, "СОШ № 1", 13, "64", "71,0", " 5 "], // numbers typed as text, a numeric code
    ];
    lines.forEach((line, r) => fill(cells, r, line));
    const { rows, problems } = readMedallists(cells);
    expect(withoutRow(rows)).toEqual([
      row("1", { russian: 80, mathProfile: 75, otherLowest: 72 }),
      row("13", { russian: 64, mathProfile: 71, mathBaseMark: 5 }),
    ]);
    const rowNumber = (r: number) => first + r + 1;
    // Every unreadable row keeps its seven input cells as typed, for a rebuild to write back.
    problems.forEach((problem) => {
      const typed = lines[problem.row - first];
      expect(problem.cells).toEqual(Array.from({ length: 7 }, (_, k) => typed[k] ?? null));
    });
    expect(problems.map(({ row, message }) => ({ row, message }))).toEqual([
      { row: first + 1, message: `Строка ${rowNumber(1)}: не указан период.` },
      { row: first + 2, message: `Строка ${rowNumber(2)}: не указана ОО.` },
      { row: first + 3, message: `Строка ${rowNumber(3)}: не указан код выпускника.` },
      {
        row: first + 4,
        message: `Строка ${rowNumber(4)}: Русский язык, ЕГЭ: ожидается число, а введён текст «шестьдесят».`,
      },
      { row: first + 5, message: `Строка ${rowNumber(5)}: Русский язык, ЕГЭ: балл ЕГЭ должен быть от 0 до 100 (105).` },
      {
        row: first + 6,
        message: `Строка ${rowNumber(6)}: Математика (профиль), ЕГЭ: балл ЕГЭ должен быть от 0 до 100 (\u22121).`,
      },
      {
        row: first + 7,
        message: `Строка ${rowNumber(7)}: Математика (база), отметка: отметка должна быть от 2 до 5 (6).`,
      },
      {
        row: first + 8,
        message: `Строка ${rowNumber(8)}: Математика (база), отметка: отметка должна быть от 2 до 5 (1).`,
      },
      { row: first + 9, message: `Строка ${rowNumber(9)}: Русский язык, ЕГЭ: ожидается целое число (64,5).` },
      {
        row: first + 10,
        message: `Строка ${rowNumber(10)}: Математика (база), отметка: ожидается целое число (4,5).`,
      },
      {
        row: first + 11,
        message: `Строка ${rowNumber(11)}: не введено ни одного результата ГИА-11 — заполните хотя бы один балл или отметку.`,
      },
      {
        row: first + 12,
        message: `Строка ${rowNumber(12)}: Русский язык, ЕГЭ: если экзамен не сдавался, оставьте ячейку пустой.`,
      },
    ]);
    expect(col(m.russian)).toBe(3);
  });

  test("untouched rows, even with the period prefilled, are skipped; a sheet without headers is said so", () => {
    expect(readMedallists(cellsOf(plan))).toEqual({ rows: [], problems: [] });
    expect(readMedallists([["что-то"], [1, 2]])).toEqual({ rows: [], problems: [{ row: 0, message: m.noHeader }] });
  });
});

describe("«Ниже ожидаемого» in a formula engine", () => {
  const plan = medallistsSheetPlan([], schools, [P]);
  const header = cellsOf(plan)[MEDALLISTS_HEADER_ROW] as string[];
  const col = (name: string) => header.indexOf(name);
  const engineCells = (sheet: SheetPlan) =>
    cellsOf(sheet).map((line) => line.map((cell) => (typeof cell === "object" && cell !== null ? cell.formula : cell)));
  const cases: [Partial<MedallistRow>, string][] = [
    [{}, ""],
    [{ russian: 69 }, "да"],
    [{ russian: 70 }, "нет"],
    [{ russian: 71, mathProfile: 70 }, "нет"],
    [{ mathProfile: 69 }, "да"],
    [{ otherLowest: 69 }, "да"],
    [{ otherLowest: 70 }, "нет"],
    [{ mathBaseMark: 4 }, "да"],
    [{ mathBaseMark: 5 }, "нет"],
    [{ russian: 90, mathBaseMark: 5, otherLowest: 100 }, "нет"],
    [{ russian: 90, mathBaseMark: 3 }, "да"],
  ];
  const fields = ["russian", "mathProfile", "mathBaseMark", "otherLowest"] as const;

  test("agrees with medallistShortfalls at and around the thresholds", () => {
    const engine = engineWith(engineCells(plan) as unknown[][]);
    try {
      cases.forEach(([results], i) => {
        const r = first + i;
        fields.forEach((field, k) =>
          engine.setCellContents({ sheet: 0, row: r, col: col(m.russian) + k }, [[results[field] ?? null]]),
        );
      });
      cases.forEach(([results, expected], i) => {
        const got = engine.getCellValue({ sheet: 0, row: first + i, col: col(m.below) });
        expect([results, got]).toEqual([results, expected]);
        if (expected !== "") {
          expect(expected === "да").toBe(medallistShortfalls(row("1", results)).length > 0);
        }
      });
    } finally {
      engine.destroy();
    }
  });

  test("reads thresholds from «Пороги результатов»: 60 points and «4»", () => {
    const refs = resultSettingRefs(ru.resultSettings.sheetName);
    const referenced = medallistsSheetPlan([], schools, [P], {
      minScore: refs.medallistMinScore,
      minBaseMark: refs.medallistMinBaseMark,
    });
    const settings = resultSettingsSheetPlan({
      ...DEFAULT_RESULT_SETTINGS,
      medallistMinScore: 60,
      medallistMinBaseMark: 4,
    });
    const { engine, value } = engineWithPlans([settings, referenced]);
    try {
      const sheet = engine.getSheetId(m.sheetName)!;
      const results: [number, number | null, string][] = [
        [59, null, "да"],
        [60, null, "нет"],
        [80, 4, "нет"],
        [80, 3, "да"],
      ];
      results.forEach(([russian, mark], i) => {
        engine.setCellContents({ sheet, row: first + i, col: col(m.russian) }, [[russian]]);
        engine.setCellContents({ sheet, row: first + i, col: col(m.mathBase) }, [[mark]]);
      });
      const got = results.map((_, i) => value(m.sheetName, first + i, col(m.below)));
      expect(got).toEqual(results.map(([, , expected]) => expected));
    } finally {
      engine.destroy();
    }
  });
});
