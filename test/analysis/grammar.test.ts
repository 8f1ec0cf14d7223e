import { stepOf, trendUnder } from "../../src/core/features/analysis/significance";
import { DEFAULT_SIGNIFICANCE } from "../../src/core/base/model/results";
import { formatDeadline, formatLongDate, formatShortDate } from "../../src/core/base/text/date";
import { formatNumber, formatPoints, formatSigned, pluralShown } from "../../src/core/base/text/format";
import { closesClause, inSentence, partOfWhole } from "../../src/core/base/text/grammar";
import { deadlineAfter } from "../../src/core/features/analysis/addressed";

const INDICATORS = {
  genitive: ["показателя", "показателей", "показателей"],
  dative: ["показателю", "показателям", "показателям"],
} as const;
const BALL = ["балл", "балла", "баллов"] as const;

describe("Russian at the source", () => {
  test("a true minus in every signed number", () => {
    expect(formatSigned(-2.3)).toBe("\u22122,3");
    expect(formatPoints(-2.34)).toBe("\u22122,3\u00a0п.п.");
    expect(formatNumber(-1500, 0).replace(/\s/g, " ")).toBe("\u22121 500");
    expect(formatSigned(0)).toBe("0,0");
  });

  test("decimal fractions take the genitive singular: «4,2 балла», «71,7 балла», «5,0 балла»", () => {
    expect(pluralShown(4.2, 1, BALL)).toBe("балла");
    expect(pluralShown(71.7, 1, BALL)).toBe("балла");
    expect(pluralShown(5, 1, BALL)).toBe("балла");
    expect(pluralShown(5, 0, BALL)).toBe("баллов");
    expect(pluralShown(21, 0, BALL)).toBe("балл");
  });

  test("«по всем 31 показателю», «по 12 из 31 показателя», «по 3 из 5 показателей»", () => {
    const plain = (n: number) => String(n);
    expect(partOfWhole(31, 31, INDICATORS, plain)).toBe("по всем 31\u00a0показателю");
    expect(partOfWhole(12, 31, INDICATORS, plain)).toBe("по 12 из 31\u00a0показателя");
    expect(partOfWhole(3, 5, INDICATORS, plain)).toBe("по 3 из 5\u00a0показателей");
    expect(partOfWhole(5, 5, INDICATORS, plain)).toBe("по всем 5\u00a0показателям");
  });

  test("participial and «в отношении которых» clauses are closed by a comma before the verb", () => {
    expect(closesClause("Доля педагогов, в отношении которых проводилась оценка")).toBe(
      "Доля педагогов, в отношении которых проводилась оценка,",
    );
    expect(closesClause("Доля обучающихся, получивших «2»")).toBe("Доля обучающихся, получивших «2»,");
    expect(closesClause("Доля участников ОГЭ")).toBe("Доля участников ОГЭ");
  });

  test("dates as a document prints them, deadlines computed from the period", () => {
    expect(formatLongDate({ year: 2025, month: 10, day: 1 })).toBe("1\u00a0октября\u00a02025\u00a0г.");
    expect(formatDeadline(deadlineAfter("2024/2025", 1))).toBe("до 1\u00a0октября\u00a02025\u00a0г.");
    expect(formatShortDate(deadlineAfter("2024/2025", 6))).toBe("01.03.2026");
    expect(formatShortDate(deadlineAfter("2024", 1))).toBe("01.02.2025");
  });
});

describe("one significance rule, in the indicator's unit", () => {
  test("shares move in п.п.: more than 1 п.п. counts, as shown to one decimal", () => {
    expect(stepOf("points", 40, 41).sign).toBe(0);
    expect(stepOf("points", 40, 41.1).sign).toBe(1);
    expect(stepOf("points", 40.04, 38.96).sign).toBe(0);
    expect(stepOf("points", 40.04, 38.94).sign).toBe(-1);
  });

  test("counts need a relative and an absolute change: 2 → 3 children is no trend, 730 → 940 is", () => {
    expect(stepOf("count", 2, 3).sign).toBe(0);
    expect(stepOf("count", 2, 4).sign).toBe(0);
    expect(stepOf("count", 20, 23).sign).toBe(1);
    expect(stepOf("count", 100, 105).sign).toBe(0);
    expect(stepOf("count", 730, 940).sign).toBe(1);
    expect(stepOf("count", 0, 3).sign).toBe(1);
  });

  test("scores move in points: an index from 3,9 to 2,5 falls", () => {
    expect(stepOf("score", 3.9, 2.5).sign).toBe(-1);
    expect(stepOf("score", 4.2, 4.24).sign).toBe(0);
  });

  test("trend and assessment agree: 2 → 2 → 3 is stable, 33 → 50 → 33 unstable, small steps adding up are a trend", () => {
    expect(trendUnder("count", [2, 2, 3])).toBe("stable");
    expect(trendUnder("points", [33, 50, 33])).toBe("unstable");
    expect(trendUnder("points", [40, 40.8, 41.6])).toBe("rise");
    expect(trendUnder("count", [730, 940, 1000], DEFAULT_SIGNIFICANCE)).toBe("rise");
  });
});

describe("inSentence", () => {
  test("lower-cases a word inside a sentence, never an abbreviation", () => {
    expect(inSentence("Риск низких результатов")).toBe("риск низких результатов");
    expect(inSentence("Математика")).toBe("математика");
    expect(inSentence("ОБЖ")).toBe("ОБЖ");
    expect(inSentence("ВПР, 4 класс")).toBe("ВПР, 4 класс");
    expect(inSentence("Я")).toBe("Я");
    expect(inSentence("")).toBe("");
  });
});
