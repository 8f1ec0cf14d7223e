import { builtInCatalog } from "../../../src/core/catalog";
import { catalogColumn, catalogRows, readCatalogRows } from "../../../src/core/sheets/catalogSheet";
import { documentSection, parseDocumentSection } from "../../../src/core/catalog/documents";

describe("«Источник» names the document and its section, never a file", () => {
  test.each([
    [
      "000_114db9a20a22e4e2.txt",
      "Приложение 1, таблица 1",
      "Положение о МСОКО, Асиновский район, приложение 1, таблица 1",
    ],
    [
      "004_01284385d8a2a410.txt",
      "Программа, 3.1",
      "Программа управления качеством образования на 2021–2023 годы, город Тула, раздел 3.1",
    ],
    ["004_01284385d8a2a410.txt", "Положение, 3.5", "Положение о МСОКО, город Тула, раздел 3.5"],
    [
      "002_d95a040aa3f20d92.txt",
      "Раздел 2, 1.1, Показатели, п. 3",
      "Программа повышения качества образования на 2024–2026 годы, Абинский район, раздел 2, 1.1, Показатели, п. 3",
    ],
  ])("%s «%s» → «%s», and back", (document, section, text) => {
    expect(documentSection(document, section)).toBe(text);
    expect(parseDocumentSection(text)).toEqual({ document, section });
  });

  test("every framework's sources read as the document and its section, and back", () => {
    for (const framework of builtInCatalog().frameworks) {
      for (const indicator of framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators))) {
        const { document, section } = indicator.source;
        expect(parseDocumentSection(documentSection(document, section))).toEqual({ document, section });
      }
    }
  });

  test("a section opening with an abbreviation keeps its capitals", () => {
    const text = documentSection("000_114db9a20a22e4e2.txt", "ШНОР, перечень");
    expect(text).toBe("Положение о МСОКО, Асиновский район, ШНОР, перечень");
    expect(parseDocumentSection(text)).toEqual({ document: "000_114db9a20a22e4e2.txt", section: "ШНОР, перечень" });
  });

  test("no row of any framework's «Показатели» shows a file name", () => {
    for (const framework of builtInCatalog().frameworks) {
      for (const row of catalogRows(framework).slice(1)) {
        expect(String(row[catalogColumn("source")])).not.toMatch(/\.txt|стр\./);
      }
    }
  });

  test("a source typed by document and section is read, with the line kept where the indicator stays in that document", () => {
    const asino = builtInCatalog().frameworks.find((f) => f.id === "asino")!;
    const rows = catalogRows(asino).map((row) => [...row]);
    rows[1][catalogColumn("source")] = "Положение о МСОКО, Асиновский район, приложение 1, таблица 2";
    const first = readCatalogRows(rows, asino).framework.systems[0].criteria[0].indicators[0];
    expect(first.source).toEqual({ document: asino.document, section: "Приложение 1, таблица 2", line: 973 });
  });
});
