import { tulaTables } from "../fixtures/tulaTables";
import { ru } from "../../src/core/base/i18n/ru";
import { isPossiblePercent, sumMismatch } from "../fixtures/tableChecks";

/** The source documents' own arithmetic, read as data: the checks catch what is wrong in it, and only that. */

const table = (id: string) => {
  const found = tulaTables.find((t) => t.id === id);
  if (!found) throw new Error(`no Tula table ${id}`);
  return found;
};
const numberAt = (values: readonly (number | string | null)[], index: number): number => {
  const value = values[index];
  if (typeof value !== "number") throw new Error(`not a number: ${String(value)}`);
  return value;
};
/** One column of a table's rows, the «ИТОГО» row apart. */
function columnWithTotal(id: string, column: number, isTotal: (label: string) => boolean) {
  const { rows } = table(id);
  return {
    parts: rows.filter((row) => !isTotal(row.label)).map((row) => numberAt(row.values, column)),
    total: numberAt(rows.find((row) => isTotal(row.label))!.values, column),
  };
}
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("sumMismatch on the Tula tables", () => {
  test("2.7.1: the profile classes add up to 233 while «ИТОГО» says 228", () => {
    const { parts, total } = columnWithTotal("2.7.1", 0, (label) => label.startsWith("ИТОГО"));
    expect(parts).toEqual([49, 32, 20, 38, 94]);
    const mismatch = sumMismatch(parts, total);
    expect(mismatch).toEqual({ sum: 233, total: 228 });
    expect(plain(ru.validation.sumMismatch(mismatch!.total, mismatch!.sum))).toBe(
      "Сумма строк 233 не равна итогу 228 (разница 5).",
    );
  });

  test("2.7.1: the pupils do add up (4759); the schools column is not additive and is not checked", () => {
    // A school teaching several profiles is counted in each of their rows: 20 + 18 + 13 + 20 + 47 = 118 ≠ 62 is no error.
    const { parts, total } = columnWithTotal("2.7.1", 1, (label) => label.startsWith("ИТОГО"));
    expect(sumMismatch(parts, total)).toBeUndefined();
    expect(total).toBe(4759);
  });

  test("totals that are right stay silent: 2.4.1 «Всего человеко-экзаменов» and 2.12.1 «ИТОГО», every year", () => {
    for (const column of [0, 1, 2]) {
      const exams = columnWithTotal("2.4.1", column, (label) => label.startsWith("Всего"));
      expect(sumMismatch(exams.parts, exams.total)).toBeUndefined();
      const rows = table("2.12.1").rows;
      for (const kind of ["объединений", "человек"]) {
        const parts = rows.filter((row) => row.label.endsWith(` / ${kind}`)).map((row) => numberAt(row.values, column));
        const total = numberAt(rows.find((row) => row.label === `ИТОГО / ${kind.toUpperCase()}`)!.values, column);
        expect(parts).toHaveLength(6);
        expect(sumMismatch(parts, total)).toBeUndefined();
      }
    }
  });
});

describe("isPossiblePercent on the Tula tables", () => {
  test("2.3.1: every printed percentage comes from a whole count of the 3800 who wrote the work", () => {
    const [written, below, success, enough, quality] = table("2.3.1").rows[0].values as number[];
    expect(written).toBe(3800);
    expect(isPossiblePercent(success, written)).toBe(true); // 96,4 % = 3662 of 3800
    expect(isPossiblePercent(quality, written)).toBe(true); // 74,2 % = (1125 + 1694) of 3800
    expect(isPossiblePercent(3.6, written)).toBe(true); // «ниже достаточного уровня – 138 … 3,6 %»
    expect(enough + below).toBe(written);
  });

  test("2.6.1: chemistry's 95,6 % and 75,4 % of 312 pupils can come from no whole count", () => {
    // 298 of 312 is 95,5 % and 299 is 95,8 %; 235 of 312 is 75,3 % and 236 is 75,6 %: a typo in a share or in 312.
    const chemistry = table("2.6.1").rows.find((row) => row.label === "Химия")!;
    const [pupils, done, quality] = chemistry.values as number[];
    expect([pupils, done, quality]).toEqual([312, 95.6, 75.4]);
    expect(isPossiblePercent(done, pupils)).toBe(false);
    expect(isPossiblePercent(quality, pupils)).toBe(false);
    expect(plain(ru.validation.impossiblePercent(done, pupils))).toBe(
      "95,6 % от 312 не получается ни при каком целом числе: проверьте долю или итог.",
    );
  });

  test("2.6.1: chemistry is the only subject whose percentages are impossible", () => {
    const impossible = table("2.6.1").rows.flatMap((row) => {
      const [pupils, done, quality] = row.values as number[];
      return [done, quality].filter((percent) => !isPossiblePercent(percent, pupils)).map(() => row.label);
    });
    expect(impossible).toEqual(["Химия", "Химия"]);
  });

  test("the conclusions' percentages of stated totals are possible: 46,8 % of 62 schools, 5,9 % and 0,6 % of 4665", () => {
    expect(isPossiblePercent(46.8, 62)).toBe(true); // 29 single-profile schools
    const participants = numberAt(table("2.4.1").rows.find((row) => row.label === "Русский язык")!.values, 1);
    expect(participants).toBe(4665);
    expect(isPossiblePercent(5.9, participants)).toBe(true); // 277 with the highest Russian score
    expect(isPossiblePercent(0.6, participants)).toBe(true); // 29 with the highest mathematics score
  });

  test("edges: no pupils, a precision of whole percents, 41,0 % of 12", () => {
    expect(isPossiblePercent(0, 0)).toBe(true);
    expect(isPossiblePercent(50, 0)).toBe(false);
    expect(isPossiblePercent(41, 12)).toBe(false); // 5 of 12 is 41,7 %
    expect(isPossiblePercent(42, 12, 0)).toBe(true);
    expect(isPossiblePercent(100, 7)).toBe(true);
    expect(isPossiblePercent(14.3, 7)).toBe(true);
    expect(isPossiblePercent(14.2, 7)).toBe(false);
  });
});
