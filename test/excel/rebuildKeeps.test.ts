import { parsePeriods } from "../../src/core/workbook/periods";
import { readExisting } from "../../src/excel/readWorkbook";
import { createWorkbookOperations, CreateSheetsRequest } from "../../src/excel/workbookOperations";
import { createExcelHost } from "../helpers/excelHost";
import { Book, FRAMEWORK, MUNICIPALITY, PERIODS, rebuildScenario, SCHOOLS } from "../helpers/rebuildScenario";

/** «Создать листы» again, through the Office.js shell: what the user put on our sheets is kept, archived or followed. */
test("a rerun keeps the user's formulas and overrides, and fed values follow corrected results", async () => {
  // ExcelApi 1.18: the shell reads notes (Worksheet.notes) and archives those the rebuild would clear.
  const host = createExcelHost({ sheets: ["Лист1"], apiVersion: 18 });
  const operations = createWorkbookOperations(host.run, host.supports);
  const parsed = parsePeriods(PERIODS.join(", "));
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  const request: CreateSheetsRequest = {
    frameworkId: FRAMEWORK,
    useWorkbookCatalog: false,
    periods: parsed.periods,
    municipality: MUNICIPALITY,
    schools: SCHOOLS,
    flavour: "msoko",
  };
  await operations.createSheets(request);
  const book: Book = {
    sheets: () => host.run((context) => readExisting(context, host.supports)),
    async type(role, row, col, value) {
      const name = (await book.sheets()).find((sheet) => sheet.role === role)!.name;
      host.state.sheet(name).write(row, col, value);
    },
    async note(role, row, col, text) {
      const name = (await book.sheets()).find((sheet) => sheet.role === role)!.name;
      host.state.sheet(name).addNote(row, col, text);
    },
    rebuild: async () => [...(await operations.createSheets(request)).notices],
  };
  await rebuildScenario(book);
  // The record of fed values is hidden from the user.
  const record = (await book.sheets()).find((sheet) => sheet.role === "fed")!;
  expect(host.state.sheet(record.name).visibility).toBe("Hidden");
}, 300000);
