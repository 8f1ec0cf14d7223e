import { builtInCatalog, findFramework } from "../../../src/core/catalog";
import type { Indicator } from "../../../src/core/catalog/schema";
import { tulaTables } from "../../fixtures/tulaTables";
import {
  DEMO_FRAMEWORK_ID,
  DEMO_MUNICIPALITY,
  DEMO_PERIODS,
  DEMO_SCHOOLS,
  demoData,
  demoGaps,
  demoRequest,
  demoStatuses,
} from "../../../src/core/features/demo/demoData";
import { demoMedallists, demoResults } from "../../../src/core/features/demo/demoResults";
import { ru } from "../../../src/core/base/i18n/ru";
import { NOT_HELD } from "../../../src/core/base/cells/input";
import { medallistIndicatorValues } from "../../../src/core/features/results/medallists";
import { indicatorValuesFromResults } from "../../../src/core/features/results/indicators";
import { planWorkbook } from "../../../src/core/operations/build";
import { entryOf, isWholeCount, entryIndicators, isPartCode, partsOf } from "../../../src/core/workbook/entry";
import { guessKind, organisationsFor } from "../../../src/core/workbook/organisations";
import { keyOf, parseKey } from "../../../src/core/workbook/inputs";
import { parsePeriods, Period } from "../../../src/core/workbook/periods";
import { answersByFlags, flagsIn, flagTopic, statusesOf, statusTopic } from "../../../src/core/workbook/statuses";

const periodsOf = (text: string): Period[] => {
  const parsed = parsePeriods(text);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  return parsed.periods;
};

const framework = findFramework(DEMO_FRAMEWORK_ID)!;
const periods = periodsOf(DEMO_PERIODS.join(","));
const data = demoData(framework, periods, DEMO_SCHOOLS);
const fromResults = new Set([
  ...indicatorValuesFromResults(framework, []).codes,
  ...medallistIndicatorValues(framework, []).codes,
]);
// The parts of broken-down indicators (olympiad stages, levels) are typed under codes of their own.
const indicators = new Map(
  entryIndicators(framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators))).map((i) => [i.code, i]),
);

describe("the demo municipality", () => {
  test("is fictional, with 25 organisations: schools and kindergartens", () => {
    expect(DEMO_MUNICIPALITY).toBe("Энский муниципальный район");
    expect(DEMO_SCHOOLS).toHaveLength(25);
    expect(new Set(DEMO_SCHOOLS).size).toBe(25);
    expect(DEMO_SCHOOLS.filter((name) => name.startsWith("МБДОУ «Детский сад"))).toHaveLength(7);
    expect(DEMO_SCHOOLS).toEqual(
      expect.arrayContaining(["МБОУ «СОШ № 1»", "МБОУ «Лицей № 2»", "МБОУ «ООШ с. Берёзовка»"]),
    );
    expect(DEMO_SCHOOLS).toContain("МБДОУ «Детский сад № 5 «Солнышко»»");
    expect(DEMO_PERIODS).toEqual(["2022/2023", "2023/2024", "2024/2025"]);
  });
});

describe("demoData", () => {
  test("is deterministic: the same input gives the same data", () => {
    const again = demoData(findFramework(DEMO_FRAMEWORK_ID)!, periodsOf("2022/2023,2023/2024,2024/2025"), [
      ...DEMO_SCHOOLS,
    ]);
    expect([...again]).toEqual([...data]);
    expect([...demoRequest().data!]).toEqual([...data]);
  });

  test("a school's values do not depend on which other schools are listed", () => {
    const fewer = demoData(framework, periods, DEMO_SCHOOLS.slice(0, 3));
    const code = "ASN.1.04.01";
    for (const field of ["num", "den"] as const) {
      const key = keyOf({ code, field, period: "2023/2024", school: DEMO_SCHOOLS[1] });
      expect(fewer.get(key)).toBe(data.get(key));
    }
  });

  test("every share has a whole numerator no larger than its whole denominator, participants 20–120 a school, its roll for «обучающиеся»", () => {
    let shares = 0;
    for (const [key, num] of data) {
      const { code, field, period, school } = parseKey(key);
      if (field !== "num") continue;
      const den = data.get(keyOf({ code, field: "den", period, school }));
      const indicator = indicators.get(code)!;
      expect(typeof num).toBe("number");
      expect(typeof den).toBe("number");
      expect(Number.isInteger(num)).toBe(true);
      expect(Number.isInteger(den)).toBe(true);
      // A stage nobody from the school reached has no participants, a school without grades 10–11 no pupils
      // there: 0 of 0, and no share.
      expect(den as number).toBeGreaterThanOrEqual(0);
      if (den === 0) expect(num).toBe(0);
      if (entryOf(indicator).quotient !== "share") continue;
      shares++;
      expect(num as number).toBeGreaterThanOrEqual(0);
      expect(num as number).toBeLessThanOrEqual(den as number);
      const whole = indicator.computation.kind === "share" ? indicator.computation.denominator : "";
      // An olympiad stage's or a level's participants at one school are few by nature.
      if (school && /^участники/.test(whole) && !isPartCode(code)) {
        expect(den as number).toBeGreaterThanOrEqual(20);
        expect(den as number).toBeLessThanOrEqual(120);
      }
      // «обучающиеся»: the school's whole roll, grades 1–11 (the demo of each framework checks it against the roll).
      if (school && whole === "обучающиеся" && guessKind(school) === "school") {
        expect(den as number).toBeGreaterThanOrEqual(40);
        expect(den as number).toBeLessThanOrEqual(11 * 90);
      }
    }
    expect(shares).toBeGreaterThan(3000);
  });

  test("counts are small whole numbers, flags and yes/no are «да» or «нет», targets sit beside the last value", () => {
    for (const [key, value] of data) {
      const { code, field, school } = parseKey(key);
      const indicator = indicators.get(code)!;
      const entry = entryOf(indicator);
      if (field === "target") {
        expect(typeof value).toBe("number");
        expect(indicator.direction).not.toBe("neutral");
        if (indicator.unit === "percent") expect(value as number).toBeLessThanOrEqual(100);
        expect(value as number).toBeGreaterThanOrEqual(0);
      } else if (entry.inputs === "flag" || indicator.unit === "yesno") {
        if (value !== NOT_HELD) expect([ru.layout.yes, ru.layout.no]).toContain(value);
      } else if (field === "val" && isWholeCount(indicator)) {
        expect(Number.isInteger(value)).toBe(true);
        expect(value as number).toBeGreaterThanOrEqual(0);
        if (school && !/ВсОШ/.test(indicator.label)) expect(value as number).toBeLessThanOrEqual(40);
      }
    }
  });

  test("shares drift a few points a year; some schools improve, some decline, one swings", () => {
    const shareOf = (school: string, period: string) => {
      const get = (field: "num" | "den") => data.get(keyOf({ code: "ASN.1.04.01", field, period, school })) as number;
      return (get("num") / get("den")) * 100;
    };
    // ASN.1.04.01 is a schools' indicator: kindergartens have no row for it.
    const moves = DEMO_SCHOOLS.filter((school) => guessKind(school) === "school").map((school) => [
      shareOf(school, "2023/2024") - shareOf(school, "2022/2023"),
      shareOf(school, "2024/2025") - shareOf(school, "2023/2024"),
    ]);
    expect(moves.some(([a, b]) => a > 0.5 && b > 0.5)).toBe(true);
    expect(moves.some(([a, b]) => a < -0.5 && b < -0.5)).toBe(true);
    expect(moves.some(([a, b]) => a > 4 && b < -4)).toBe(true);
    for (const [a, b] of moves) {
      expect(Math.abs(a)).toBeLessThan(15);
      expect(Math.abs(b)).toBeLessThan(15);
    }
  });

  test("every key is one the layout consumes: nothing goes to «Архив данных»", () => {
    const { plan, notices } = planWorkbook({ ...demoRequest(), data });
    expect(plan.sheets.map((sheet) => sheet.name)).not.toContain(ru.sheets.archive);
    // Only the values taken from «Результаты процедур» are said.
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Из листа «Результаты процедур» подставлено значений/);
  });

  test("it fits every built-in framework and any number of periods", () => {
    for (const other of builtInCatalog().frameworks) {
      for (const text of ["2024", "2021/2022,2022/2023,2023/2024,2024/2025"]) {
        const otherPeriods = periodsOf(text);
        const statuses = demoStatuses(otherPeriods, DEMO_SCHOOLS.slice(0, 5));
        const otherData = demoData(other, otherPeriods, DEMO_SCHOOLS.slice(0, 5), undefined, undefined, statuses);
        const { plan } = planWorkbook({
          statuses,
          framework: other,
          periods: otherPeriods,
          municipality: DEMO_MUNICIPALITY,
          schools: DEMO_SCHOOLS.slice(0, 5),
          flavour: "portable",
          data: otherData,
        });
        expect(plan.sheets.map((sheet) => sheet.name)).not.toContain(ru.sheets.archive);
      }
    }
  });

  test("leaves the indicators procedure results determine to «Результаты процедур», with a target near them", () => {
    expect([...fromResults].sort()).toEqual(
      [
        ...["ASN.1.01.01", "ASN.1.01.02", "ASN.1.06.01", "ASN.1.06.07"],
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `ASN.1.02.0${i}`),
        ...[1, 2, 3, 4, 5, 6].map((i) => `ASN.1.03.0${i}`),
      ].sort(),
    );
    const keys = [...data.keys()].map(parseKey).filter((key) => fromResults.has(key.code));
    expect(keys.every((key) => key.field === "target" && !key.school && !key.period)).toBe(true);
    expect(keys).toHaveLength(fromResults.size);

    // The target stands within a few points of the municipal share the results give for the last period.
    const derived = new Map([
      ...indicatorValuesFromResults(framework, demoResults(periods, DEMO_SCHOOLS)).values,
      ...medallistIndicatorValues(framework, demoMedallists(periods, DEMO_SCHOOLS)).values,
    ]);
    const last = DEMO_PERIODS[DEMO_PERIODS.length - 1];
    for (const code of fromResults) {
      const total = (field: "num" | "den") =>
        DEMO_SCHOOLS.reduce((sum, school) => sum + (derived.get(keyOf({ code, field, period: last, school })) ?? 0), 0);
      const share = (total("num") * 100) / total("den");
      expect(Math.abs((data.get(keyOf({ code, field: "target" })) as number) - share)).toBeLessThanOrEqual(2.5);
    }
  });

  test("its gaps never fall on an indicator the results fill", () => {
    const { unfilled, notHeld } = demoGaps(framework, periods, DEMO_SCHOOLS);
    expect(fromResults.has(notHeld!.code)).toBe(false);
    const own = unfilled!.system.criteria.flatMap((c) => c.indicators).filter((i) => entryOf(i).per === "school");
    expect(own.filter((i) => !fromResults.has(i.code)).length).toBeGreaterThan(5);
  });

  test("holds exactly the deliberate gaps: one organisation's sheet unfilled, one «не проводилось»", () => {
    const gaps = demoGaps(framework, periods, DEMO_SCHOOLS);
    const notHeld = [...data].filter(([, value]) => value === NOT_HELD).map(([key]) => parseKey(key));
    expect(notHeld).toEqual([{ ...gaps.notHeld, field: "val" }]);

    const { unfilled } = gaps;
    expect(unfilled).toBeDefined();
    const codes = unfilled!.system.criteria.flatMap((c) => c.indicators).filter((i) => entryOf(i).per === "school");
    expect(codes.length).toBeGreaterThan(0);
    for (const indicator of codes) {
      for (const period of DEMO_PERIODS) {
        const has = [...data.keys()].some((key) => {
          const k = parseKey(key);
          return k.code === indicator.code && k.school === unfilled!.school && k.period === period;
        });
        expect(has).toBe(period !== unfilled!.period);
      }
    }
    // Everything else is filled: every school-level indicator at every organisation its system is laid
    // out for, every period it is marked for where the indicator is about ШНОР/ШНСУ, apart from the
    // indicators procedure results or the marks themselves determine.
    const inputsOf = (i: Indicator) => (entryOf(i).inputs === "numDen" ? 2 : 1) * Math.max(1, partsOf(i).length);
    const marks = statusesOf(demoStatuses(periods, DEMO_SCHOOLS));
    const expected = framework.systems.reduce((total, system) => {
      const perSchool = system.criteria
        .flatMap((c) => c.indicators)
        .filter((i) => entryOf(i).per === "school" && !fromResults.has(i.code) && !statusTopic(i));
      const answers = (i: Indicator) =>
        organisationsFor(system, DEMO_SCHOOLS, new Map(), i).reduce(
          (sum, school) =>
            sum + DEMO_PERIODS.filter((p) => answersByFlags(flagTopic(i), flagsIn(marks, school, p))).length,
          0,
        );
      return total + perSchool.reduce((sum, i) => sum + inputsOf(i) * answers(i), 0);
    }, 0);
    const filled = [...data.keys()].filter((key) => parseKey(key).school).length;
    const missing = codes.reduce((total, i) => total + inputsOf(i), 0);
    expect(filled).toBe(expected - missing);
    // A kindergarten has no ЕГЭ rows; a school none of the preschool system.
    const kindergarten = DEMO_SCHOOLS.find((school) => guessKind(school) === "preschool")!;
    const keys = [...data.keys()].map(parseKey);
    expect(keys.some((k) => k.school === kindergarten && k.code.startsWith("ASN.1."))).toBe(false);
    expect(keys.some((k) => k.school === kindergarten && k.code.startsWith("ASN.8."))).toBe(true);
    expect(keys.some((k) => k.school === DEMO_SCHOOLS[0] && k.code.startsWith("ASN.8."))).toBe(false);
    // Career guidance of preschool pupils (4.05.01) is collected from kindergartens too.
    expect(keys.some((k) => k.school === kindergarten && k.code === "ASN.4.05.01")).toBe(true);
    expect(keys.some((k) => k.school === kindergarten && k.code === "ASN.4.05.02")).toBe(false);
  });
});

describe("Tula's demo: counts of schools over a threshold nest, as in the document's table 2.5.6", () => {
  const tula = demoRequest("tula");
  const codes = ["TUL.2.5.08", "TUL.2.5.09", "TUL.2.5.10"]; // more than 30 %, 20 %, 10 %

  test("the document's own rows nest: 7 ≤ 8 ≤ 19, 2 ≤ 8 ≤ 28, 3 ≤ 11 ≤ 24", () => {
    const rows = tulaTables.find((t) => t.id === "2.5.6")!.rows.map((r) => r.values as number[]);
    expect(rows.map((r) => r.length)).toEqual([3, 3, 3]);
    for (let year = 0; year < 3; year++)
      expect(rows.map((r) => r[year])).toEqual([...rows.map((r) => r[year])].sort((a, b) => a - b));
  });

  test.each(DEMO_PERIODS)("%s: over 30 % ≤ over 20 % ≤ over 10 %", (period) => {
    const counts = codes.map((code) => tula.data!.get(keyOf({ code, field: "val", period })) as number);
    expect(counts.every((n) => typeof n === "number")).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});
