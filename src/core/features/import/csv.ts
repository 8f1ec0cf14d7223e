import type { GridCell, SourceFile } from "./model";

/** The same tables exported as CSV, «;», «,» or tab between cells (the shell decodes UTF-8 or Windows-1251). */

/** The separator: whichever of «;», «,» and tab splits the first lines into more cells, outside quotes. */
function separatorOf(text: string): string {
  const sample = text.split(/\r\n|\n|\r/).slice(0, 20);
  const count = (sep: string) =>
    sample.reduce((total, line) => total + line.replace(/"[^"]*"/g, "").split(sep).length - 1, 0);
  return [";", "\t", ","].reduce((best, sep) => (count(sep) > count(best) ? sep : best), ";");
}

/** Rows of cells; quoted cells may hold separators, doubled quotes and line breaks. Every cell is text (or null). */
export function parseCsv(text: string): GridCell[][] {
  const sep = separatorOf(text);
  const rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell === "" ? null : cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === sep) endCell();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** A CSV file's text (decoded by the shell) as a source file of one sheet. */
export function csvSourceFile(name: string, text: string): SourceFile {
  return { name, sheets: [{ name: name.replace(/\.[^.]+$/, ""), rows: parseCsv(text.replace(/^\uFEFF/, "")) }] };
}
