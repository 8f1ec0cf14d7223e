import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { ratingLines, TULA_RATING } from "../../src/core/features/rating/rubric";
import { ruleMaximum } from "../../src/core/features/rating/score";
import { normaliseWhitespace, occursInSeed, readSeed } from "../helpers/seeds";

const rubric = TULA_RATING;
const seedLines = readSeed(rubric.document).split("\n");
const atLine = (line: number, phrase: string) =>
  normaliseWhitespace(seedLines[line - 1] ?? "").includes(normaliseWhitespace(phrase));

describe("the Tula director-rating rubric (program 4.2)", () => {
  test("its section and list headings stand where it says", () => {
    expect(seedLines[rubric.line - 1]).toContain("4.2 Система мониторинга эффективности руководителей");
    expect(seedLines[rubric.listLine - 1]).toContain("Показатели (индикаторы качества)");
  });

  test("has the source's 11 groups and 36 items, each verbatim at its line", () => {
    expect(rubric.groups).toHaveLength(11);
    expect(rubric.items).toHaveLength(36);
    rubric.groups.forEach((group, index) => {
      expect(group.number).toBe(index + 1);
      expect(atLine(group.line, `${group.number}. ${group.text}`)).toBe(true);
    });
    for (const item of rubric.items) {
      expect({ code: item.code, found: occursInSeed(rubric.document, item.text) }).toEqual({
        code: item.code,
        found: true,
      });
      expect({ code: item.code, atLine: atLine(item.line, item.text) }).toEqual({ code: item.code, atLine: true });
      const group = rubric.groups.find((g) => g.number === item.group);
      expect(group && group.line < item.line).toBe(true);
    }
  });

  test("every rule fragment occurs in its item's text, hence in the seed", () => {
    for (const item of rubric.items) {
      for (const line of item.lines) {
        for (const words of line.verbatim) {
          expect({ line: line.code, words, inItem: normaliseWhitespace(item.text).includes(words) }).toMatchObject({
            inItem: true,
          });
          expect(occursInSeed(rubric.document, words)).toBe(true);
        }
        if (line.rule.kind !== "none") expect(line.verbatim.length).toBeGreaterThan(0);
      }
    }
  });

  test("items carry the codes of the catalog's 4.2 indicators, in the same order", () => {
    const catalog = indicatorsOf(findFramework("tula")!)
      .filter((indicator) => indicator.code.startsWith("TUL.4.2."))
      .map((indicator) => indicator.code);
    expect(rubric.items.map((item) => item.code)).toEqual(catalog);
  });

  test("line codes are unique: the item's code, or <item>.<n> for split items", () => {
    const codes = ratingLines(rubric).map((line) => line.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of rubric.items) {
      const expected =
        item.lines.length === 1 ? [item.code] : item.lines.map((_, index) => `${item.code}.${index + 1}`);
      expect(item.lines.map((line) => line.code)).toEqual(expected);
    }
  });

  test("maxima follow from the rules, and the maximum total is the sum of the item maxima", () => {
    for (const line of ratingLines(rubric)) {
      expect({ code: line.code, max: line.maxPoints }).toEqual({ code: line.code, max: ruleMaximum(line) });
    }
    for (const item of rubric.items) {
      const maxima = item.lines.map((line) => line.maxPoints);
      const sum = maxima.some((max) => max === undefined)
        ? undefined
        : maxima.reduce<number>((a, b) => a + (b ?? 0), 0);
      expect({ code: item.code, max: item.maxPoints }).toEqual({ code: item.code, max: sum });
    }
    const bounded = rubric.items.filter((item) => item.maxPoints !== undefined);
    expect(rubric.maxTotal).toBe(bounded.reduce((total, item) => total + (item.maxPoints ?? 0), 0));
    expect(rubric.maxTotal).toBe(87);
    expect(rubric.openItems).toEqual(
      rubric.items.filter((item) => item.maxPoints === undefined).map((item) => item.code),
    );
  });

  test("the source names no bands, so the bands are defaults: 70 % and 40 % of the maximum total", () => {
    const section = seedLines
      .slice(rubric.line - 1, 1497)
      .join("\n")
      .toLowerCase();
    for (const word of ["высокий уровень", "средний уровень", "низкий уровень", "итого"]) {
      expect(section).not.toContain(word);
    }
    expect(rubric.bandsSource).toBe("default");
    expect(rubric.bands.map((band) => band.id)).toEqual(["high", "medium", "low"]);
    expect(rubric.bands[0].min).toBe(Math.ceil(0.7 * rubric.maxTotal));
    expect(rubric.bands[1].min).toBe(Math.ceil(0.4 * rubric.maxTotal));
    expect(rubric.bands[2].min).toBeUndefined();
  });
});
