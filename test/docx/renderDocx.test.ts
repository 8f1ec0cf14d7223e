import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { DEFAULT_WORD_LAYOUT } from "../../src/core/base/model/wordLayout";
import { renderDocx } from "../../src/docx/renderDocx";
import { sampleDocument, sampleSchools } from "./sampleDocument";
import { docxToPdf, pageCount, pageTexts, words } from "./writerPdf";

const twips = (cm: number) => Math.round((cm * 1440) / 2.54);

async function parts(bytes: Uint8Array): Promise<{ document: string; styles: string; footers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async("string");
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  return {
    document: await text("word/document.xml"),
    styles: await text("word/styles.xml"),
    footers: await Promise.all(footers.map(text)),
  };
}

describe("the справка as .docx", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-docx-"));
  let bytes: Uint8Array;
  let xml: Awaited<ReturnType<typeof parts>>;

  beforeAll(async () => {
    bytes = await renderDocx(sampleDocument());
    xml = await parts(bytes);
  });

  test("A4 portrait with the управление's margins", () => {
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(xml.document)![1];
    expect(pgSz).toMatch(/w:w="11906"/);
    expect(pgSz).toMatch(/w:h="16838"/);
    expect(pgSz).toMatch(/w:orient="portrait"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml.document)![1];
    expect(margin).toContain(`w:left="${twips(2)}"`);
    expect(margin).toContain(`w:right="${twips(1.5)}"`);
    expect(margin).toContain(`w:top="${twips(2)}"`);
    expect(margin).toContain(`w:bottom="${twips(2)}"`);
  });

  test("Times New Roman 14 pt body, 12 pt in tables, single spacing; the layout can change them", async () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml.styles)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]* w:hAnsi="Times New Roman"/);
    expect(defaults).toMatch(/<w:sz w:val="28"\/>/);
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="240"/);
    // Table cells carry the table size.
    expect(xml.document).toMatch(/<w:tc>[\s\S]*?<w:sz w:val="24"\/>/);

    const changed = await parts(
      await renderDocx(sampleDocument(3), {
        ...DEFAULT_WORD_LAYOUT,
        font: "PT Astra Serif",
        bodySize: 13,
        tableSize: 11,
        lineSpacing: 1.15,
      }),
    );
    expect(changed.styles).toMatch(/<w:rFonts w:ascii="PT Astra Serif"/);
    expect(changed.styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="26"\/>/);
    expect(changed.styles).toMatch(/<w:spacing [^>]*w:line="276"/);
    expect(changed.document).toMatch(/<w:tc>[\s\S]*?<w:sz w:val="22"\/>/);
    // No run anywhere is set under 10 pt (w:sz counts half-points).
    const sizes = [xml.document, xml.styles, ...xml.footers].flatMap((part) =>
      [...part.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"/g)].map((m) => Number(m[1])),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
  });

  test("header rows repeat on every page and no row splits; numbered headings; page numbers in the footer", () => {
    const rows = xml.document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(70);
    expect(rows.every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
    expect(rows.filter((row) => row.includes("<w:tblHeader/>"))).toHaveLength(3);
    expect(xml.document).toContain("2.1.\u00a0ВПР по русскому языку, 4 класс");
    expect(xml.document).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml.footers.some((footer) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(footer))).toBe(true);
  });

  test("a chart is left out: its data stand in the tables beside it", () => {
    expect(xml.document).not.toContain("Качество знаний, %");
  });

  test("Writer lays it out: pages numbered, the header repeated where the table crosses a page, nothing under 10 pt", async () => {
    const file = path.join(dir, "sample.docx");
    fs.writeFileSync(file, bytes);
    const pdf = await docxToPdf(file);
    const pages = pageTexts(pdf);
    expect(pageCount(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain("Основные выводы");
    // The procedures section starts on a new page: page 2.
    expect(pages[1]).toContain("Результаты оценочных процедур");
    // From page 2 on, the page number stands alone on the page's last line.
    pages.slice(1).forEach((text, i) => expect(text.trim().split("\n").at(-1)!.trim()).toBe(String(i + 2)));
    // The school table runs over pages 2 and 3; the header is on both.
    const schools = sampleSchools(70);
    const lastPageOfTable = pages.findIndex((text) => text.includes(schools[69].replace(/\u00a0/g, " ")));
    expect(lastPageOfTable).toBeGreaterThan(1);
    for (let p = 1; p <= lastPageOfTable; p++) expect(pages[p]).toMatch(/ОО\s+2022\/2023\s+2023\/2024/);
    // Sizes: pdftotext gives word boxes, whose height is the font's size times its line factor. The factor is
    // taken from a heading set in the body size, so the check holds whatever font stands in for Times New Roman.
    const all = words(pdf);
    const heading = all.find((word) => word.text === "Основные")!;
    const factor = (heading.yMax - heading.yMin) / DEFAULT_WORD_LAYOUT.bodySize;
    const smallest = Math.min(...all.map((word) => (word.yMax - word.yMin) / factor));
    expect(smallest).toBeGreaterThanOrEqual(10 - 0.05);
    expect(smallest).toBeLessThanOrEqual(DEFAULT_WORD_LAYOUT.tableSize + 0.05);
  });
});
