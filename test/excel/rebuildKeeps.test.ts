import { parsePeriods } from "../../src/core/workbook/periods";
import { readExisting } from "../../src/excel/readWorkbook";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { CreateSheetsRequest } from "../../src/core/operations/status";
import { createExcelHost } from "../helpers/excelHost";
import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { ru } from "../../src/core/base/i18n/ru";
import { entryOf } from "../../src/core/workbook/entry";
import { carryText } from "../../src/core/base/i18n/carryOver";
import { cellA1 } from "../../src/core/base/plan/a1";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
import { formatPlain } from "../../src/core/base/text/format";
import {
  address,
  Book,
  FRAMEWORK,
  locate,
  MUNICIPALITY,
  PERIODS,
  placeOf,
  rebuildScenario,
  SCHOOLS,
  typeResult,
  vpr,
} from "../helpers/rebuildScenario";

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

/** «Проверить данные» through the Office.js shell: a fed value the corrected results no longer give is warned of. */
test("the check warns of values fed from results that were corrected after «Создать листы»", async () => {
  const host = createExcelHost({ sheets: ["Лист1"] });
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
    rebuild: async () => [...(await operations.createSheets(request)).notices],
  };
  const stale = async () => (await operations.validate()).filter((finding) => finding.rule === "staleFed");
  const first = vpr({ n5: 5, n4: 8, n3: 5, n2: 2 });
  await typeResult(book, first);
  await book.rebuild();
  expect(await stale()).toEqual([]);

  const corrected = vpr({ n5: 3, n4: 8, n3: 5, n2: 4 });
  await typeResult(book, corrected);
  const sheets = await book.sheets();
  const framework = findFramework(FRAMEWORK)!;
  const [before, after] = [first, corrected].map((row) => indicatorValuesFromResults(framework, [row]).values);
  const changed = [...before.keys()].filter((id) => after.get(id) !== before.get(id) && placeOf(sheets, id));
  expect(changed.length).toBeGreaterThan(0);
  const found = await stale();
  expect(found.map((finding) => `${finding.sheet}!${finding.cell}`).sort()).toEqual(
    changed
      .map((id) => placeOf(sheets, id)!)
      .map((place) => `${place.sheet}!${cellA1(place.row, place.col)}`)
      .sort(),
  );
  expect(found.every((finding) => finding.severity === "warning")).toBe(true);
  const place = placeOf(sheets, changed[0])!;
  expect(found.map((finding) => finding.message)).toContain(
    carryText.staleFed(
      address(place),
      formatPlain(before.get(changed[0]) as number),
      formatPlain(after.get(changed[0]) as number),
    ),
  );

  await book.rebuild();
  expect(await stale()).toEqual([]);
}, 300000);

test("after a period is added, the user's formulas that read our tables are named with where their cells went", async () => {
  const host = createExcelHost({ sheets: ["Лист1"] });
  const operations = createWorkbookOperations(host.run, host.supports);
  const requestFor = (labels: readonly string[]): CreateSheetsRequest => {
    const parsed = parsePeriods(labels.join(", "));
    if (!parsed.ok) throw new Error(parsed.messages.join("; "));
    return {
      frameworkId: FRAMEWORK,
      useWorkbookCatalog: false,
      periods: parsed.periods,
      municipality: MUNICIPALITY,
      schools: SCHOOLS,
      flavour: "msoko",
    };
  };
  await operations.createSheets(requestFor(PERIODS));
  const sheets = () => host.run((context) => readExisting(context, host.supports));
  const framework = findFramework(FRAMEWORK)!;
  const indicator = indicatorsOf(framework).find(
    (i) => entryOf(i).per === "municipality" && entryOf(i).inputs === "value",
  )!;
  const role = `system:${framework.systems.find((s) => s.criteria.some((c) => c.indicators.includes(indicator)))!.code}`;
  const header = ru.layout.value(PERIODS[1]);
  const old = locate(await sheets(), role, indicator.code, header)!;
  const mine = host.state.addSheet("Мои расчёты");
  const reads = `'${old.sheet}'!${cellA1(old.row, old.col)}`;
  mine.write(1, 1, `=${reads}*2`);
  mine.write(2, 1, "=2+2");

  const notices = (await operations.createSheets(requestFor([...PERIODS, "2024/2025"]))).notices;
  const now = locate(await sheets(), role, indicator.code, header)!;
  expect(now.col).not.toBe(old.col);
  expect(mine.formula(1, 1)).toBe(`=${reads}*2`);
  const moved = carryText.referenceMoved(
    cellA1(old.row, old.col),
    `${indicator.code}, ${header}`,
    cellA1(now.row, now.col),
  );
  expect(notices).toContain(
    carryText.referencesMoved(1, carryText.userReference("'Мои расчёты'!B2", `'${old.sheet}'!${moved}`)),
  );
}, 300000);
