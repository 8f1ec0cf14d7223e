import * as fs from "fs";
import JSZip from "jszip";
import { folderOf, readRels, resolvePart, sheetsOf, workbookPartOf } from "../../src/xlsx/package/parts";

const DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** What a saved .xlsx package holds of the parts ExcelJS does not model, read the way Excel finds them. */
export async function inspectPackage(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = (await workbookPartOf(zip))!;
  const sheets = await sheetsOf(zip, workbook);
  const text = async (part: string) => (await zip.file(part)?.async("string")) ?? "";

  /** The charts a sheet shows: its <drawing>, the drawing's chart relationships, the chart parts' XML. */
  async function chartsOn(sheetName: string): Promise<string[]> {
    const sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet) return [];
    const xml = await text(sheet.part);
    const id = xml.match(/<(?:\w+:)?drawing\b[^>]*r:id="([^"]+)"/)?.[1];
    const rel = (await readRels(zip, sheet.part)).find((r) => r.id === id && r.type === DRAWING);
    if (!rel) return [];
    const drawing = resolvePart(folderOf(sheet.part), rel.target);
    const charts = (await readRels(zip, drawing)).filter((r) => r.type === CHART);
    const parts = await Promise.all(charts.map((c) => text(resolvePart(folderOf(drawing), c.target))));
    return parts.map((chart) => chart.replace(/&apos;/g, "'"));
  }

  const workbookXml = await text(workbook);
  const names = [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map(([, attrs, formula]) => {
    const local = attrs.match(/localSheetId="(\d+)"/)?.[1];
    return {
      name: attrs.match(/\bname="([^"]+)"/)?.[1] ?? "",
      sheet: local === undefined ? undefined : sheets.find((s) => s.index === Number(local))?.name,
      formula: formula.replace(/&apos;/g, "'"),
    };
  });
  const types = await text("[Content_Types].xml");
  const rootRels = await readRels(zip, "");
  const customRel = rootRels.find((r) => r.type.endsWith("/custom-properties"));
  const customXmlRels = (await readRels(zip, workbook)).filter((r) => r.type.endsWith("/customXml"));
  return {
    zip,
    sheets: sheets.map((s) => s.name),
    chartsOn,
    names,
    customProperties: customRel ? await text(resolvePart("", customRel.target)) : "",
    customXml: await Promise.all(customXmlRels.map((r) => text(resolvePart(folderOf(workbook), r.target)))),
    contentTypes: types,
    application: (await text("docProps/app.xml")).match(/<Application>([^<]*)</)?.[1] ?? "",
  };
}
