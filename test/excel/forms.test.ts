import * as ExcelJS from "exceljs";
import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { readFormBook } from "../../src/core/features/forms/book";
import { formsText } from "../../src/core/base/i18n/forms";
import { ru } from "../../src/core/base/i18n/ru";
import { planWorkbook } from "../../src/core/operations/build";
import { entryOf } from "../../src/core/workbook/entry";
import { keyOf } from "../../src/core/workbook/inputs";
import { parsePeriods } from "../../src/core/workbook/periods";
import { applyPlan } from "../../src/excel/applyPlan";
import { createFormsOperations } from "../../src/excel/formsOperations";
import { readExisting } from "../../src/excel/readWorkbook";
import { formBytes, receivedForm } from "../../src/xlsx/formFile";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { createExcelHost } from "../helpers/excelHost";

const framework = findFramework("asino")!;
const share = indicatorsOf(framework).find((i) => {
  const entry = entryOf(i);
  return entry.per === "school" && entry.inputs === "numDen" && entry.quotient === "share" && i.unit === "percent";
})!;
const SCHOOL = "МБОУ «СОШ № 1»";

describe("forms through the Office.js shell", () => {
  test("forms out give the book its id once; forms in are previewed without change, then loaded", async () => {
    const host = createExcelHost();
    const parsed = parsePeriods("2023/2024, 2024/2025");
    if (!parsed.ok) throw new Error("periods");
    const request = {
      framework,
      periods: parsed.periods,
      municipality: "Энский район",
      schools: [SCHOOL, "МБОУ «СОШ № 2»", "МБДОУ «Детский сад № 3»"],
      flavour: "portable" as const,
    };
    await host.run((context) => applyPlan(context, planWorkbook(request).plan, undefined, { supports: host.supports }));
    const operations = createFormsOperations(host.run, { formBytes, receivedForm }, host.supports);
    const book = () => host.run(async (context) => readFormBook(await readExisting(context, host.supports)));

    expect(await operations.periods()).toEqual(["2023/2024", "2024/2025"]);
    const made = await operations.makeForms("2024/2025");
    expect(made.files.map((file) => file.name)).toEqual([
      `${SCHOOL}.xlsx`,
      "МБОУ «СОШ № 2».xlsx",
      "МБДОУ «Детский сад № 3».xlsx",
    ]);
    expect(made.notices).toEqual([formsText.bookIdAddedHere]);
    const id = (await book()).bookId;
    expect(id).toMatch(/^MSOKO-[0-9A-F]{16}$/);
    expect((await operations.makeForms("2024/2025")).notices).toEqual([]);
    expect((await book()).bookId).toBe(id);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(made.files[0].bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(formsText.sheetName)!;
    const grid = readSheetGrid(sheet);
    const header = grid.findIndex((row) => row.includes(ru.layout.code));
    const row = grid.findIndex((line) => line[0] === share.code);
    sheet.getCell(row + 1, grid[header].indexOf(ru.layout.numerator("2024/2025")) + 1).value = 30;
    sheet.getCell(row + 1, grid[header].indexOf(ru.layout.denominator("2024/2025")) + 1).value = 40;
    const filled = { name: "ответ.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };

    const key = keyOf({ code: share.code, field: "num", period: "2024/2025", school: SCHOOL });
    const preview = await operations.previewForms([filled], "2024/2025", false);
    expect(preview.map((o) => [o.file, o.taken, o.written])).toEqual([["ответ.xlsx", true, 2]]);
    expect((await book()).inputs.get(key)).toBeUndefined();
    await operations.collectForms([filled], "2024/2025", false);
    expect((await book()).inputs.get(key)).toBe(30);
    expect(host.state.sheets.map((s) => s.name)).toContain(formsText.logSheetName);
  });
});
