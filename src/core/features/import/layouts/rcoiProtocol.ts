import { importTexts as t } from "../../../base/i18n/import";
import { findCol, findRow, gradeIn, textOf } from "../cells";
import { normalise } from "../normalise";
import { canonicalSubject, EGE_MINIMUM } from "../subjects";
import { SchoolTally, Tallies } from "./aggregate";
import { Layout, Rows, strictNumber } from "./common";

const BLOCK = /^\s*\d+\s*-\s*(.+?)\s+(20\d\d)[.\-/]\d\d[.\-/]\d\d\s*$/;

const isHeader = (cells: readonly string[]) =>
  cells.includes("код оо") &&
  cells.includes("первичный балл") &&
  (cells.includes("оценка") || cells.includes("тестовый балл"));

/**
 * РЦОИ «Протокол проверки результатов» ОГЭ / ЕГЭ: blocks «12 - Обществознание 2026.07.03», each with the
 * header «№ | Код ОО | Класс | … | Первичный балл | Оценка» (ЕГЭ: «Тестовый балл») and closed by «Средние».
 * Aggregated per school and subject while reading; surnames, names and other personal columns are
 * never read.
 */
export const rcoiProtocol: Layout = {
  id: "rcoiProtocol",
  find: (rows) => findRow(rows, isHeader),
  read(rows: Rows, headerRow: number) {
    const tallies = new Tallies();
    const notices = new Set<string>();
    let block: { subject: string; year: number } | undefined;
    let cols:
      | { code: number; grade: number; msu: number; primary: number; mark: number; score: number; number: number }
      | undefined;
    for (let r = 0; r < rows.length; r++) {
      const line = rows[r];
      // A pupil's row: a number under «№» — read without normalising every cell.
      const quick = cols && block && cols.number >= 0 && typeof line[cols.number] === "number";
      const texts = quick ? [] : line.map(textOf);
      const title = quick ? undefined : texts.map((text) => BLOCK.exec(text)).find(Boolean);
      if (title) {
        block = { subject: canonicalSubject(title[1]), year: Number(title[2]) };
        continue;
      }
      const cells = quick ? [] : texts.map(normalise);
      if (!quick && isHeader(cells)) {
        const col = (name: string) => findCol(cells, (c) => c === name);
        cols = {
          number: col("№"),
          code: col("код оо"),
          grade: col("класс"),
          msu: col("код мсу"),
          primary: col("первичный балл"),
          mark: col("оценка"),
          score: col("тестовый балл"),
        };
        continue;
      }
      if (!cols || !block || r < headerRow) continue;
      const code = textOf(line[cols.code]);
      if (!code || (!quick && cells.some((c) => c.startsWith("средн")))) continue;
      if (cols.number >= 0 && strictNumber(line[cols.number], r, "№") === undefined) continue;
      const grade = gradeIn(line[cols.grade]);
      const procedure = cols.score >= 0 || grade === "11" ? "ЕГЭ" : "ОГЭ";
      const current = block;
      const msu = cols.msu >= 0 ? textOf(line[cols.msu]) : "";
      const key = `${code}\u0000${current.subject}\u0000${procedure}`;
      const tally = tallies.get(
        key,
        () =>
          new SchoolTally(
            { name: "", code, ...(msu && { municipalityCode: msu }) },
            procedure,
            current.subject,
            procedure === "ЕГЭ" ? "11" : "9",
            current.year,
          ),
      );
      tally.participants += 1;
      tally.addPrimary(strictNumber(line[cols.primary], r, "Первичный балл"));
      if (cols.score >= 0) {
        const minimum = EGE_MINIMUM[current.subject];
        if (minimum === undefined) notices.add(t.unknownMinimum(current.subject));
        tally.addScore(strictNumber(line[cols.score], r, "Тестовый балл"), minimum);
      } else if (cols.mark >= 0) tally.addMark(strictNumber(line[cols.mark], r, "Оценка"));
    }
    const results = tallies.all().map((tally) => tally.result(EGE_MINIMUM[tally.subject] !== undefined));
    return { results, notices: [...notices] };
  },
};
