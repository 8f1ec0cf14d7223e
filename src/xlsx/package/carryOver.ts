import JSZip from "jszip";
import type { CarryLossKind } from "../../core/base/i18n/files";
import {
  contentTypeOf,
  ContentTypes,
  folderOf,
  freePartName,
  freshId,
  readContentTypes,
  readRels,
  Relationship,
  relativeTarget,
  relsPathOf,
  renderRels,
  resolvePart,
  setContentType,
  sheetsOf,
  workbookPartOf,
  writeContentTypes,
} from "./parts";
import { mergeDefinedNames } from "./definedNames";

/**
 * ExcelJS rewrites a whole book from its own model and leaves out what it does not model: charts and the drawings
 * holding them, custom document properties, customXml parts, and it garbles some defined names. After ExcelJS has
 * written, these are copied back from the package the book was read from, byte for byte, with their relationships
 * and content types. What cannot be copied back safely (pivot tables, queries, macros…) is named, so the command
 * can refuse to overwrite the only copy.
 */

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING = `${REL}/drawing`;
const CUSTOM_PROPERTIES = `${REL}/custom-properties`;
const CUSTOM_XML = `${REL}/customXml`;

export interface CarryResult {
  bytes: Uint8Array;
  /** Kinds of parts the original had that the written book does not. */
  lost: CarryLossKind[];
  /** Sheets whose drawings (charts, shapes, pictures) were carried over. */
  drawings: string[];
}

/** Parts that make a kind of content, recognised by their content type or name. */
const LOSSES: readonly { kind: CarryLossKind; test: (part: string, type: string) => boolean }[] = [
  {
    kind: "pivotTables",
    test: (part, type) => /pivotTable|pivotCache/i.test(type) || /pivot(Table|Cache)/i.test(part),
  },
  {
    kind: "connections",
    test: (part, type) => /connections|queryTable/i.test(type) || /connections\.xml$/i.test(part),
  },
  { kind: "externalLinks", test: (part, type) => /externalLink/i.test(type) },
  { kind: "macros", test: (part, type) => /vbaProject|macroEnabled/i.test(type) || /vbaProject\.bin$/i.test(part) },
  { kind: "slicers", test: (part, type) => /slicer|timeline/i.test(type) },
  { kind: "activeX", test: (part, type) => /activeX/i.test(type) },
];

function kindsIn(zip: JSZip, types: ContentTypes): Set<CarryLossKind> {
  const kinds = new Set<CarryLossKind>();
  for (const part of Object.keys(zip.files)) {
    const type = contentTypeOf(types, part) ?? "";
    for (const loss of LOSSES) if (loss.test(part, type)) kinds.add(loss.kind);
  }
  return kinds;
}

/** State of the output package while parts are added to it. */
interface Target {
  zip: JSZip;
  types: ContentTypes;
  added: Set<string>;
}

/**
 * Copies a part and everything it refers to (charts, their styles and colours, pictures, embedded objects) into the
 * output under free names; returns the part's new name.
 */
async function copyTree(
  source: JSZip,
  sourceTypes: ContentTypes,
  target: Target,
  part: string,
  copied: Map<string, string>,
): Promise<string | undefined> {
  const known = copied.get(part);
  if (known) return known;
  const file = source.file(part);
  if (!file) return undefined;
  const name = freePartName(target.zip, part, target.added);
  copied.set(part, name);
  target.added.add(name);
  target.zip.file(name, await file.async("uint8array"));
  const type = contentTypeOf(sourceTypes, part);
  if (type) setContentType(target.types, name, type);
  const rels = await readRels(source, part);
  if (rels.length > 0) {
    const next: Relationship[] = [];
    for (const rel of rels) {
      if (rel.external) {
        next.push(rel);
        continue;
      }
      const child = await copyTree(source, sourceTypes, target, resolvePart(folderOf(part), rel.target), copied);
      if (child) next.push({ ...rel, target: relativeTarget(folderOf(name), child) });
    }
    target.zip.file(relsPathOf(name), renderRels(next));
  }
  return name;
}

/** Where <drawing> goes among a worksheet's children (CT_Worksheet order): before any of these, else at the end. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawing(xml: string, id: string): string {
  let sheet = xml.replace(/<(?:\w+:)?drawing\b[^>]*\/>/g, "");
  if (!/xmlns:r="/.test(sheet)) sheet = sheet.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${REL}"`);
  const element = `<drawing r:id="${id}"/>`;
  for (const tag of AFTER_DRAWING) {
    const at = sheet.search(new RegExp(`<(?:\\w+:)?${tag}\\b`));
    if (at >= 0) return `${sheet.slice(0, at)}${element}${sheet.slice(at)}`;
  }
  return sheet.replace(/<\/((?:\w+:)?worksheet)>\s*$/, `${element}</$1>`);
}

async function carryDrawings(
  source: JSZip,
  sourceTypes: ContentTypes,
  sourceWorkbook: string,
  target: Target,
  targetWorkbook: string,
): Promise<string[]> {
  const carried: string[] = [];
  const before = await sheetsOf(source, sourceWorkbook);
  const after = new Map((await sheetsOf(target.zip, targetWorkbook)).map((s) => [s.name.toLowerCase(), s]));
  const copied = new Map<string, string>();
  for (const sheet of before) {
    const drawing = (await readRels(source, sheet.part)).find((r) => r.type === DRAWING && !r.external);
    const written = after.get(sheet.name.toLowerCase());
    if (!drawing || !written) continue;
    const xml = await target.zip.file(written.part)?.async("string");
    if (xml === undefined) continue;
    const name = await copyTree(source, sourceTypes, target, resolvePart(folderOf(sheet.part), drawing.target), copied);
    if (!name) continue;
    // ExcelJS's own drawing (pictures only) gives way to the original one, which holds the pictures too.
    const rels = (await readRels(target.zip, written.part)).filter((r) => r.type !== DRAWING);
    const id = freshId(rels);
    rels.push({ id, type: DRAWING, target: relativeTarget(folderOf(written.part), name), external: false });
    target.zip.file(relsPathOf(written.part), renderRels(rels));
    target.zip.file(written.part, insertDrawing(xml, id));
    carried.push(sheet.name);
  }
  return carried;
}

/** Adds a relationship from a part (or the package root, "") to a copied part. */
async function addRelationship(target: Target, from: string, type: string, to: string): Promise<void> {
  const rels = await readRels(target.zip, from);
  if (rels.some((r) => r.type === type && resolvePart(folderOf(from), r.target) === to)) return;
  rels.push({ id: freshId(rels), type, target: relativeTarget(folderOf(from), to), external: false });
  target.zip.file(relsPathOf(from), renderRels(rels));
}

async function carryCustomProperties(source: JSZip, sourceTypes: ContentTypes, target: Target): Promise<void> {
  const rel = (await readRels(source, "")).find((r) => r.type === CUSTOM_PROPERTIES);
  if (!rel || (await readRels(target.zip, "")).some((r) => r.type === CUSTOM_PROPERTIES)) return;
  const part = resolvePart("", rel.target);
  const name = await copyTree(source, sourceTypes, target, part, new Map());
  if (name) await addRelationship(target, "", CUSTOM_PROPERTIES, name);
}

async function carryCustomXml(
  source: JSZip,
  sourceTypes: ContentTypes,
  sourceWorkbook: string,
  target: Target,
  targetWorkbook: string,
): Promise<void> {
  const items = (await readRels(source, sourceWorkbook)).filter((r) => r.type === CUSTOM_XML && !r.external);
  const copied = new Map<string, string>();
  for (const item of items) {
    const name = await copyTree(
      source,
      sourceTypes,
      target,
      resolvePart(folderOf(sourceWorkbook), item.target),
      copied,
    );
    if (name) await addRelationship(target, targetWorkbook, CUSTOM_XML, name);
  }
}

/** Carries what ExcelJS left out from the original package into the one it wrote. */
export async function carryOver(source: JSZip, written: Uint8Array): Promise<CarryResult> {
  const zip = await JSZip.loadAsync(written);
  const sourceTypes = await readContentTypes(source);
  const target: Target = { zip, types: await readContentTypes(zip), added: new Set() };
  const sourceWorkbook = await workbookPartOf(source);
  const targetWorkbook = await workbookPartOf(zip);
  if (!sourceWorkbook || !targetWorkbook) return { bytes: written, lost: [], drawings: [] };

  const drawings = await carryDrawings(source, sourceTypes, sourceWorkbook, target, targetWorkbook);
  await carryCustomProperties(source, sourceTypes, target);
  await carryCustomXml(source, sourceTypes, sourceWorkbook, target, targetWorkbook);
  await mergeDefinedNames(source, sourceWorkbook, zip, targetWorkbook);
  writeContentTypes(zip, target.types);

  const had = kindsIn(source, sourceTypes);
  const has = kindsIn(zip, target.types);
  const lost = [...had].filter((kind) => !has.has(kind));
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, lost, drawings };
}
