import { importTexts as t } from "../../../base/i18n/import";
import { countsFromPercentages, findCol, findRow, textOf } from "../cells";
import type { ParsedResult } from "../model";
import { BrokenRow, GroupReader, Layout, readPreamble, Rows, strictNumber } from "./common";

const MARKS = ["5", "4", "3", "2"] as const;

/**
 * ФИС ОКО «Статистика по отметкам»: «Группы участников | Кол-во ОО | Кол-во участников | 2 | 3 | 4 | 5»,
 * rows for Russia, the region, the municipality and schools; the marks in percent, turned into counts.
 */
export const fisStatistics: Layout = {
  id: "fisStatistics",
  find: (rows) =>
    findRow(
      rows,
      (cells) =>
        cells.some((c) => c.startsWith("группы участников")) &&
        cells.some((c) => c.startsWith("кол-во участников")) &&
        MARKS.every((mark) => cells.includes(mark)) &&
        !cells.some((c) => c.includes("понизили")),
    ),
  read(rows: Rows, headerRow: number) {
    const preamble = readPreamble(rows, headerRow);
    const header = rows[headerRow].map((cell) => textOf(cell).toLowerCase());
    const nameCol = findCol(header, (c) => c.startsWith("группы участников"));
    const peopleCol = findCol(header, (c) => c.startsWith("кол-во участников"));
    const markCols = MARKS.map((mark) => header.indexOf(mark));
    const groups = new GroupReader();
    const results: ParsedResult[] = [];
    let fromPercent = 0;
    let skipped = 0;
    for (let r = headerRow + 1; r < rows.length; r++) {
      const line = rows[r];
      const name = textOf(line[nameCol]);
      const participants = strictNumber(line[peopleCol], r, textOf(rows[headerRow][peopleCol]));
      const values = markCols.map((col, i) => strictNumber(line[col], r, MARKS[i]));
      if (!name || participants === undefined) {
        if (name || values.some((v) => v !== undefined)) skipped += 1;
        continue;
      }
      const { level, unit } = groups.classify(name);
      const given = values.every((v) => v !== undefined) ? (values as number[]) : undefined;
      let counts: number[] | undefined;
      let percent = false;
      if (given) {
        const sum = given.reduce((a, b) => a + b, 0);
        const whole = given.every(Number.isInteger);
        if (whole && sum === participants) counts = given;
        else if (sum >= 99 && sum <= 101) {
          counts = countsFromPercentages(given, participants);
          percent = true;
        } else throw new BrokenRow(r, `сумма отметок (${sum}) не равна ни числу участников, ни 100 %`);
      }
      if (percent) fromPercent += 1;
      results.push({
        level,
        unit,
        procedure: preamble.procedure,
        subject: preamble.subject,
        grade: preamble.grade,
        year: preamble.year,
        participants,
        ...(counts && { distribution: { kind: "marks", n5: counts[0], n4: counts[1], n3: counts[2], n2: counts[3] } }),
        ...(percent && { fromPercentages: true }),
      });
    }
    const notices: string[] = [];
    if (fromPercent > 0) notices.push(t.fromPercentages(fromPercent));
    if (skipped > 0) notices.push(t.skippedRows(skipped));
    return { results, notices };
  },
};
