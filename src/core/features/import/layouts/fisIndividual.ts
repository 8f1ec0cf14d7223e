import { findCol, findRow, gradeIn, splitLogin, textOf } from "../cells";
import { normalise } from "../normalise";
import { Layout, readPreamble, strictNumber } from "./common";
import { SchoolTally, Tallies } from "./aggregate";
import type { SourceUnit } from "../model";

/**
 * ФИС ОКО «Индивидуальные результаты»: a row per pupil under «Название ОО(edu…) | Кол-во участников: N»
 * group rows. Aggregated per school and class while reading: the distribution of «Отметка» (a missing
 * mark is left out, not counted as «2»), понизили / подтвердили / повысили against «Отметка по журналу»,
 * the average primary score. Nothing per pupil is kept.
 */
export const fisIndividual: Layout = {
  id: "fisIndividual",
  find: (rows) =>
    findRow(rows, (cells) => cells.includes("код участника") && cells.some((c) => c.startsWith("отметка по журналу"))),
  read(rows, headerRow) {
    const preamble = readPreamble(rows, headerRow);
    const header = rows[headerRow].map(normalise);
    const col = (test: (c: string) => boolean) => findCol(header, test);
    const loginCol = col((c) => c === "оо" || c === "логин оо");
    const nameCol = col((c) => c === "название оо");
    const codeCol = col((c) => c === "код участника");
    const gradeCol = col((c) => c === "класс");
    const primaryCol = col((c) => c === "первичный балл");
    const markCol = col((c) => c === "отметка");
    const journalCol = col((c) => c.startsWith("отметка по журналу"));
    const tallies = new Tallies();
    let group: SourceUnit | undefined;
    for (let r = headerRow + 1; r < rows.length; r++) {
      const line = rows[r];
      const texts = line.map(textOf);
      const groupCell = texts.findIndex((text) => /\(\s*edu\d+\s*\)\s*$/i.test(text));
      if (groupCell >= 0 && texts.some((text) => /кол-во участников/i.test(text))) {
        const { name, login } = splitLogin(texts[groupCell]);
        group = { name, ...(login && { login }) };
        continue;
      }
      if (!texts[codeCol]) continue;
      const ownLogin = loginCol >= 0 ? /^edu\d+$/i.exec(texts[loginCol])?.[0]?.toLowerCase() : undefined;
      const unit: SourceUnit | undefined =
        ownLogin || (nameCol >= 0 && texts[nameCol])
          ? {
              name: nameCol >= 0 && texts[nameCol] ? texts[nameCol] : (group?.name ?? ""),
              ...((ownLogin ?? group?.login) && { login: ownLogin ?? group?.login }),
            }
          : group;
      if (!unit) continue;
      const grade = gradeIn(texts[gradeCol]) || preamble.grade;
      const key = `${unit.login ?? unit.name}\u0000${grade}`;
      const tally = tallies.get(
        key,
        () => new SchoolTally(unit, preamble.procedure, preamble.subject, grade, preamble.year),
      );
      tally.participants += 1;
      tally.addMark(
        strictNumber(line[markCol], r, "Отметка"),
        journalCol >= 0 ? strictNumber(line[journalCol], r, "Отметка по журналу") : undefined,
      );
      if (primaryCol >= 0) tally.addPrimary(strictNumber(line[primaryCol], r, "Первичный балл"));
    }
    return { results: tallies.all().map((tally) => tally.result(false)), notices: [] };
  },
};
