import { importTexts as t } from "../../../base/i18n/import";
import type { SourceBands } from "../../../base/model/results";
import { findCol, findRow, numberOf, spreadRight, textOf, yearIn } from "../cells";
import type { ParsedResult, ResultLevel, SourceUnit } from "../model";
import { normalise } from "../normalise";
import { canonicalSubject } from "../subjects";
import { BrokenRow, Layout, Rows, strictNumber } from "./common";

type Metric = "participants" | "belowMinimum" | "high" | "hundred" | "average";

function metricOf(label: string): Metric | undefined {
  if (label.startsWith("приняло участие") || label.startsWith("участвовал")) return "participants";
  if (label.includes("не преодолен")) return "belowMinimum";
  if (label.includes("высокобалльн") || /\d+\s*[-–]\s*\d+\s*балл/.test(label)) return "high";
  if (label.includes("100 балл")) return "hundred";
  if (label.startsWith("средний балл")) return "average";
  return undefined;
}

interface SubjectColumns {
  readonly subject: string;
  readonly cols: Partial<Record<Metric, number>>;
  highLabel?: string;
}

/** A row of column numbers under the header: 1, 2, 3 … */
const isNumbering = (row: readonly unknown[]) => {
  const numbers = row.map((cell) => numberOf(cell as never)).filter((n): n is number => n !== undefined);
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
};

/**
 * The region's per-school ЕГЭ statistics: a three-row merged header (organisation columns; subjects
 * «Русский язык, чел.»; per subject «приняло участие | не преодолен min порог | высокобалльники (80-99
 * баллов) | получили 100 баллов | средний балл»), a row of column numbers, «ВСЕГО по региону»,
 * municipalities with subtotals and their schools below — or the municipality on every row and
 * «Итого по …» at the bottom. The file's high band is kept as the file names it.
 */
export const regionalEge: Layout = {
  id: "regionalEge",
  find: (rows) =>
    findRow(
      rows,
      (cells) =>
        cells.some((c) => c.startsWith("муниципальное образование")) &&
        cells.some((c) => c.startsWith("образовательная организация")),
    ),
  read(rows: Rows, headerRow: number) {
    const year = rows
      .slice(0, headerRow)
      .flatMap((row) => row.map(textOf))
      .filter((text) => /егэ|результат/i.test(text))
      .map((text) => yearIn(text))
      .find((found) => found !== undefined);
    if (!year) throw new BrokenRow(0, t.noYear);
    const top = rows[headerRow].map(normalise);
    const width = Math.max(...rows.slice(headerRow, headerRow + 3).map((row) => row.length));
    const subjects = spreadRight((rows[headerRow + 1] ?? []).map(textOf), width);
    const metrics = (rows[headerRow + 2] ?? []).map(normalise);
    const muniCol = findCol(top, (c) => c.startsWith("муниципальное образование"));
    const schoolCol = findCol(top, (c) => c.startsWith("образовательная организация"));
    const bySubject = new Map<string, SubjectColumns>();
    for (let c = 0; c < width; c++) {
      const metric = metricOf(metrics[c] ?? "");
      const subject = subjects[c];
      if (!metric || !subject) continue;
      const name = canonicalSubject(subject);
      const entry = bySubject.get(name) ?? { subject: name, cols: {} };
      entry.cols[metric] = c;
      if (metric === "high") {
        const range = /(\d+)\s*[-–]\s*(\d+)/.exec(metrics[c]);
        entry.highLabel = range ? `${range[1]}–${range[2]}` : textOf(rows[headerRow + 2][c]);
      }
      bySubject.set(name, entry);
    }

    const results: ParsedResult[] = [];
    let municipality = "";
    let skipped = 0;
    for (let r = headerRow + 3; r < rows.length; r++) {
      const line = rows[r];
      if (isNumbering(line)) continue;
      const muni = textOf(line[muniCol]);
      const school = textOf(line[schoolCol]);
      const label = normalise(muni || school);
      let level: ResultLevel;
      let unit: SourceUnit;
      if (label.startsWith("всего по региону") || label.startsWith("итого по региону") || label === "всего") {
        level = "region";
        unit = { name: t.regionTotal };
      } else if (label.startsWith("итого по") || label.startsWith("всего по")) {
        level = "municipality";
        unit = { name: (muni || school).replace(/^\s*(итого|всего)\s+по\s+/i, "") };
      } else if (muni && !school) {
        municipality = muni;
        level = "municipality";
        unit = { name: muni };
      } else if (school) {
        if (muni) municipality = muni;
        level = "school";
        unit = { name: school, ...(municipality && { municipality }) };
      } else continue;
      let any = false;
      for (const entry of bySubject.values()) {
        const value = (metric: Metric) =>
          entry.cols[metric] === undefined ? undefined : strictNumber(line[entry.cols[metric]], r, entry.subject);
        const participants = value("participants");
        if (participants === undefined || participants === 0) continue;
        any = true;
        const below = value("belowMinimum");
        const high = value("high");
        const hundred = value("hundred");
        const average = value("average");
        const sourceBands: SourceBands = {
          ...(below !== undefined && { belowMinimum: below }),
          ...(high !== undefined && { high, highLabel: entry.highLabel }),
          ...(hundred !== undefined && { hundred }),
        };
        results.push({
          level,
          unit,
          procedure: "ЕГЭ",
          subject: entry.subject,
          grade: "11",
          year,
          participants,
          ...(Object.keys(sourceBands).length > 0 && { sourceBands }),
          ...(average !== undefined && { averageScore: average }),
        });
      }
      if (!any) skipped += 1;
    }
    return { results, notices: skipped > 0 ? [t.skippedRows(skipped)] : [] };
  },
};
