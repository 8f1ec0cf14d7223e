import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { saveWorkbook } from "../../src/xlsx/package/save";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { inspectPackage } from "./inspectPackage";
import { addUserParts, CHART_TITLE, CUSTOM_PROPERTY, CUSTOM_XML } from "./userParts";

/**
 * Parts ExcelJS does not model, in a book as Excel writes it, survive a load and save: the chart (beside a picture
 * ExcelJS does keep), custom properties, customXml, sheet-local names and whole-column print areas. Parts that cannot
 * be carried (a pivot table) make a save onto the source refuse, naming them, and a save elsewhere say so.
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-carry-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => path.join(tmp, name);

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function userBook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const mine = workbook.addWorksheet("Мои данные");
  mine.addRows([
    ["ОО", "Участники"],
    ["СОШ 1", 10],
    ["СОШ 2", 20],
    ["Лицей", 15],
  ]);
  workbook.addWorksheet("2024").getCell("B2").value = 5;
  const logo = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  workbook.getWorksheet("2024")!.addImage(logo, "D4:E6");
  return addUserParts(new Uint8Array(await workbook.xlsx.writeBuffer()), "Мои данные", ["2024", "Мои данные"]);
}

test("a chart, custom properties, customXml and local names come through a load and save", async () => {
  fs.writeFileSync(at("book.xlsx"), await userBook());
  const workbook = await loadWorkbook(at("book.xlsx"));
  workbook.addWorksheet("Самооценка").getCell("A1").value = "наш лист";
  expect(await saveWorkbook(workbook, at("book.xlsx"))).toEqual({ notices: [] });

  const pkg = await inspectPackage(at("book.xlsx"));
  const charts = await pkg.chartsOn("Мои данные");
  expect(charts).toHaveLength(1);
  expect(charts[0]).toContain(CHART_TITLE);
  expect(pkg.contentTypes).toMatch(/PartName="\/xl\/charts\/[^"]+" ContentType="[^"]*drawingml\.chart\+xml"/);
  expect(pkg.customProperties).toContain(CUSTOM_PROPERTY.value);
  expect(pkg.customXml).toEqual([CUSTOM_XML]);
  expect(pkg.names).toEqual([
    { name: "_xlnm.Print_Area", sheet: "2024", formula: "'2024'!$B:$P" },
    { name: "Итог", sheet: "2024", formula: "'2024'!$B$2" },
    { name: "Итог", sheet: "Мои данные", formula: "'Мои данные'!$C$3" },
  ]);
  // ExcelJS keeps the picture on «2024» itself, and the book opens again with it.
  const again = await loadWorkbook(at("book.xlsx"));
  expect(again.getWorksheet("2024")!.getImages()).toHaveLength(1);
  expect(again.getWorksheet("Самооценка")!.getCell("A1").value).toBe("наш лист");
});

test("a second save does not duplicate the carried parts", async () => {
  fs.writeFileSync(at("twice.xlsx"), await userBook());
  for (let i = 0; i < 2; i++) await saveWorkbook(await loadWorkbook(at("twice.xlsx")), at("twice.xlsx"));
  const pkg = await inspectPackage(at("twice.xlsx"));
  expect(await pkg.chartsOn("Мои данные")).toHaveLength(1);
  expect(Object.keys(pkg.zip.files).filter((name) => /^xl\/charts\/chart\d*\.xml$/.test(name))).toHaveLength(1);
  expect(pkg.customXml).toHaveLength(1);
  expect(pkg.names).toHaveLength(3);
});

test("a book with a pivot table is not overwritten; a copy elsewhere says what it lacks", async () => {
  const zip = await JSZip.loadAsync(await userBook());
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/></Types>',
    ),
  );
  fs.writeFileSync(at("pivot.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  const before = fs.readFileSync(at("pivot.xlsx"));

  await expect(saveWorkbook(await loadWorkbook(at("pivot.xlsx")), at("pivot.xlsx"))).rejects.toThrow(
    /^Книга «.*pivot\.xlsx» не перезаписана: msoko не умеет сохранить в ней сводные таблицы, и они пропали бы\. Запишите результат в другой файл \(--out НОВАЯ\.xlsx\)/,
  );
  expect(fs.readFileSync(at("pivot.xlsx")).equals(before)).toBe(true);

  const saved = await saveWorkbook(await loadWorkbook(at("pivot.xlsx")), at("copy.xlsx"));
  expect(saved.notices).toEqual([expect.stringMatching(/^В «.*copy\.xlsx» не перенесены сводные таблицы/)]);
  expect(fs.existsSync(at("copy.xlsx"))).toBe(true);
});
