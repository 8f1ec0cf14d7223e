import JSZip from "jszip";
import { SheetRowReader, sheetRows } from "../../src/xlsx/sheetXml";
import { readSourceFile } from "../../src/xlsx/sourceFile";

const XML =
  '<?xml version="1.0"?><worksheet><sheetViews/><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Код ОО</t></is></c></row>' +
  '<row r="2" spans="1:3"/>' +
  '<row r="4"><c r="A4"><v>12.5</v></c><c r="B4" t="str"><v>a &amp; b</v></c><c r="C4" t="b"><v>1</v></c></row>' +
  "<row><c><v>7</v></c></row>" +
  '</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>';
const STRINGS = ["Протокол"];

describe("a worksheet read as it is inflated", () => {
  it("gives the same grid whatever pieces the text comes in", () => {
    const whole = sheetRows(XML, STRINGS);
    expect(whole).toEqual([["Протокол", null, "Код ОО"], [], [], [12.5, "a & b", true], [7]]);
    for (const size of [1, 3, 7, 40, 1000]) {
      const reader = new SheetRowReader(STRINGS);
      for (let i = 0; i < XML.length; i += size) reader.push(XML.slice(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
  });

  it("reads a part cut off before «</sheetData>» up to its last row", () => {
    const reader = new SheetRowReader(STRINGS);
    reader.push(XML.slice(0, XML.indexOf("<row><c>")));
    expect(reader.end()).toEqual([["Протокол", null, "Код ОО"], [], [], [12.5, "a & b", true]]);
  });
});

describe("a received .xlsx read through JSZip's stream", () => {
  it("keeps Cyrillic inline strings whole across the pieces the part is inflated in", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>${r + 1}</v></c><c r="B${r + 1}" t="inlineStr"><is><t>Школа № ${r + 1} «Ёлочка»</t></is></c></row>`,
    ).join("");
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
    const zip = new JSZip();
    zip.file(
      "xl/workbook.xml",
      '<workbook xmlns:r="r"><sheets><sheet name="Протокол" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file("xl/worksheets/sheet1.xml", sheet);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const read = await readSourceFile("protocol.xlsx", bytes);
    if ("refused" in read) throw new Error(read.reason);
    expect(sheet.length).toBeGreaterThan(10 * 16 * 1024); // many of JSZip's 16 KB pieces
    expect(read.sheets.map((item) => item.name)).toEqual(["Протокол"]);
    expect(read.sheets[0].rows).toEqual(sheetRows(sheet, []));
    expect(read.sheets[0].rows[2999]).toEqual([3000, "Школа № 3000 «Ёлочка»"]);
  });
});
