import { SheetRowReader, sheetRows } from "../../src/xlsx/sheetXml";

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
