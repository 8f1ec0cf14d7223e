import type * as ExcelJS from "exceljs";

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
