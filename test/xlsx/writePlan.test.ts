import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { LOOKS, TABLE_STYLE } from "../../src/core/base/plan/looks";
import type { PlannedCell, SheetPlan, WorkbookPlan } from "../../src/core/base/plan/types";
import { toArgb } from "../../src/xlsx/styles";
import { readRoles, readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { applyPlanToWorkbook, tableName } from "../../src/xlsx/writePlan";
import { writePlanToFile } from "../../src/xlsx/writeFile";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const share = (r: number): PlannedCell => ({
  formula: `=IF(AND(ISNUMBER(B${r}),ISNUMBER(C${r}),C${r}>0),ROUND(B${r}/C${r}*100,1),"")`,
});

const emptySheet = (name: string, role: string): SheetPlan => ({
  name,
  role,
  columnWidths: [],
  blocks: [],
  styles: [],
  tables: [],
  validations: [],
  conditionalFormats: [],
  hyperlinks: [],
  print: { landscape: false, fitToWidth: false },
});

const probe: SheetPlan = {
  ...emptySheet("Проба", "probe"),
  columnWidths: [28, 12, 12, 12, 14],
  blocks: [
    {
      row: 0,
      col: 0,
      style: "header",
      cells: [["Школа", "Сдали", "Всего", "Доля, %", "Отчёт сдан"]],
    },
    {
      row: 1,
      col: 0,
      cells: [
        ["СОШ № 1", 2819, 3800, share(2), "да"],
        ["СОШ № 2", 3662, 3800, share(3), "нет"],
        ["СОШ № 3", "не проводилось", 0, share(4), null],
      ],
    },
    { row: 5, col: 0, cells: [["Из показателей", { formula: "='Показатели'!B1*2" }]] },
    { row: 8, col: 0, style: "note", cells: [["Доля считается от всех участников."]] },
  ],
  styles: [
    { range: { row: 1, col: 1, rows: 3, cols: 2 }, style: "input", numberFormat: "0" },
    { range: { row: 1, col: 3, rows: 3, cols: 1 }, style: "computed", numberFormat: "0.0" },
    { range: { row: 1, col: 0, rows: 3, cols: 1 }, style: "label", wrap: true },
  ],
  tables: [{ name: "Проба таблица", range: { row: 0, col: 0, rows: 4, cols: 5 } }],
  validations: [
    {
      range: { row: 1, col: 1, rows: 3, cols: 2 },
      rule: { kind: "wholeNumber", min: 0 },
      errorMessage: "Введите целое число не меньше 0 или «не проводилось».",
      allowOtherText: true,
    },
    {
      range: { row: 1, col: 4, rows: 3, cols: 1 },
      rule: { kind: "list", items: ["да", "нет"] },
      errorMessage: "Выберите «да» или «нет».",
    },
  ],
  conditionalFormats: [
    { range: { row: 1, col: 3, rows: 3, cols: 1 }, formula: "=AND(ISNUMBER(D2),D2<80)", look: "bad" },
  ],
  hyperlinks: [{ row: 6, col: 0, text: "К показателям", target: "'Показатели'!A1" }],
  freeze: { rows: 1, cols: 1 },
  print: { landscape: true, fitToWidth: true },
  tabColor: "#4472C4",
};

const indicators: SheetPlan = {
  ...emptySheet("Показатели", "indicators"),
  blocks: [{ row: 0, col: 0, cells: [["Показатель", 21]] }],
};

const plan: WorkbookPlan = { sheets: [probe, indicators] };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-xlsx-"));
const file = path.join(tmp, "Проба.xlsx");

async function open(filePath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

beforeAll(() => writePlanToFile(plan, file));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("writePlanToFile", () => {
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await open(file);
    sheet = workbook.getWorksheet("Проба")!;
  });

  it("writes the sheets in order and keeps the roles in a hidden sheet", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Проба", "Показатели", "_msoko"]);
    expect(workbook.getWorksheet("_msoko")!.state).toBe("veryHidden");
    expect(readRoles(workbook)).toEqual(
      new Map([
        ["Проба", "probe"],
        ["Показатели", "indicators"],
      ]),
    );
  });

  it("writes values, and formulas without the equals sign, each with the value it computes cached", () => {
    const grid = readSheetGrid(sheet);
    expect(grid[0]).toEqual(["Школа", "Сдали", "Всего", "Доля, %", "Отчёт сдан"]);
    expect(grid[1]).toEqual(["СОШ № 1", 2819, 3800, 74.2, "да"]);
    expect(grid[3]).toEqual(["СОШ № 3", "не проводилось", 0, null, null]);
    expect(grid[6][0]).toBe("К показателям");
    expect(sheet.getCell("D2").value).toMatchObject({
      formula: 'IF(AND(ISNUMBER(B2),ISNUMBER(C2),C2>0),ROUND(B2/C2*100,1),"")',
      result: 74.2,
    });
    expect(sheet.getCell("B6").value).toEqual({ formula: "'Показатели'!B1*2", result: 42 });
  });

  it("applies styles, number formats and column widths", () => {
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.getCell("A1").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: toArgb(LOOKS.header.fill!) },
    });
    expect(sheet.getCell("A1").border.bottom).toMatchObject({ style: "thin" });
    expect(sheet.getCell("B2").fill).toMatchObject({ fgColor: { argb: toArgb(LOOKS.input.fill!) } });
    expect(sheet.getCell("B2").numFmt).toBe("0");
    expect(sheet.getCell("D3").fill).toMatchObject({ fgColor: { argb: toArgb(LOOKS.computed.fill!) } });
    expect(sheet.getCell("D3").numFmt).toBe("0.0");
    expect(sheet.getCell("A2").alignment.wrapText).toBe(true);
    expect(sheet.getCell("A9").font).toMatchObject({ italic: true, size: 9 });
    expect(sheet.getColumn(1).width).toBe(28);
    expect(sheet.getColumn(5).width).toBe(14);
  });

  it("adds the table under a valid name over the written header and rows", () => {
    const table = sheet.getTable("Проба_таблица") as unknown as {
      table: ExcelJS.TableProperties & { tableRef: string };
    };
    expect(table).toBeDefined();
    expect(table.table.tableRef).toBe("A1:E4");
    expect(table.table.style).toMatchObject({ theme: TABLE_STYLE });
    expect(table.table.totalsRow).toBe(false);
    expect(table.table.columns.map((c) => c.name)).toEqual(["Школа", "Сдали", "Всего", "Доля, %", "Отчёт сдан"]);
  });

  it("adds data validations per range", () => {
    const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(model.B2).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      errorStyle: "warning",
      error: "Введите целое число не меньше 0 или «не проводилось».",
    });
    expect(model.C4).toMatchObject({ type: "whole" });
    expect(model.E3).toMatchObject({ type: "list", formulae: ['"да,нет"'] });
    expect(model.E3.errorStyle ?? "stop").toBe("stop");
  });

  it("adds the conditional format, the link, freeze panes, page setup and tab colour", () => {
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("D2:D4");
    expect(formats[0].rules[0]).toMatchObject({
      type: "expression",
      formulae: ["AND(ISNUMBER(D2),D2<80)"],
    });
    expect(sheet.getCell("A7").value).toEqual({ text: "К показателям", hyperlink: "#'Показатели'!$A$1" });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1, topLeftCell: "B2" });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF4472C4" });
    expect(workbook.getWorksheet("Показатели")!.pageSetup.orientation).toBe("portrait");
  });
});

describe("recalculation in LibreOffice", () => {
  it("computes the planned formulas", async () => {
    const recalculated = await open(await recalculateWithLibreOffice(file));
    const grid = readSheetGrid(recalculated.getWorksheet("Проба")!);
    // ExcelJS reads an empty-text result (<v></v>) as no result at all.
    expect(grid.slice(1, 4).map((row) => row[3])).toEqual([74.2, 96.4, null]);
    expect(grid[5][1]).toBe(42);
    expect(readRoles(recalculated).get("Проба")).toBe("probe");
  });

  it("replaces stale cached results instead of keeping them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Кэш");
    sheet.addRow([2819, 3800, { formula: "A1+B1", result: 7 }]);
    const stale = path.join(tmp, "Кэш.xlsx");
    await workbook.xlsx.writeFile(stale);
    const recalculated = await open(await recalculateWithLibreOffice(stale));
    expect(readSheetGrid(recalculated.getWorksheet("Кэш")!)).toEqual([[2819, 3800, 6619]]);
  });
});

describe("applyPlanToWorkbook on an existing workbook", () => {
  it("replaces a planned sheet in place and keeps the roles of the others", () => {
    const workbook = new ExcelJS.Workbook();
    applyPlanToWorkbook(workbook, plan);
    workbook.addWorksheet("Данные пользователя").getCell("A1").value = "не трогать";
    applyPlanToWorkbook(workbook, {
      sheets: [{ ...emptySheet("Проба", "probe-2"), blocks: [{ row: 0, col: 0, cells: [["Новое"]] }] }],
    });
    // The role store stays where it was, as in the Office.js shell.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Проба", "Показатели", "_msoko", "Данные пользователя"]);
    expect(readSheetGrid(workbook.getWorksheet("Проба")!)).toEqual([["Новое"]]);
    expect(workbook.getWorksheet("Данные пользователя")!.getCell("A1").value).toBe("не трогать");
    expect(readRoles(workbook)).toEqual(
      new Map([
        ["Проба", "probe-2"],
        ["Показатели", "indicators"],
      ]),
    );
  });
});

describe("tableName", () => {
  it("makes names Excel accepts", () => {
    expect(tableName("Проба таблица", new Set())).toBe("Проба_таблица");
    expect(tableName("2024", new Set())).toBe("_2024");
    expect(tableName("A1", new Set())).toBe("_A1");
    expect(tableName("R", new Set())).toBe("_R");
    expect(tableName("Итоги", new Set(["итоги"]))).toBe("Итоги_2");
  });
});

describe("loadWorkbook", () => {
  it("explains in Russian that a damaged file is not a workbook", async () => {
    const fake = path.join(tmp, "не книга.xlsx");
    fs.writeFileSync(fake, "Это просто текст, а не книга Excel.\n");
    await expect(loadWorkbook(fake)).rejects.toThrow(`Файл «${fake}» — текст (например, CSV), а не книга Excel.`);
  });

  it("opens a written workbook", async () => {
    const workbook = await loadWorkbook(file);
    expect(readSheetGrid(workbook.getWorksheet("Показатели")!)).toEqual([["Показатель", 21]]);
  });
});
