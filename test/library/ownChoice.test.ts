import * as ExcelJS from "exceljs";
import { builtInCatalog, findFramework, indicatorsOf } from "../../src/core/catalog";
import { catalogColumn, catalogRows, readCatalogRows } from "../../src/core/sheets/catalogSheet";
import { ownBaseFramework } from "../../src/core/catalog/frameworks/own";
import { MECHANISMS } from "../../src/core/base/model/terms";
import type { Framework } from "../../src/core/catalog/schema";
import { draftIndicatorCount, readAppendix } from "../../src/core/features/library/appendix";
import { buildLibrary, LibraryEntry } from "../../src/core/features/library/library";
import {
  addedIndicator,
  composeDraft,
  editImported,
  filterLibrary,
  libraryGroups,
  withEdit,
} from "../../src/core/features/library/ownChoice";
import { frameworkFromDraft } from "../../src/core/features/library/ownFramework";
import { parsePeriods } from "../../src/core/workbook/periods";
import { storedBuild } from "../../src/core/sheets/storedCatalog";
import { readAppendixFile } from "../../src/docx/appendixFile";
import { readDocxTables } from "../../src/docx/readTables";
import { readExisting } from "../../src/excel/readWorkbook";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { CreateSheetsRequest } from "../../src/core/operations/status";
import { createExcelHost } from "../helpers/excelHost";
import { appendixDocx } from "./appendixFiles";

const library = buildLibrary(builtInCatalog().frameworks);
const entryOf = (code: string): LibraryEntry => library.find((e) => e.sources.some((s) => s.code === code))!;

/** The first table of the Асино appendix (system 1) only: small enough to follow by hand. */
function firstSystemOf(framework: Framework): Framework {
  return { ...framework, systems: framework.systems.slice(0, 1) };
}

describe("the library as the pane shows it", () => {
  test("grouped by mechanism in the methodology's order, then by criterion; every entry once", () => {
    const groups = libraryGroups(library);
    expect(groups.map((g) => g.mechanism)).toEqual(
      [...MECHANISMS, "other"].filter((m) => groups.some((g) => g.mechanism === m)),
    );
    expect(groups.slice(0, MECHANISMS.length).map((g) => g.mechanism)).toEqual([...MECHANISMS]);
    const entries = groups.flatMap((g) => g.criteria.flatMap((c) => c.entries));
    expect(entries).toHaveLength(library.length);
    expect(new Set(entries).size).toBe(library.length);
    groups.forEach((g) => expect(g.size).toBe(g.criteria.reduce((n, c) => n + c.entries.length, 0)));
  });

  test("a search finds every word in the label, a document's wording or the criterion, ё as е", () => {
    const found = filterLibrary(library, "впр высокие");
    expect(found).toContain(entryOf("ASN.1.01.01"));
    expect(found.every((e) => /впр/i.test(e.label + e.sources.map((s) => s.name).join(" ") + e.criterion))).toBe(true);
    expect(filterLibrary(library, "  ")).toHaveLength(library.length);
    expect(filterLibrary(library, "снежинки")).toEqual([]);
  });
});

describe("one's own Положение from picks, renamings and one's own indicators", () => {
  const vpr = entryOf("ASN.1.01.01");
  const kdn = entryOf("ASN.7.05.02");

  test("two picks, one renamed: the wording is one's own, the document's stays as the name, the computation is the library's", () => {
    const draft = composeDraft({
      picks: [
        { entry: vpr, label: "  Высокие результаты ВПР " },
        { entry: kdn, label: "" },
      ],
      added: [],
    });
    const framework = frameworkFromDraft(draft, "Энский район");
    const [first, second] = indicatorsOf(framework);
    expect(first.label).toBe("Высокие результаты ВПР");
    expect(first.name).toBe(vpr.indicator.name);
    expect(first.computation).toEqual(vpr.indicator.computation);
    expect(first.source).toEqual(vpr.indicator.source);
    expect(second.label).toBe(kdn.indicator.label);
    expect(framework.systems.map((s) => s.code)).toEqual(["1", "7"]);
  });

  test("a pick joins the imported system of its mechanism, under its own criterion", async () => {
    const asino = findFramework("asino")!;
    const bytes = await appendixDocx(firstSystemOf(asino), {
      criterionColumn: true,
      numbered: false,
      unit: "verbatim",
    });
    const imported = readAppendix(await readDocxTables(bytes), library);
    const before = draftIndicatorCount(imported);
    const draft = composeDraft({ imported, picks: [{ entry: entryOf("ABN.1.1.01") }], added: [] });
    expect(draft.systems).toHaveLength(1);
    expect(draftIndicatorCount(draft)).toBe(before + 1);
    expect(draftIndicatorCount(imported)).toBe(before); // the imported draft is not changed
  });

  test("an indicator typed by hand: kind from its unit, direction guessed from the wording, placed by mechanism", () => {
    const addition = {
      mechanism: "upbringing" as const,
      criterion: "",
      name: "Количество правонарушений, совершённых несовершеннолетними",
      unit: "count" as const,
    };
    const added = addedIndicator(addition, library, 1);
    expect(added).toMatchObject({ kind: "count", direction: "lower", unitGuessed: false });
    const framework = frameworkFromDraft(composeDraft({ picks: [], added: [{ addition, indicator: added }] }), "");
    expect(framework.systems.map((s) => s.code)).toEqual(["7"]);
    expect(framework.systems[0].criteria[0].label).toBe("Свои показатели");
    expect(indicatorsOf(framework)[0].source.section).toBe("добавлен вручную");
    // «Источник» on «Показатели» names the document in Russian and reads back the same.
    const row = catalogRows(framework)[1];
    expect(row[catalogColumn("source")]).toBe("Своё положение, добавлен вручную");
    expect(indicatorsOf(readCatalogRows(catalogRows(framework), ownBaseFramework).framework)[0].source).toMatchObject({
      document: "own",
      section: "Добавлен вручную",
    });
  });

  test("a corrected guess: a new unit changes the kind and is no longer a guess", () => {
    const guessed = {
      ...addedIndicator(
        { mechanism: "preparation", criterion: "", name: "Результативность", unit: "count" },
        library,
        1,
      ),
      unitGuessed: true,
    };
    const corrected = withEdit(guessed, { unit: "percent" });
    expect(corrected).toMatchObject({ unit: "percent", kind: "share", unitGuessed: false });
    expect(withEdit(guessed, { direction: "lower" })).toMatchObject({
      unit: "count",
      unitGuessed: true,
      direction: "lower",
    });
  });

  test("a correction of an imported indicator reaches that row only", async () => {
    const asino = findFramework("asino")!;
    const bytes = await appendixDocx(firstSystemOf(asino), {
      criterionColumn: true,
      numbered: false,
      unit: "verbatim",
    });
    const imported = readAppendix(await readDocxTables(bytes), library);
    const [first, second] = imported.systems[0].criteria[0].indicators;
    const edited = editImported(imported, first.table, first.row, { direction: "lower" });
    const [after, untouched] = edited.systems[0].criteria[0].indicators;
    expect(after.direction).toBe("lower");
    expect(untouched).toBe(second);
  });
});

describe("reading one's own Положение from the bytes the pane's file input gives", () => {
  const asino = findFramework("asino")!;

  test("a Word file gives the same tables as the command line reads", async () => {
    const bytes = await appendixDocx(firstSystemOf(asino), {
      criterionColumn: true,
      numbered: false,
      unit: "verbatim",
    });
    const reading = await readAppendixFile("положение.docx", new Uint8Array(bytes));
    expect(reading).toEqual({ ok: true, tables: await readDocxTables(bytes) });
  });

  test("a workbook: a heading merged across the row is a system, a criterion merged down spans its indicators", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Приложение");
    sheet.addRow(["Критерий", "Показатель", "Единица измерения"]);
    sheet.addRow(["Система работы по самоопределению и профессиональной ориентации обучающихся"]);
    sheet.mergeCells("A2:C2");
    sheet.addRow(["Профориентация", "Доля обучающихся, охваченных профориентационными мероприятиями", "%"]);
    sheet.addRow(["", "Количество проектов по профориентации", "ед."]);
    sheet.mergeCells("A3:A4");
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const reading = await readAppendixFile("положение.xlsx", bytes);
    if (!reading.ok) throw new Error(reading.reason);
    const draft = readAppendix(reading.tables, library);
    expect(draft.problems).toEqual([]);
    expect(
      draft.systems.map((s) => [s.mechanism, s.criteria.map((c) => [c.name, c.indicators.map((i) => i.unit)])]),
    ).toEqual([["careers", [["Профориентация", ["percent", "count"]]]]]);
  });

  test("text copied from Word is read as its table; an old .doc and a broken .docx are refused with what to do", async () => {
    const text = "Критерий\tПоказатель\tЕдиница измерения\nКачество\tДоля выпускников, получивших аттестат\t%\n";
    const pasted = await readAppendixFile("таблица.txt", new TextEncoder().encode(text));
    expect(pasted.ok && readAppendix(pasted.tables, library).systems[0].criteria[0].indicators[0].unit).toBe("percent");
    const doc = await readAppendixFile(
      "положение.doc",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(doc).toEqual({ ok: false, reason: expect.stringContaining("(.doc)") });
    const broken = await readAppendixFile("положение.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(broken).toEqual({ ok: false, reason: expect.stringContaining("не похож на документ Word") });
    expect(await readAppendixFile("пусто.docx", new Uint8Array())).toEqual({
      ok: false,
      reason: "Файл «пусто.docx» пустой.",
    });
  });
});

describe("«Создать листы» from one's own Положение in Excel", () => {
  test("the book's «Показатели» are the chosen indicators, read back the same on a rebuild", async () => {
    const host = createExcelHost({ sheets: ["Лист1"] });
    const operations = createWorkbookOperations(host.run, host.supports);
    const draft = composeDraft({
      picks: [{ entry: entryOf("ASN.1.01.01"), label: "Высокие результаты ВПР" }, { entry: entryOf("ASN.7.05.02") }],
      added: [],
    });
    const parsed = parsePeriods("2023/2024");
    if (!parsed.ok) throw new Error("periods");
    const request: CreateSheetsRequest = {
      frameworkId: "own",
      useWorkbookCatalog: false,
      ownFramework: frameworkFromDraft(draft, "Энский район"),
      periods: parsed.periods,
      municipality: "Энский район",
      schools: ["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 2»"],
      flavour: "msoko",
    };
    await operations.createSheets(request);
    const read = async () => storedBuild(await host.run((context) => readExisting(context, host.supports)));
    const stored = await read();
    expect(stored.settings.framework).toBe("own");
    expect(stored.notices).toEqual([]);
    expect(indicatorsOf(stored.framework).map((i) => [i.label, i.name])).toEqual([
      ["Высокие результаты ВПР", entryOf("ASN.1.01.01").indicator.name],
      [entryOf("ASN.7.05.02").indicator.label, entryOf("ASN.7.05.02").indicator.name],
    ]);
    expect((await operations.readStatus()).frameworkId).toBe("own");

    // A rebuild without a new choice takes the book's own «Показатели».
    await operations.createSheets({ ...request, ownFramework: undefined, useWorkbookCatalog: true });
    expect(indicatorsOf((await read()).framework).map((i) => i.label)).toEqual(
      indicatorsOf(stored.framework).map((i) => i.label),
    );
  });
});
