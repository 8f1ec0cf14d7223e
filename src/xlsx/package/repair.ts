import type * as ExcelJS from "exceljs";
import type JSZip from "jszip";
import { folderOf, readRels, resolvePart, sheetsOf, unescapeXml, workbookPartOf } from "./parts";

/** Excel's own note margins, in centimetres as ExcelJS keeps them. */
const NOTE_INSET = [0.13, 0.13, 0.25, 0.25];

interface NoteModel {
  margins?: { insetmode?: string; inset?: unknown };
}

/**
 * Notes saved by LibreOffice carry no text-box inset; ExcelJS reads that as [NaN] and writes it back as
 * «inset="NaNmm,…"», which Excel rejects. Such notes get Excel's default margins.
 */
export function repairNotes(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note as unknown;
        if (!note || typeof note !== "object") return;
        const { margins } = note as NoteModel;
        const inset = margins?.inset;
        const fine = Array.isArray(inset) && inset.length === 4 && inset.every((n) => Number.isFinite(n));
        if (margins && !fine) {
          cell.note = {
            ...(note as ExcelJS.Comment),
            margins: { insetmode: margins.insetmode === "custom" ? "custom" : "auto", inset: NOTE_INSET },
          } as ExcelJS.Comment;
        }
      }),
    );
  }
}

const COMMENTS = /\/comments$/;

/**
 * ExcelJS attaches a note only to a cell the sheet's data holds: a note on an empty cell (a remark below a table)
 * is in the file but not in the model, and the next save drops it. Such notes are put back on their cells, as text.
 */
export async function restoreEmptyCellNotes(workbook: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  const book = await workbookPartOf(zip);
  if (!book) return;
  for (const { name, part } of await sheetsOf(zip, book)) {
    const sheet = workbook.getWorksheet(name);
    const rel = (await readRels(zip, part)).find((r) => COMMENTS.test(r.type) && !r.external);
    const xml = rel ? await zip.file(resolvePart(folderOf(part), rel.target))?.async("string") : undefined;
    if (!sheet || !xml) continue;
    for (const [, ref, body] of xml.matchAll(
      /<(?:\w+:)?comment\b[^>]*\bref="([A-Z]{1,3}\d+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g,
    )) {
      const cell = sheet.getCell(ref);
      if (cell.note) continue;
      const text = [...body.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
        .map(([, t]) => unescapeXml(t))
        .join("");
      if (text) cell.note = text;
    }
  }
}
