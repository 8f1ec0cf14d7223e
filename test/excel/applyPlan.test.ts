import type { PlannedCell, SheetPlan, WorkbookPlan } from "../../src/core/base/plan/types";
import { applyPlan, ApplyOptions } from "../../src/excel/applyPlan";
import { readRoles, readUsedValues, ROLE_PROPERTY, ROLE_SHEET } from "../../src/excel/readSheet";
import { LOOKS } from "../../src/excel/styles";
import { createExcelHost, ExcelHost } from "../helpers/excelHost";

const FIRST = 4; // zero-based row of the first school in «Данные»
const HEADERS = ["№", "ОО", "Тип", "Участники", "«5»", "«4»", "«3»", "«2»", "Качество, %", "Успеваемость, %"];
const TYPES = ["СОШ", "ООШ", "Гимназия"];

function schoolRow(i: number): PlannedCell[] {
  const r = FIRST + i + 1;
  const n5 = i % 7;
  const n4 = i % 11;
  const n3 = i % 5;
  const n2 = i % 3;
  return [
    i + 1,
    `МБОУ «Средняя общеобразовательная школа № ${i + 1}» с. Новоалександровка`,
    TYPES[i % 3],
    n5 + n4 + n3 + n2,
    n5,
    n4,
    n3,
    n2,
    { formula: `=IFERROR((E${r}+F${r})/D${r}*100,"")` },
    { formula: `=IFERROR((E${r}+F${r}+G${r})/D${r}*100,"")` },
  ];
}

function plan(schools: number): WorkbookPlan {
  const data: SheetPlan = {
    name: "Данные",
    role: "data",
    columnWidths: [5, 48, 10, 12, 8, 8, 8, 8, 14, 14],
    blocks: [
      { row: 0, col: 0, cells: [["Результаты ВПР, 2023/2024"]], style: "title" },
      { row: 1, col: 0, cells: [["2023/2024"], ["К сводке"]], style: "subtitle" },
      { row: FIRST - 1, col: 0, cells: [HEADERS], style: "header" },
      {
        row: FIRST,
        col: 0,
        cells: Array.from({ length: schools }, (_, i) => schoolRow(i).slice(0, 8)),
        style: "input",
      },
      {
        row: FIRST,
        col: 8,
        cells: Array.from({ length: schools }, (_, i) => schoolRow(i).slice(8)),
        numberFormat: "0.0",
        style: "computed",
      },
    ],
    styles: [{ range: { row: FIRST, col: 1, rows: schools, cols: 1 }, style: "label", wrap: true }],
    tables: [{ name: "ДанныеОО", range: { row: FIRST - 1, col: 0, rows: schools + 1, cols: 10 } }],
    validations: [
      {
        range: { row: FIRST, col: 3, rows: schools, cols: 5 },
        rule: { kind: "wholeNumber", min: 0 },
        errorMessage: "Введите целое неотрицательное число",
        allowOtherText: true,
      },
      {
        range: { row: FIRST, col: 2, rows: schools, cols: 1 },
        rule: { kind: "list", items: TYPES },
        errorMessage: "Выберите тип из списка",
      },
    ],
    conditionalFormats: [
      {
        range: { row: FIRST, col: 8, rows: schools, cols: 1 },
        formula: "=AND(ISNUMBER(I5),I5<50)",
        look: "bad",
      },
    ],
    hyperlinks: [{ row: 2, col: 0, text: "К сводке", target: "'Сводка'!A1" }],
    freeze: { rows: FIRST, cols: 2 },
    print: { landscape: true, fitToWidth: true },
    tabColor: "#5B7DB1",
  };
  const summary: SheetPlan = {
    name: "Сводка",
    role: "summary",
    columnWidths: [40, 14],
    blocks: [
      { row: 0, col: 0, cells: [["Сводка по муниципалитету"]], style: "title" },
      {
        row: 2,
        col: 0,
        cells: [
          ["Участников", { formula: `=SUM(Данные!D${FIRST + 1}:D${FIRST + schools})` }],
          ["Качество знаний, %", { formula: `=SUM(Данные!E5:F${FIRST + schools})/B3*100` }],
          ["Период", "2023/2024"],
          ["Тип", "СОШ"],
        ],
      },
    ],
    styles: [{ range: { row: 3, col: 1, rows: 1, cols: 1 }, style: "computed", numberFormat: "0.0" }],
    tables: [],
    validations: [
      {
        range: { row: 5, col: 1, rows: 1, cols: 1 },
        rule: { kind: "listFromRange", source: "'Данные'!$C$5:$C$7" },
        errorMessage: "Выберите тип",
      },
      {
        range: { row: 2, col: 3, rows: 1, cols: 1 },
        rule: { kind: "decimal", min: 0, max: 100 },
        errorMessage: "От 0 до 100",
      },
    ],
    conditionalFormats: [],
    hyperlinks: [{ row: 7, col: 0, text: "К данным", target: "'Данные'!A1" }],
    print: { landscape: false, fitToWidth: false },
  };
  return { sheets: [data, summary] };
}

async function apply(host: ExcelHost, workbookPlan: WorkbookPlan, options: ApplyOptions = {}) {
  const progress: [number, number][] = [];
  await host.run((context) =>
    applyPlan(context, workbookPlan, (done, total) => progress.push([done, total]), {
      supports: host.supports,
      ...options,
    }),
  );
  return { syncs: host.stats.syncs, chunks: progress.length, progress };
}

describe("applyPlan through the in-memory Excel host", () => {
  const schools = 2000;
  let host: ExcelHost;
  let run: Awaited<ReturnType<typeof apply>>;

  beforeAll(async () => {
    host = createExcelHost();
    run = await apply(host, plan(schools));
  });

  it("writes values, quoted text and formulas cell by cell", () => {
    const data = host.state.sheet("Данные");
    expect(data.value(0, 0)).toBe("Результаты ВПР, 2023/2024");
    expect(data.value(1, 0)).toBe("2023/2024");
    expect(data.value(FIRST, 0)).toBe(1);
    expect(data.value(FIRST + 1999, 1)).toBe("МБОУ «Средняя общеобразовательная школа № 2000» с. Новоалександровка");
    expect(data.value(FIRST + 5, 4)).toBe(5);
    expect(data.formula(FIRST, 8)).toBe('=IFERROR((E5+F5)/D5*100,"")');
    expect(data.value(FIRST, 8)).toBeNull();
    expect(data.formula(FIRST + 1999, 9)).toBe('=IFERROR((E2004+F2004+G2004)/D2004*100,"")');
    expect(data.cell(FIRST, 8)?.numberFormat).toBe("0.0");
    expect(data.cell(FIRST, 7)?.numberFormat).toBe("General");
    const summary = host.state.sheet("Сводка");
    expect(summary.formula(2, 1)).toBe("=SUM(Данные!D5:D2004)");
    expect(summary.value(4, 1)).toBe("2023/2024");
    expect(summary.cell(3, 1)?.numberFormat).toBe("0.0");
  });

  it("styles through the calm palette and sets column widths", () => {
    const data = host.state.sheet("Данные");
    expect(data.cell(FIRST - 1, 0)?.format).toMatchObject({ fill: LOOKS.header.fill, bold: true, wrapText: true });
    expect(data.cell(FIRST + 10, 3)?.format.fill).toBe(LOOKS.input.fill);
    expect(data.cell(FIRST + 10, 8)?.format.fill).toBe(LOOKS.computed.fill);
    expect(data.cell(FIRST + 10, 1)?.format.wrapText).toBe(true);
    expect(data.cell(FIRST + 10, 3)?.format.borders?.bottom?.style).toBe("Continuous");
    expect(data.columnWidths.get(1)).toBe(columnPointsOf(48));
  });

  it("adds the table over the written values", () => {
    const [table] = host.state.tables;
    expect(host.state.tables).toHaveLength(1);
    expect(table).toMatchObject({ name: "ДанныеОО", style: "TableStyleLight1" });
    expect(table.rect).toEqual({ row: FIRST - 1, col: 0, rows: schools + 1, cols: 10 });
    expect(host.state.sheet(table.sheetId).value(FIRST - 1, 9)).toBe("Успеваемость, %");
  });

  it("sets one validation rule per range", () => {
    const data = host.state.sheet("Данные");
    expect(data.validations.map(({ rule, errorAlert }) => [rule, errorAlert.style])).toEqual([
      [{ wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 } }, "Warning"],
      [{ list: { inCellDropDown: true, source: "СОШ,ООШ,Гимназия" } }, "Stop"],
    ]);
    expect(data.validations[0].errorAlert.message).toBe("Введите целое неотрицательное число");
    const summary = host.state.sheet("Сводка");
    expect(summary.validations.map(({ rule }) => rule)).toEqual([
      { list: { inCellDropDown: true, source: "='Данные'!$C$5:$C$7" } },
      { decimal: { operator: "Between", formula1: 0, formula2: 100 } },
    ]);
  });

  it("adds bounded conditional formats with a relative formula", () => {
    const [format] = host.state.sheet("Данные").conditionalFormats;
    expect(format).toMatchObject({
      type: "Custom",
      formula: "=AND(ISNUMBER(I5),I5<50)",
      rect: { row: FIRST, col: 8, rows: schools, cols: 1 },
    });
    expect(format.fill).toBeDefined();
  });

  it("freezes panes, sets the page, the tab colour and hyperlinks", () => {
    const data = host.state.sheet("Данные");
    expect(data.freeze).toEqual({ rows: FIRST, cols: 2 });
    expect(data.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(data.pageLayout.zoom).toMatchObject({ horizontalFitToPages: 1 });
    expect(data.tabColor).toBe("#5B7DB1");
    expect(data.cell(2, 0)?.hyperlink).toEqual({ documentReference: "'Сводка'!A1", textToDisplay: "К сводке" });
    expect(data.value(2, 0)).toBe("К сводке");
    expect(host.state.sheet("Сводка").pageLayout.orientation).toBe("Portrait");
    expect(host.state.activeSheetId).toBe(data.id);
  });

  it("stores roles as worksheet custom properties and reads them back", async () => {
    expect(host.state.sheet("Данные").customProperties.get(ROLE_PROPERTY)).toBe("data");
    const roles = await host.run((context) => readRoles(context, host.supports));
    expect(Object.fromEntries(roles)).toEqual({ Данные: "data", Сводка: "summary" });
    expect(host.state.findSheet(ROLE_SHEET)).toBeUndefined();
  });

  it("keeps every request far below 5 MB and suspends calculation per chunk", () => {
    expect(host.stats.maxRequestBytes).toBeLessThan(1.5 * 1024 * 1024);
    expect(host.stats.suspendedSyncs).toBe(run.chunks);
    expect(run.progress[run.progress.length - 1]).toEqual([run.chunks, run.chunks]);
  });

  it("needs the same syncs for 200 and 2 000 rows, apart from byte chunks", async () => {
    const small = await apply(createExcelHost(), plan(200));
    expect(small.syncs - small.chunks).toBe(run.syncs - run.chunks);
    expect(small.syncs - small.chunks).toBe(1);
    const chunky = createExcelHost();
    const many = await apply(chunky, plan(schools), { maxChunkBytes: 100_000 });
    expect(many.chunks).toBeGreaterThan(run.chunks);
    expect(many.syncs - many.chunks).toBe(1);
    expect(chunky.stats.maxRequestBytes).toBeLessThan(150_000);
    expect(chunky.state.sheet("Данные").formula(FIRST + 1999, 8)).toBe('=IFERROR((E2004+F2004)/D2004*100,"")');
  });

  it("reuses a sheet of the same name and clears what the plan writes", async () => {
    const again = createExcelHost({ sheets: ["Заметки", "Данные"] });
    await again.run(async (context) => {
      const old = context.workbook.worksheets.getItem("Данные");
      old.getRange("A4:C6").values = [
        ["№", "ОО", "Тип"],
        [1, "старая школа", "СОШ"],
        [2, "ещё одна", "ООШ"],
      ];
      old.tables.add("A4:C6", true).name = "ДанныеОО";
      old.getRange("B3000").values = [["хвост прошлого раза"]];
      old.getRange("M1:N3").values = [
        ["заметка", "пользователя"],
        [1, 2],
        [3, 4],
      ];
      old.tables.add("M1:N3", true).name = "Своя";
      old.getRange("A2999:B3000").values = [
        ["Старый", "Итог"],
        [1, 2],
      ];
      old.tables.add("A2999:B3000", true).name = "Старая";
      old.freezePanes.freezeRows(1);
      context.workbook.worksheets.getItem("Заметки").getRange("A1").values = [["не трогать"]];
      await context.sync();
    });
    again.resetStats();
    const result = await apply(again, plan(200));
    const names = again.state.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(["Заметки", "Данные", "Сводка"]);
    const data = again.state.sheet("Данные");
    expect(data.value(2999, 1)).toBe("");
    expect(data.value(0, 12)).toBe("заметка");
    expect(data.value(FIRST + 1, 1)).toBe("МБОУ «Средняя общеобразовательная школа № 2» с. Новоалександровка");
    expect(data.freeze).toEqual({ rows: FIRST, cols: 2 });
    expect(again.state.tables.map((table) => [table.name, table.rect.rows])).toEqual([
      ["Своя", 3],
      ["ДанныеОО", 201],
    ]);
    expect(again.state.sheet("Заметки").value(0, 0)).toBe("не трогать");
    expect(result.syncs - result.chunks).toBe(2);
  });

  it("falls back to a very hidden «_msoko» sheet for roles before ExcelApi 1.12, as the file shell does", async () => {
    const old = createExcelHost({ apiVersion: 11 });
    await apply(old, plan(20));
    const store = old.state.sheet(ROLE_SHEET);
    expect(store.visibility).toBe("VeryHidden");
    expect(store.value(1, 0)).toBe("Данные");
    await apply(old, { sheets: [{ ...plan(20).sheets[1], role: "summary-2" }] });
    expect(old.state.sheets.filter((sheet) => sheet.name === ROLE_SHEET)).toHaveLength(1);
    const roles = await old.run((context) => readRoles(context, old.supports));
    expect(Object.fromEntries(roles)).toEqual({ Данные: "data", Сводка: "summary-2" });
  });

  it("skips what an old Excel lacks instead of failing", async () => {
    const old = createExcelHost({ apiVersion: 5 });
    await apply(old, plan(20));
    const data = old.state.sheet("Данные");
    expect(data.validations).toHaveLength(0);
    expect(data.freeze).toEqual({ rows: 0, cols: 0 });
    expect(data.formula(2, 0)).toBe(`=HYPERLINK("#'Сводка'!A1","К сводке")`);
  });

  it("refuses a typed list longer than 255 characters before writing anything", async () => {
    const fresh = createExcelHost();
    const [data, summary] = plan(10).sheets;
    const long = Array.from({ length: 40 }, (_, i) => `Образовательная организация ${i}`);
    const bad = { ...data, validations: [{ ...data.validations[1], rule: { kind: "list" as const, items: long } }] };
    await expect(fresh.run((context) => applyPlan(context, { sheets: [bad, summary] }))).rejects.toThrow(
      /длиннее 255 символов/,
    );
    expect(fresh.stats.syncs).toBe(0);
  });

  it("reads the used values of three sheets in one sync", async () => {
    await host.run(async (context) => {
      context.workbook.worksheets.add("Пустой");
      await context.sync();
    });
    host.resetStats();
    const values = await host.run((context) => readUsedValues(context, ["Данные", "Сводка", "Пустой"]));
    expect(host.stats.syncs).toBe(1);
    expect(values.get("Пустой")).toBeNull();
    const data = values.get("Данные");
    expect(data).toMatchObject({ rowIndex: 0, columnIndex: 0 });
    expect(data?.values).toHaveLength(FIRST + schools);
    expect(data?.values[FIRST][2]).toBe("СОШ");
    expect(values.get("Сводка")?.values[2]).toEqual(["Участников", null]);
  });
});

function columnPointsOf(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
}
