import { parsePeriods, Period } from "../../src/core/workbook/periods";
import { failureText, hostErrorKind, hostErrorText } from "../../src/excel/hostErrors";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { CreateSheetsRequest, needsConfirmation } from "../../src/core/operations/status";
import { stepsOf } from "../../src/taskpane/steps";
import { changeLines } from "../../src/taskpane/components/SheetsPanel";
import { groupFindings } from "../../src/taskpane/components/FindingsList";
import type { Finding } from "../../src/core/features/validation/findings";
import { createExcelHost, ExcelHost, HostError } from "../helpers/excelHost";

const periods = (text: string): Period[] => {
  const parsed = parsePeriods(text);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  return parsed.periods;
};

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБОУ «Лицей»"];

const request = (overrides: Partial<CreateSheetsRequest> = {}): CreateSheetsRequest => ({
  frameworkId: "asino",
  useWorkbookCatalog: false,
  periods: periods("2022/2023, 2023/2024"),
  municipality: "Энский район",
  schools: SCHOOLS,
  flavour: "msoko",
  ...overrides,
});

/** Types numbers into the first `count` input cells of a period's «Числитель» column, as a user does. */
function typeValues(host: ExcelHost, period: string, count: number): number {
  let typed = 0;
  for (const sheet of host.state.sheets) {
    const header = (row: number) => Array.from({ length: 40 }, (_, col) => sheet.value(row, col));
    const headerRow = Array.from({ length: 10 }, (_, row) => row).find((row) => header(row).includes("Код"));
    if (headerRow === undefined) continue;
    const codeCol = header(headerRow).indexOf("Код");
    const valueCol = header(headerRow).indexOf(`Числитель ${period}`);
    if (valueCol < 0) continue;
    for (let row = headerRow + 1; row < headerRow + 400 && typed < count; row++) {
      const code = sheet.value(row, codeCol);
      // Indicator rows only («ASN.1.01.01»): notes below a table are no input cells.
      if (typeof code !== "string" || !/^[A-Z]+\.\d/.test(code) || sheet.formula(row, valueCol) !== undefined) continue;
      sheet.write(row, valueCol, 5);
      typed++;
    }
  }
  return typed;
}

describe("what the pane reads and asks before it writes", () => {
  test("an empty book is not built; after «Создать листы» the status names what the book holds", async () => {
    const host = createExcelHost({ sheets: ["Лист1"] });
    const operations = createWorkbookOperations(host.run, host.supports);
    const empty = await operations.readStatus();
    expect(empty).toMatchObject({ built: false, periods: [], schools: [], ourSheets: 0, userSheets: 1, values: 0 });
    expect(stepsOf(empty).map((step) => step.state)).toEqual(["current", "todo", "todo", "todo"]);

    // A first build asks nothing: nothing of ours is there to lose.
    const first = await operations.previewCreateSheets(request());
    expect(first.rebuild).toBe(false);
    expect(needsConfirmation(first)).toBe(false);
    await operations.createSheets(request());

    const built = await operations.readStatus();
    expect(built).toMatchObject({
      built: true,
      frameworkId: "asino",
      municipality: "Энский район",
      periods: ["2022/2023", "2023/2024"],
      schools: SCHOOLS,
      values: 0,
      reports: [],
      hasCatalogSheet: true,
      userSheets: 1,
    });
    expect(built.ourSheets).toBeGreaterThan(5);
    expect(built.lastCheck).toBeUndefined();
    expect(stepsOf(built).map((step) => step.state)).toEqual(["done", "current", "todo", "todo"]);

    // The same settings again change nothing a user could lose.
    const same = await operations.previewCreateSheets(request());
    expect(same).toMatchObject({ rebuild: true, droppedPeriods: [], droppedSchools: [], archived: 0 });
    expect(needsConfirmation(same)).toBe(false);
  });

  test("a rerun that renames, drops a period and a school lists each change with counts", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets(request());
    expect(typeValues(host, "2022/2023", 4)).toBe(4);

    const changes = await operations.previewCreateSheets(
      request({ municipality: "Новый район", periods: periods("2023/2024, 2024/2025"), schools: SCHOOLS.slice(0, 2) }),
    );
    expect(changes).toMatchObject({
      rebuild: true,
      municipality: { from: "Энский район", to: "Новый район" },
      droppedPeriods: ["2022/2023"],
      addedPeriods: ["2024/2025"],
      droppedSchools: ["МБОУ «Лицей»"],
      addedSchools: 0,
      archived: 4,
    });
    expect(needsConfirmation(changes)).toBe(true);
    expect(changeLines(changes)).toEqual([
      "Муниципалитет будет переименован на всех листах: «Энский район» → «Новый район».",
      "Из разметки уйдут периоды (1): 2022/2023.",
      "Добавятся периоды: 2024/2025.",
      "Из списка ОО будут убраны (1): «МБОУ «Лицей»».",
      "4\u00a0значения будут перенесены на лист «Архив данных»: они не пропадут, но уйдут из таблиц.",
    ]);
    // A preview writes nothing.
    expect((await operations.readStatus()).municipality).toBe("Энский район");
  });

  test("«Проверить данные» tells an empty book from a clean one and leaves its time in the book", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets(request());
    const empty = await operations.check();
    expect(empty.values).toBe(0);
    const status = await operations.readStatus();
    expect(status.lastCheck).toEqual({ at: empty.checkedAt, errors: 0, warnings: 0 });

    expect(typeValues(host, "2023/2024", 3)).toBe(3);
    const filled = await operations.check();
    expect(filled.values).toBe(3);
    await operations.analyze("2023/2024");
    const after = await operations.readStatus();
    expect(after.reports).toEqual(["2023/2024"]);
    expect(stepsOf(after).map((step) => step.state)).toEqual(["done", "done", "done", "done"]);
  });
});

describe("Excel's errors in Russian", () => {
  test("each kind gets its own text with an action, and no English passes", () => {
    const cellEdit = new HostError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    expect(hostErrorKind(cellEdit)).toBe("cellEdit");
    expect(hostErrorText(cellEdit)).toMatch(/^Excel занят вводом в ячейку\. Завершите ввод в ячейке/);
    expect(hostErrorKind(new HostError("AccessDenied", "You cannot perform the requested operation."))).toBe(
      "protectedBook",
    );
    expect(hostErrorKind(new HostError("RequestPayloadSizeLimitExceeded", "The request payload size…"))).toBe(
      "tooLarge",
    );
    expect(hostErrorKind(new HostError("MemoryLimitReached", "…"))).toBe("sheetLimit");
    const generic = hostErrorText(new Error("You cannot perform the requested operation."));
    expect(generic).toMatch(/^Excel не выполнил операцию/);
    expect(generic.replace(/Excel/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    // The add-in's own Russian messages pass as they are.
    expect(hostErrorText(new Error("В книге нет листов МСОКО: сначала создайте их."))).toBe(
      "В книге нет листов МСОКО: сначала создайте их.",
    );
  });

  test("a failure after part of the writing says what was written and that a rerun is safe", () => {
    const error = new HostError("GeneralException", "An internal error has occurred.");
    expect(failureText("Создать листы", error, { done: 3, total: 7 })).toBe(
      "Не удалось выполнить «Создать листы». Excel не выполнил операцию. Сохраните книгу, закройте и снова откройте панель и повторите действие. " +
        "Книга изменена частично: записано 3 из 7 частей. Повторный запуск безопасен: листы будут дописаны, введённые значения сохранятся.",
    );
    expect(failureText("Создать листы", error, { done: 0, total: 7 })).not.toMatch(/частично/);
  });
});

describe("findings grouped for the pane", () => {
  const finding = (sheet: string, rule: Finding["rule"], severity: Finding["severity"], row: number): Finding => ({
    sheet,
    rule,
    severity,
    row,
    col: 4,
    cell: `E${row + 1}`,
    message: `Замечание ${row}`,
  });

  test("by sheet in the order met, with counts by severity and kinds, the most frequent first", () => {
    const findings = [
      finding("Система 1", "jump", "warning", 5),
      finding("Система 2", "type", "error", 6),
      finding("Система 1", "partAboveWhole", "error", 7),
      finding("Система 1", "jump", "warning", 8),
    ];
    const groups = groupFindings(findings, "all");
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ["Система 1", 1, 2],
      ["Система 2", 1, 0],
    ]);
    expect(groups[0].kinds).toEqual([
      { rule: "jump", count: 2 },
      { rule: "partAboveWhole", count: 1 },
    ]);
    expect(groupFindings(findings, "error").map((g) => g.findings.length)).toEqual([1, 1]);
    expect(groupFindings(findings, "warning").map((g) => g.sheet)).toEqual(["Система 1"]);
  });
});
