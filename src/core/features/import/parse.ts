import { importTexts as t } from "../../base/i18n/import";
import { textOf } from "./cells";
import { BrokenRow, Layout } from "./layouts/common";
import { fisComparison } from "./layouts/fisComparison";
import { fisIndividual } from "./layouts/fisIndividual";
import { fisStatistics } from "./layouts/fisStatistics";
import { nonObjectivity } from "./layouts/nonObjectivity";
import { rcoiProtocol } from "./layouts/rcoiProtocol";
import { regionalEge } from "./layouts/regionalEge";
import type { NonObjectivityEntry, ParsedResult, ParseOutcome, SourceFile } from "./model";

const HEADER_SEARCH_ROWS = 200;

/** Every layout, most specific first: the first whose header a sheet holds reads it. */
export const LAYOUT_READERS: readonly Layout[] = [
  fisIndividual,
  fisComparison,
  fisStatistics,
  rcoiProtocol,
  regionalEge,
  nonObjectivity,
];

/**
 * Reads a received file: each sheet by the first layout whose header it holds (by header text, never
 * position or file name). Sheets of no known layout are skipped with a notice; a file with none, or
 * one that breaks halfway, is refused whole.
 */
export function parseSourceFile(file: SourceFile): ParseOutcome {
  if (file.sheets.every((sheet) => sheet.rows.every((row) => row.every((cell) => textOf(cell) === ""))))
    return { refused: true, reason: t.empty(file.name) };
  const results: ParsedResult[] = [];
  const lists: NonObjectivityEntry[] = [];
  const notices: string[] = [];
  const skipped: string[] = [];
  let layout: Layout | undefined;
  for (const sheet of file.sheets) {
    // Headers stand near the top: looking further only costs time on a 40 000-row protocol.
    const top = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
    const found = LAYOUT_READERS.map((reader) => ({ reader, row: reader.find(top) })).find(({ row }) => row >= 0);
    if (!found) {
      if (sheet.rows.some((row) => row.some((cell) => textOf(cell) !== ""))) skipped.push(sheet.name);
      continue;
    }
    try {
      const read = found.reader.read(sheet.rows, found.row);
      results.push(...read.results);
      lists.push(...(read.nonObjectivity ?? []));
      notices.push(...read.notices);
      layout ??= found.reader;
    } catch (error) {
      if (error instanceof BrokenRow)
        return { refused: true, reason: t.brokeAt(file.name, sheet.name, error.row + 1, error.what) };
      throw error;
    }
  }
  if (!layout) {
    const known = LAYOUT_READERS.map((reader) => `${t.layouts[reader.id]} — ${t.lookedFor[reader.id]}`).join("; ");
    return { refused: true, reason: t.unknownLayout(file.name, known) };
  }
  return {
    layout: layout.id,
    results,
    ...(layout.id === "nonObjectivity" && { nonObjectivity: lists }),
    notices: [...skipped.map(t.skippedSheet), ...notices],
  };
}
