import { indicatorsOf } from "../../../src/core/catalog";
import { indicatorAudience } from "../../../src/core/catalog/audience";
import { DEMO_FRAMEWORK_IDS, demoRequest } from "../../../src/core/demo/demoData";
import { medallistIndicatorValues } from "../../../src/core/results/medallists";
import { indicatorValuesFromResults } from "../../../src/core/results/indicators";
import { guessKind } from "../../../src/core/workbook/organisations";
import { parseKey } from "../../../src/core/workbook/inputs";
import { partsOf } from "../../../src/core/workbook/entry";
import { planWorkbook } from "../../../src/core/workbook/buildPlan";
import { plannedSheets } from "../../../src/core/workbook/plannedSheets";
import { answersByFlags, flagsIn, flagTopic, statusesOf } from "../../../src/core/workbook/statuses";
import { readDataset } from "../../../src/core/validation/dataset";
import { validateDataset } from "../../../src/core/validation/checks";

describe.each(DEMO_FRAMEWORK_IDS)("the demo of %s", (id) => {
  const request = demoRequest(id);
  const { framework } = request;
  const keys = [...(request.data ?? new Map()).keys()].map(parseKey);

  test("is made of its own framework, with data for its indicators", () => {
    expect(framework.id).toBe(id);
    if (indicatorsOf(framework).length > 0) expect(keys.length).toBeGreaterThan(0);
  });

  test("kindergartens answer only their own questions, schools none of the preschool ones", () => {
    // A part of a broken-down indicator is asked of whom its indicator is.
    const audience = new Map(
      framework.systems.flatMap((system) =>
        system.criteria.flatMap((c) =>
          c.indicators.flatMap((i) =>
            [i.code, ...partsOf(i).map((part) => part.code)].map(
              (code) => [code, indicatorAudience(system, i)] as const,
            ),
          ),
        ),
      ),
    );
    const kinds = new Map(request.schools.map((school) => [school, guessKind(school)]));
    for (const key of keys.filter((k) => k.school)) {
      const kind = kinds.get(key.school!)!;
      expect([key.code, key.school, audience.get(key.code)?.includes(kind)]).toEqual([key.code, key.school, true]);
    }
  });

  test("only schools marked ШНОР or ШНСУ in a period answer about ШНОР and ШНСУ for it", () => {
    const marks = statusesOf(request.statuses!);
    const topics = new Map(indicatorsOf(framework).map((i) => [i.code, flagTopic(i)]));
    const about = keys.filter((k) => k.school && topics.get(k.code));
    if (indicatorsOf(framework).some((i) => topics.get(i.code))) expect(about.length).toBeGreaterThan(0);
    for (const key of about) {
      expect([key.code, key.school, key.period]).toEqual([key.code, key.school, key.period]);
      expect(answersByFlags(topics.get(key.code), flagsIn(marks, key.school!, key.period!))).toBe(true);
    }
  });

  test("its checks find nothing about ШНОР and ШНСУ, and the marks agree with what the rules suggest", () => {
    const { plan, notices } = planWorkbook(request);
    expect(notices.filter((n) => /ШНОР|ШНСУ/.test(n))).toEqual([]);
    const periods = request.periods.map((p) => p.label);
    const findings = validateDataset(readDataset(framework, periods, plannedSheets(plan)));
    const about = new Set(
      indicatorsOf(framework)
        .filter((i) => flagTopic(i))
        .map((i) => i.code),
    );
    expect(findings.filter((f) => f.code !== undefined && about.has(f.code)).map((f) => f.message)).toEqual([]);
  });

  test("values the results and «Медалисты» give are not typed: the sheets fill them", () => {
    const fed = new Set([
      ...indicatorValuesFromResults(framework, []).codes,
      ...medallistIndicatorValues(framework, []).codes,
    ]);
    for (const key of keys.filter((k) => fed.has(k.code))) expect(key.field).toBe("target");
  });

  test("medallists are fewer than the school's ЕГЭ takers in Russian, every period", () => {
    const takers = new Map<string, number>();
    for (const row of request.results ?? []) {
      if (row.procedure === "ЕГЭ" && /русск/i.test(row.subject)) {
        takers.set(`${row.school}|${row.period}`, row.participants ?? 0);
      }
    }
    const medallists = new Map<string, number>();
    for (const row of request.medallists ?? []) {
      const where = `${row.school}|${row.period}`;
      medallists.set(where, (medallists.get(where) ?? 0) + 1);
    }
    expect(medallists.size).toBeGreaterThan(0);
    for (const [where, count] of medallists) expect([where, count <= (takers.get(where) ?? 0)]).toEqual([where, true]);
  });
});
