import type { SourceTable } from "./appendix";

/**
 * Text copied from a Word table and pasted: cells separated by tabs, rows by line breaks. A line
 * without a tab inside the table is a row merged across (a system or criterion heading); lines
 * before the first tabbed line are the caption. A blank line after a table ends it.
 */
export function tablesOfPastedText(text: string): SourceTable[] {
  const tables: SourceTable[] = [];
  let rows: string[][] = [];
  let caption = "";
  let blankRun = 0;
  const finish = () => {
    if (rows.some((row) => row.length > 1)) tables.push({ ...(caption && { caption }), rows });
    rows = [];
    caption = "";
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\u00a0/g, " ");
    if (line.trim() === "") {
      blankRun++;
      if (blankRun >= 2 && rows.length > 0) finish();
      continue;
    }
    blankRun = 0;
    const cells = line.split("\t").map((cell) => cell.trim());
    if (cells.length === 1 && !rows.some((row) => row.length > 1)) {
      caption = cells[0];
      rows = [];
      continue;
    }
    rows.push(cells);
  }
  finish();
  return tables;
}
