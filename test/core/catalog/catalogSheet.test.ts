import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { builtInCatalog, findFramework, indicatorsOf } from "../../../src/core/catalog";
import {
  CATALOG_COLUMNS,
  CatalogColumn,
  catalogColumn,
  catalogRows,
  readCatalogRows,
  uniqueSheetName,
} from "../../../src/core/sheets/catalogSheet";
import { abinskFramework } from "../../../src/core/catalog/frameworks/abinsk";
import { asinoFramework } from "../../../src/core/catalog/frameworks/asino";
import { taimyrFramework } from "../../../src/core/catalog/frameworks/taimyr";
import { tulaFramework } from "../../../src/core/catalog/frameworks/tula";
import { Framework, frameworkSchema, FrameworkInput, Indicator } from "../../../src/core/catalog/schema";
import { CATALOG_HEADER_ROW, CATALOG_TABLE, catalogSheetPlan } from "../../../src/core/sheets/catalogSheetPlan";
import type { CellValue } from "../../../src/core/base/plan/types";
import { readSheetGrid } from "../../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../../src/xlsx/loadFile";
import { writePlanToFile } from "../../../src/xlsx/writeFile";

const asino = findFramework("asino") as Framework;
const tula = findFramework("tula") as Framework;
const taimyr = findFramework("taimyr") as Framework;

type Grid = CellValue[][];

const codesOf = (framework: Framework): string[] => indicatorsOf(framework).map((indicator) => indicator.code);

function edit(rows: Grid, row: number, changes: Partial<Record<CatalogColumn, CellValue>>): Grid {
  const copy = rows.map((line) => [...line]);
  for (const [column, value] of Object.entries(changes) as [CatalogColumn, CellValue][]) {
    copy[row - 1][catalogColumn(column)] = value;
  }
  return copy;
}

const cell = (rows: Grid, row: number, column: CatalogColumn): CellValue => rows[row - 1][catalogColumn(column)];

function rowOf(values: Partial<Record<CatalogColumn, CellValue>>): CellValue[] {
  return CATALOG_COLUMNS.map((column) => values[column] ?? null);
}

describe("catalogRows → readCatalogRows", () => {
  const sources: [string, FrameworkInput][] = [
    ["asino", asinoFramework],
    ["tula", tulaFramework],
    ["abinsk", abinskFramework],
  ];

  it("covers every built-in framework that has indicators", () => {
    const withIndicators = builtInCatalog()
      .frameworks.filter((framework) => indicatorsOf(framework).length > 0)
      .map((framework) => framework.id);
    // Таймыр, completed from the library, has a round-trip test of its own below.
    expect(withIndicators.sort()).toEqual([...sources.map(([id]) => id), "taimyr"].sort());
  });

  it.each(sources)("gives back %s unchanged", (id, input) => {
    const expected = frameworkSchema.parse(input);
    const rows = catalogRows(findFramework(id) as Framework);
    expect(rows).toHaveLength(indicatorsOf(expected).length + 1);
    const { framework, problems } = readCatalogRows(rows, expected);
    expect(problems).toEqual([]);
    expect(framework).toEqual(expected);
  });

  it("keeps a framework without indicators, its systems intact", () => {
    const bare = frameworkSchema.parse(taimyrFramework);
    const rows = catalogRows(bare);
    expect(rows).toHaveLength(1);
    const { framework, problems } = readCatalogRows(rows, bare);
    expect(problems).toEqual([]);
    expect(framework).toEqual(bare);
  });

  it("gives back Таймыр completed from the library unchanged", () => {
    const { framework, problems } = readCatalogRows(catalogRows(taimyr), taimyr);
    expect(problems).toEqual([]);
    expect(framework).toEqual(taimyr);
  });

  it("writes each row so it stands alone, with Russian words", () => {
    const rows = catalogRows(tula);
    expect(rows[0]).toEqual([
      "Код",
      "Система (код)",
      "Система",
      "Критерий",
      "Показатель (как в документе)",
      "Показатель (краткое название)",
      "Ед. изм.",
      "Способ расчёта",
      "Числитель / признак",
      "Знаменатель / совокупность",
      "Разрезы",
      "Части (в т. ч.)",
      "Направление",
      "Сбор данных",
      "Для каких ОО",
      "Источник",
    ]);
    expect(rows[1]).toEqual([
      "TUL.3.1.01",
      "3.1",
      "Качество подготовки обучающихся",
      "Показатели и методы сбора информации",
      "учет динамики образовательных результатов, обучающихся при проведении внешних и внутренних оценочных процедур",
      "Динамика образовательных результатов обучающихся при проведении внешних и внутренних оценочных процедур",
      "%",
      "доля",
      "участники оценочной процедуры, получившие «4» и «5»",
      "участники оценочной процедуры",
      "оценочная процедура; предмет; класс",
      null,
      "больше — лучше",
      "из результатов процедур",
      "школы",
      "Программа управления качеством образования на 2021–2023 годы, город Тула, раздел 3.1",
    ]);
    expect(cell(rows, 3, "computation")).toBe("доля ОО по признаку");
    expect(cell(rows, 3, "numerator")).toBe("в ОО используется диагностика для выявления затруднений обучающихся");
    expect(cell(rows, 3, "denominator")).toBe("общеобразовательные организации");
    expect(cell(rows, 3, "breakdowns")).toBeNull();
  });
});

describe("broken rows", () => {
  const rows = catalogRows(asino);
  const all = codesOf(asino);
  // Row 2 ASN.1.01.01 (доля), row 23 ASN.1.06.02 (доля ОО по признаку), row 114 ASN.5.05.06 (отношение).
  const codeAt = (row: number) => String(cell(rows, row, "code"));

  const cases: [string, Grid, number, string | undefined, string][] = [
    [
      "a duplicate code",
      edit(rows, 14, { code: codeAt(9) }),
      14,
      codeAt(9),
      "Строка 14: код ASN.1.02.06 уже встречается в строке 9 — строка пропущена.",
    ],
    [
      "an empty code",
      edit(rows, 5, { code: "  " }),
      5,
      undefined,
      "Строка 5: не указан код показателя — строка пропущена.",
    ],
    [
      "a malformed code",
      edit(rows, 6, { code: "1.02.03" }),
      6,
      "1.02.03",
      "Строка 6: код «1.02.03» записан неверно: нужны 2–5 латинских букв и номер через точку, например «ASN.1.01» — строка пропущена.",
    ],
    [
      "an empty name",
      edit(rows, 7, { name: null, label: "" }),
      7,
      "ASN.1.02.04",
      "Строка 7: не указано название показателя — строка пропущена.",
    ],
    [
      "an unknown unit",
      edit(rows, 8, { unit: "штуки" }),
      8,
      "ASN.1.02.05",
      "Строка 8: неизвестная единица измерения «штуки»: укажите «%», «ед.», «да/нет», «отношение» или «балл» — строка пропущена.",
    ],
    [
      "an unknown computation",
      edit(rows, 10, { computation: "сумма" }),
      10,
      "ASN.1.02.07",
      "Строка 10: неизвестный способ расчёта «сумма»: укажите «доля», «количество», «да/нет», «отношение», «доля ОО по признаку», «среднее» или «баллы» — строка пропущена.",
    ],
    [
      "a share without a denominator",
      edit(rows, 2, { denominator: null }),
      2,
      "ASN.1.01.01",
      "Строка 2: у доли не указан знаменатель — строка пропущена.",
    ],
    [
      "a ratio without a denominator",
      edit(rows, 114, { denominator: "" }),
      114,
      "ASN.5.05.06",
      "Строка 114: у отношения не указан знаменатель — строка пропущена.",
    ],
    [
      "a flag share without its population",
      edit(rows, 23, { denominator: null }),
      23,
      "ASN.1.06.02",
      "Строка 23: у доли ОО по признаку не указана совокупность — строка пропущена.",
    ],
    [
      "an unknown direction",
      edit(rows, 11, { direction: "вверх" }),
      11,
      "ASN.1.02.08",
      "Строка 11: неизвестное направление «вверх»: укажите «больше — лучше», «меньше — лучше» или «нейтрально» — строка пропущена.",
    ],
    [
      "an empty system code",
      edit(rows, 12, { systemCode: null }),
      12,
      "ASN.1.03.01",
      "Строка 12: не указан код системы — строка пропущена.",
    ],
    [
      "an unknown way of collecting",
      edit(rows, 13, { collectedPer: "по району" }),
      13,
      "ASN.1.03.02",
      "Строка 13: неизвестный способ сбора данных «по району»: укажите «по ОО» или «по муниципалитету» — строка пропущена.",
    ],
    [
      "an unknown breakdown",
      edit(rows, 15, { breakdowns: "предмет; пол" }),
      15,
      "ASN.1.03.04",
      "Строка 15: неизвестный разрез «пол»: укажите «уровень мероприятия», «уровень образования», «этап олимпиады», «предмет», «класс» или «оценочная процедура» — строка пропущена.",
    ],
    [
      "a count without what it counts",
      edit(rows, 2, { computation: "количество", numerator: null }),
      2,
      "ASN.1.01.01",
      "Строка 2: не указано, что считается: заполните столбец «Числитель / признак» — строка пропущена.",
    ],
  ];

  it.each(cases)("rejects %s with its message and keeps the other rows", (_, broken, row, code, message) => {
    const { framework, problems } = readCatalogRows(broken, asino);
    expect(problems).toEqual([{ row, ...(code ? { code } : {}), message }]);
    const lost = codeAt(row);
    expect(codesOf(framework)).toEqual(all.filter((kept) => kept !== lost));
  });

  it("names every fault of a row in one message", () => {
    const broken = edit(rows, 3, { unit: "", direction: null });
    expect(readCatalogRows(broken, asino).problems).toEqual([
      {
        row: 3,
        code: "ASN.1.01.02",
        message: "Строка 3: не указана единица измерения; не указано направление — строка пропущена.",
      },
    ]);
  });

  it("keeps the second of two equal codes when the first is broken", () => {
    const broken = edit(edit(rows, 4, { unit: "литры" }), 6, { code: codeAt(4) });
    const { framework, problems } = readCatalogRows(broken, asino);
    expect(problems.map((problem) => problem.row)).toEqual([4]);
    expect(codesOf(framework)).toEqual(
      all.filter((code) => code !== codeAt(4)).map((code) => (code === codeAt(6) ? codeAt(4) : code)),
    );
  });

  it("skips blank rows silently and counts sheet rows from the top", () => {
    const blank: CellValue[] = CATALOG_COLUMNS.map(() => null);
    const spaced: Grid = [
      ["Показатели МСОКО"],
      [],
      ...rows.slice(0, 3),
      blank,
      CATALOG_COLUMNS.map(() => "  "),
      ...rows.slice(3),
    ];
    const broken = edit(spaced, 8, { unit: "?" });
    const { framework, problems } = readCatalogRows(broken, asino);
    expect(problems).toEqual([expect.objectContaining({ row: 8, code: codeAt(4) })]);
    expect(problems[0].message).toMatch(/^Строка 8: неизвестная единица измерения «\?»/);
    expect(codesOf(framework)).toHaveLength(all.length - 1);
  });

  it("reads nothing and says so when the header is missing", () => {
    expect(readCatalogRows(rows.slice(1), asino)).toEqual({
      framework: asino,
      problems: [
        {
          row: 1,
          message:
            "На листе «Показатели» нет строки заголовков со столбцом «Код» — лист не прочитан, действует прежний перечень показателей.",
        },
      ],
    });
  });

  it("reads nothing and says so when a required column is missing", () => {
    const withoutUnit = rows.map((line) => line.filter((_, col) => col !== catalogColumn("unit")));
    expect(readCatalogRows(withoutUnit, asino)).toEqual({
      framework: asino,
      problems: [
        {
          row: 1,
          message:
            "На листе «Показатели» нет столбца «Ед. изм.» — лист не прочитан, действует прежний перечень показателей.",
        },
      ],
    });
  });
});

describe("tolerant input", () => {
  const rows = catalogRows(asino);

  it.each<[string, Partial<Record<CatalogColumn, CellValue>>]>([
    ["spaces and a lower-case code", { code: "  asn.1.01.01 ", systemCode: " 1 " }],
    ["a Cyrillic look-alike in the code", { code: "АSN.1.01.01" }],
    ["«Процент»", { unit: " Процент " }],
    ["«процент»", { unit: "процент" }],
    ["upper case words", { computation: "ДОЛЯ", direction: "БОЛЬШЕ — ЛУЧШЕ", collectedPer: "ПО ОО" }],
    ["a hyphen in the direction", { direction: "больше - лучше" }],
    ["other breakdown words", { breakdowns: "Предметы" }],
    ["«е» for «ё» and another case in the criterion", { criterion: String(cell(rows, 2, "criterion")).toUpperCase() }],
  ])("reads %s as the original", (_, changes) => {
    const { framework, problems } = readCatalogRows(edit(rows, 2, changes), asino);
    expect(problems).toEqual([]);
    expect(framework).toEqual(asino);
  });

  it("reads «Единицы», «единицы» and «ед» as a count", () => {
    const counts = rows.flatMap((_, index) => (cell(rows, index + 1, "unit") === "ед." ? [index + 1] : []));
    expect(counts.length).toBeGreaterThan(0);
    for (const word of ["Единицы", "единицы", "ед"]) {
      const changed = counts.reduce((grid, row) => edit(grid, row, { unit: word }), rows);
      expect(readCatalogRows(changed, asino)).toEqual({ framework: asino, problems: [] });
    }
  });

  it("reads «доля оо по признаку» and headers typed with «е» for «ё»", () => {
    const changed = edit(edit(rows, 23, { computation: "Доля оо по признаку" }), 1, { computation: "Способ расчета" });
    expect(readCatalogRows(changed, asino)).toEqual({ framework: asino, problems: [] });
  });

  it("reads columns by their headers, in any order", () => {
    const order = [...CATALOG_COLUMNS.keys()].reverse();
    const shuffled = rows.map((line) => order.map((col) => line[col]));
    expect(readCatalogRows(shuffled, asino)).toEqual({ framework: asino, problems: [] });
  });

  it("takes the name from the label when only the label is given, and a source from the sheet row", () => {
    const added = rowOf({
      code: "ASN.1.01.03",
      systemCode: "1",
      system: cell(rows, 2, "system"),
      criterion: cell(rows, 2, "criterion"),
      label: "Доля участников ВПР в 4 классе с отметкой «2»",
      unit: "%",
      computation: "доля",
      numerator: "участники ВПР в 4 классе с отметкой «2»",
      denominator: "участники ВПР в 4 классе",
      breakdowns: "предмет",
      direction: "меньше — лучше",
      collectedPer: "по ОО",
    });
    const { framework, problems } = readCatalogRows([...rows, added], asino);
    expect(problems).toEqual([]);
    const criterion = framework.systems[0].criteria[0];
    expect(criterion.indicators.map((indicator) => indicator.code)).toEqual([
      "ASN.1.01.01",
      "ASN.1.01.02",
      "ASN.1.01.03",
    ]);
    expect(criterion.indicators[2]).toEqual({
      code: "ASN.1.01.03",
      name: "Доля участников ВПР в 4 классе с отметкой «2»",
      label: "Доля участников ВПР в 4 классе с отметкой «2»",
      unit: "percent",
      computation: {
        kind: "share",
        numerator: "участники ВПР в 4 классе с отметкой «2»",
        denominator: "участники ВПР в 4 классе",
      },
      breakdowns: ["subject"],
      direction: "lower",
      collectedPer: "school",
      source: { document: asino.document, section: "Лист «Показатели»", line: rows.length + 1 },
    });
    const again = catalogRows(framework);
    const written = again.find((line) => line[0] === "ASN.1.01.03") as CellValue[];
    expect(written[catalogColumn("source")]).toBe(`Лист «Показатели», строка ${rows.length + 1}`);
    expect(readCatalogRows(again, framework)).toEqual({ framework, problems: [] });
  });

  it("builds a new system and a new criterion from the rows", () => {
    const system = "Система работы с одарёнными детьми в сельских школах района";
    const added = [
      rowOf({
        code: "ASN.9.01.01",
        systemCode: "9",
        system,
        criterion: "Сельские школы",
        label: "Количество сельских школ с программами для одарённых детей",
        unit: "ед.",
        computation: "количество",
        numerator: "сельские школы с программами для одарённых детей",
        direction: "больше — лучше",
        collectedPer: "по муниципалитету",
      }),
      rowOf({
        code: "ASN.9.01.02",
        systemCode: "9",
        system,
        criterion: "Сельские школы",
        label: "Есть муниципальная программа",
        unit: "да/нет",
        computation: "да/нет",
        direction: "нейтрально",
        collectedPer: "по муниципалитету",
      }),
      rowOf({
        code: "ASN.1.99.01",
        systemCode: "1",
        criterion: "Новый критерий",
        name: "средний балл ЕГЭ по району",
        unit: "балл",
        computation: "среднее",
        numerator: "баллы участников ЕГЭ",
        direction: "больше — лучше",
        collectedPer: "по ОО",
      }),
    ];
    const { framework, problems } = readCatalogRows([...rows, ...added], asino);
    expect(problems).toEqual([]);
    expect(framework.systems).toHaveLength(asino.systems.length + 1);
    const created = framework.systems[asino.systems.length];
    expect(created).toMatchObject({
      code: "9",
      name: system,
      label: system,
      sheetName: "9 Система работы с одарёнными д",
      goals: [],
      tasks: [],
      source: { document: asino.document, section: "Лист «Показатели»", line: rows.length + 1 },
    });
    expect(created.criteria).toEqual([
      expect.objectContaining({ code: "9.1", name: "Сельские школы", label: "Сельские школы" }),
    ]);
    expect(created.criteria[0].indicators.map((indicator) => indicator.code)).toEqual(["ASN.9.01.01", "ASN.9.01.02"]);
    const first = framework.systems[0];
    expect(first.criteria.map((criterion) => criterion.code)).toEqual([
      ...asino.systems[0].criteria.map((criterion) => criterion.code),
      "1.8",
    ]);
    const average = first.criteria[first.criteria.length - 1].indicators[0];
    expect(average).toMatchObject({
      name: "средний балл ЕГЭ по району",
      label: "средний балл ЕГЭ по району",
      unit: "score",
      computation: { kind: "average", of: "баллы участников ЕГЭ" },
    });
  });

  it("follows a renamed system label and drops a criterion left without rows", () => {
    const criterion = asino.systems[0].criteria[6];
    const changed = rows
      .filter((line) => !criterion.indicators.some((indicator) => indicator.code === line[0]))
      .map((line, index) =>
        index > 0 && line[1] === "1" ? edit([line], 1, { system: "Качество подготовки" })[0] : line,
      );
    const { framework, problems } = readCatalogRows(changed, asino);
    expect(problems).toEqual([]);
    expect(framework.systems[0]).toMatchObject({ name: asino.systems[0].name, label: "Качество подготовки" });
    expect(framework.systems[0].sheetName).toBe(asino.systems[0].sheetName);
    expect(framework.systems[0].criteria.map((c) => c.code)).toEqual(
      asino.systems[0].criteria.slice(0, 6).map((c) => c.code),
    );
  });

  it("makes sheet names valid and unique", () => {
    const taken = new Set(["показатели", "1 подготовка"]);
    expect(uniqueSheetName("1 Подготовка", taken)).toBe("1 Подготовка (2)");
    expect(uniqueSheetName("'Итоги: 2024/2025 [черновик]?'", taken)).toBe("Итоги 2024 2025 черновик");
    expect(uniqueSheetName("Показатели", taken)).toBe("Показатели (2)");
    expect(uniqueSheetName("x".repeat(40), taken)).toBe("x".repeat(31));
    expect(uniqueSheetName("x".repeat(40), taken)).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("the sheet «Показатели» in a real file", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-catalog-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("plans a titled, frozen, validated table", () => {
    const plan = catalogSheetPlan(tula);
    expect(plan).toMatchObject({
      name: "Показатели",
      role: "catalog",
      freeze: { rows: CATALOG_HEADER_ROW + 1, cols: 1 },
      print: { landscape: true, fitToWidth: true },
      tables: [{ name: CATALOG_TABLE, range: { row: CATALOG_HEADER_ROW, col: 0, rows: 256, cols: 16 } }],
    });
    expect(plan.columnWidths).toHaveLength(16);
    expect(plan.validations.map((v) => [v.range.col, v.rule])).toEqual([
      [6, { kind: "list", items: ["%", "ед.", "да/нет", "отношение", "балл"] }],
      [
        7,
        {
          kind: "list",
          items: ["доля", "количество", "да/нет", "отношение", "доля ОО по признаку", "среднее", "баллы"],
        },
      ],
      [12, { kind: "list", items: ["больше — лучше", "меньше — лучше", "нейтрально"] }],
      [
        13,
        {
          kind: "list",
          items: [
            "по ОО",
            "по муниципалитету",
            "из результатов процедур",
            "из листа «Медалисты»",
            "из отметок «ШНОР» и «ШНСУ» на листе «ОО»",
          ],
        },
      ],
    ]);
    expect(plan.validations[0].errorMessage).toBe(
      "Выберите единицу измерения из списка: %, ед., да/нет, отношение, балл.",
    );
  });

  it("carries a user's edits back into the catalog", async () => {
    const file = path.join(dir, "catalog.xlsx");
    await writePlanToFile({ sheets: [catalogSheetPlan(tula)] }, file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Показатели") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").text).toBe("Показатели МСОКО — город Тула");
    expect(sheet.getCell("A4").text).toBe("Код");
    const firstData = CATALOG_HEADER_ROW + 2;
    const renamed = tula.systems[0].criteria[0].indicators[2];
    const deleted = tula.systems[0].criteria[0].indicators[4];
    expect(sheet.getCell(firstData + 2, 1).text).toBe(renamed.code);
    expect(sheet.getCell(firstData + 4, 1).text).toBe(deleted.code);
    sheet.getCell(firstData + 2, catalogColumn("label") + 1).value = "Преемственность образовательных результатов";
    sheet.spliceRows(firstData + 4, 1);
    const newRow = firstData + indicatorsOf(tula).length - 1;
    expect(sheet.getCell(newRow - 1, 1).text).not.toBe("");
    expect(sheet.getCell(newRow, 1).text).toBe("");
    sheet.getRow(newRow).values = rowOf({
      code: "TUL.3.1.99",
      systemCode: "3.1",
      system: tula.systems[0].label,
      criterion: tula.systems[0].criteria[0].label,
      label: "Доля обучающихся 4 классов, подтвердивших отметку на ВПР",
      unit: "%",
      computation: "доля",
      numerator: "обучающиеся 4 классов, подтвердившие отметку на ВПР",
      denominator: "участники ВПР в 4 классах",
      breakdowns: "предмет",
      direction: "больше — лучше",
      collectedPer: "по ОО",
    }) as ExcelJS.CellValue[];
    await workbook.xlsx.writeFile(file);

    const reopened = await loadWorkbook(file);
    const grid = readSheetGrid(reopened.getWorksheet("Показатели") as ExcelJS.Worksheet);
    const { framework, problems } = readCatalogRows(grid, tula);
    expect(problems).toEqual([]);

    const added: Indicator = {
      code: "TUL.3.1.99",
      name: "Доля обучающихся 4 классов, подтвердивших отметку на ВПР",
      label: "Доля обучающихся 4 классов, подтвердивших отметку на ВПР",
      unit: "percent",
      computation: {
        kind: "share",
        numerator: "обучающиеся 4 классов, подтвердившие отметку на ВПР",
        denominator: "участники ВПР в 4 классах",
      },
      breakdowns: ["subject"],
      direction: "higher",
      collectedPer: "school",
      source: { document: tula.document, section: "Лист «Показатели»", line: newRow },
    };
    const [first, ...otherSystems] = tula.systems;
    const [criterion, ...otherCriteria] = first.criteria;
    const indicators = criterion.indicators
      .filter((indicator) => indicator.code !== deleted.code)
      .map((indicator) =>
        indicator.code === renamed.code
          ? { ...indicator, label: "Преемственность образовательных результатов" }
          : indicator,
      );
    const expected: Framework = {
      ...tula,
      systems: [
        { ...first, criteria: [{ ...criterion, indicators: [...indicators, added] }, ...otherCriteria] },
        ...otherSystems,
      ],
    };
    expect(framework).toEqual(expected);
    expect(indicatorsOf(framework)).toHaveLength(indicatorsOf(tula).length);
    const written = catalogRows(framework).find((line) => line[0] === "TUL.3.1.99") as CellValue[];
    expect(written[catalogColumn("source")]).toBe(`Лист «Показатели», строка ${newRow}`);
  });
});

describe("«Для каких ОО»", () => {
  const rows = catalogRows(asino);
  // Row 2: ASN.1.01.01, a schools' indicator of system 1.
  const read = (changes: Partial<Record<CatalogColumn, CellValue>>) => readCatalogRows(edit(rows, 2, changes), asino);
  const first = (framework: Framework) => framework.systems[0].criteria[0].indicators[0];

  it("shows the audience read from the names; per-municipality indicators have none", () => {
    expect(cell(rows, 2, "audience")).toBe("школы");
    const municipal = rows.findIndex((line) => line[catalogColumn("collectedPer")] === "по муниципалитету");
    expect(rows[municipal][catalogColumn("audience")]).toBeNull();
    const preschool = rows.findIndex((line) => line[catalogColumn("code")] === "ASN.4.05.01");
    expect(rows[preschool][catalogColumn("audience")]).toBe("школы, детские сады");
  });

  it.each<[string, string, readonly string[] | undefined]>([
    ["the same as the names: the catalog stays as it was", "школы", undefined],
    ["blank: read from the names", "", undefined],
    ["kindergartens added", "Школы; детские сады", ["school", "preschool"]],
    ["«все»", "все", ["school", "preschool", "additional"]],
    ["one kind in the singular", "детский сад", ["preschool"]],
  ])("%s", (_, typed, audience) => {
    const { framework, problems } = read({ audience: typed });
    expect(problems).toEqual([]);
    expect(first(framework).audience).toEqual(audience);
  });

  it("an unknown kind skips the row and says what to type", () => {
    const { problems } = read({ audience: "школы, интернаты" });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/неизвестный тип ОО «интернаты» в «Для каких ОО»/);
    expect(problems[0].message).toMatch(/«все»/);
  });

  it("a sheet from before the column is read as before", () => {
    const without = rows.map((line) => line.filter((_, col) => col !== catalogColumn("audience")));
    expect(readCatalogRows(without, asino)).toEqual({ framework: asino, problems: [] });
  });
});
