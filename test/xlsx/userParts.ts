import JSZip from "jszip";

/**
 * What a user adds to a book that ExcelJS does not model, written into an .xlsx package the way Excel writes it: a
 * bar chart on a sheet of their own, custom document properties (where sensitivity labels live), a customXml item,
 * and defined names (a whole-column print area local to a sheet named «2024», and the same local name on two sheets).
 */

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Диаграмма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

export const CHART_TITLE = "Участники олимпиад";

const chart = (sheet: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>'${sheet}'!$B$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>'${sheet}'!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${sheet}'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

export const CUSTOM_PROPERTY = { name: "MSIP_Label_Department", value: "Управление образования" };

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${CUSTOM_PROPERTY.name}"><vt:lpwstr>${CUSTOM_PROPERTY.value}</vt:lpwstr></property></Properties>`;

export const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<labels xmlns="urn:example:msoko-test"><label>Для служебного пользования</label></labels>`;

async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([t]) => t).find((t) => t.includes(`name="${sheet}"`));
  const id = tag?.match(/r:id="([^"]+)"/)?.[1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map(([t]) => t)
    .find((t) => t.includes(`Id="${id}"`))
    ?.match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const addOverride = (types: string, part: string, type: string) =>
  types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);

const addRel = (rels: string | undefined, id: string, type: string, target: string) =>
  (
    rels ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
  ).replace("</Relationships>", `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`);

/** Adds the chart to «chartSheet», custom properties, a customXml item and defined names to an .xlsx. */
export async function addUserParts(bytes: Uint8Array, chartSheet: string, localNameSheets: [string, string]) {
  const zip = await JSZip.loadAsync(bytes);
  let types = await zip.file("[Content_Types].xml")!.async("string");

  const part = await sheetPart(zip, chartSheet);
  const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
  zip.file(
    relsPath,
    addRel(await zip.file(relsPath)?.async("string"), "rIdChart", "drawing", "../drawings/drawing9.xml"),
  );
  const sheetXml = await zip.file(part)!.async("string");
  zip.file(part, sheetXml.replace(/<\/worksheet>$/, `<drawing r:id="rIdChart"/></worksheet>`));
  zip.file("xl/drawings/drawing9.xml", DRAWING);
  zip.file("xl/drawings/_rels/drawing9.xml.rels", addRel(undefined, "rId1", "chart", "../charts/chart9.xml"));
  zip.file("xl/charts/chart9.xml", chart(chartSheet));
  types = addOverride(types, "xl/drawings/drawing9.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  types = addOverride(
    types,
    "xl/charts/chart9.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  );

  zip.file("docProps/custom.xml", CUSTOM);
  zip.file(
    "_rels/.rels",
    addRel(await zip.file("_rels/.rels")!.async("string"), "rIdCustom", "custom-properties", "docProps/custom.xml"),
  );
  types = addOverride(
    types,
    "docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  );

  zip.file("customXml/item1.xml", CUSTOM_XML);
  const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", addRel(workbookRels, "rIdCustomXml", "customXml", "../customXml/item1.xml"));

  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const [a, b] = localNameSheets.map((name) => sheets.indexOf(name));
  const names =
    `<definedName name="_xlnm.Print_Area" localSheetId="${a}">'${localNameSheets[0]}'!$B:$P</definedName>` +
    `<definedName name="Итог" localSheetId="${a}">'${localNameSheets[0]}'!$B$2</definedName>` +
    `<definedName name="Итог" localSheetId="${b}">'${localNameSheets[1]}'!$C$3</definedName>`;
  const withNames = workbook.includes("<definedNames>")
    ? workbook.replace("<definedNames>", `<definedNames>${names}`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  zip.file("xl/workbook.xml", withNames);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
