import { indicatorsOf } from "../../../src/core/catalog";
import { indicatorAudience } from "../../../src/core/catalog/audience";
import { DEMO_FRAMEWORK_IDS, demoRequest } from "../../../src/core/features/demo/demoData";
import { medallistIndicatorValues } from "../../../src/core/features/results/medallists";
import { indicatorValuesFromResults } from "../../../src/core/features/results/indicators";
import { guessKind } from "../../../src/core/workbook/organisations";
import { parseKey } from "../../../src/core/workbook/inputs";
import { planWorkbook } from "../../../src/core/operations/build";
import { plannedSheets } from "../../../src/core/sheets/plannedSheets";
import { entryIndicators, partsNest, partsOf } from "../../../src/core/workbook/entry";
import { demoRoll } from "../../../src/core/features/demo/demoResults";
import type { ExistingSheet } from "../../../src/core/workbook/existing";
import type { Indicator } from "../../../src/core/catalog/schema";
import { answersByFlags, flagsIn, flagTopic, statusesOf } from "../../../src/core/workbook/statuses";
import { readDataset } from "../../../src/core/sheets/dataset";
import { validateDataset } from "../../../src/core/features/validation/checks";

describe.each(DEMO_FRAMEWORK_IDS)("the demo of %s", (id) => {
  const request = demoRequest(id);
  const { framework } = request;
  const keys = [...(request.data ?? new Map()).keys()].map(parseKey);
  let built: ExistingSheet[] | undefined;
  const book = () => (built ??= plannedSheets(planWorkbook(request).plan));
  const periods = request.periods.map((p) => p.label);
  /** What the built book's school sheets hold, typed or fed: every input by indicator, school and period. */
  const entries = () =>
    readDataset(framework, periods, book())
      .sheets.filter((sheet) => sheet.perSchool)
      .flatMap((sheet) => sheet.scan.cells.map((cell) => ({ ...cell.key, value: cell.value })));
  const byCode = new Map(entryIndicators(indicatorsOf(framework)).map((i) => [i.code, i]));
  const wholeOf = (i: Indicator | undefined) =>
    i?.computation.kind === "share" || i?.computation.kind === "ratio" ? i.computation.denominator : "";
  const participants = (procedure: string, subject: RegExp, grade?: string) => {
    const found = new Map<string, number>();
    for (const row of request.results ?? []) {
      if (row.procedure !== procedure || !subject.test(row.subject) || (grade && row.grade !== grade)) continue;
      found.set(`${row.school}|${row.period}`, row.participants ?? 0);
    }
    return found;
  };
  const total = (roll: readonly number[]) => roll.reduce((a, b) => a + b, 0);

  test("pupils by grade stay within the school's roll; ВПР participants are 85–100 % of their grade", () => {
    let vpr = 0;
    for (const row of request.results ?? []) {
      // The region's and Russia's reference rows are not schools of the demo.
      const roll = request.schools.includes(row.school) ? demoRoll(row.school, row.period) : undefined;
      if (!roll || row.participants === undefined) continue;
      const grade = roll[Number(row.grade)];
      expect([row.school, row.period, row.procedure, row.grade, row.participants <= grade]).toEqual([
        row.school,
        row.period,
        row.procedure,
        row.grade,
        true,
      ]);
      if (row.procedure === "ВПР") {
        vpr++;
        expect(row.participants).toBeGreaterThanOrEqual(Math.floor(0.85 * grade));
      }
    }
    expect(vpr).toBeGreaterThan(0);
    // Whatever a share counts of a school's pupils («обучающиеся», «обучающиеся 6–11 классов», «выпускники 9
    // классов») is within its roll; «обучающиеся» is the whole roll.
    let pupils = 0;
    for (const entry of entries()) {
      const whole = wholeOf(byCode.get(entry.code));
      const roll = entry.school && entry.period ? demoRoll(entry.school, entry.period) : undefined;
      if (entry.field !== "den" || !roll || !/^(обучающиеся|выпускники)/.test(whole)) continue;
      if (/ОВЗ|профильн|углубл|целев|особыми|родным|СОО|ООО|способн|диагност/i.test(whole)) continue;
      pupils++;
      expect([entry.code, entry.school, entry.period, (entry.value as number) <= total(roll)]).toEqual([
        entry.code,
        entry.school,
        entry.period,
        true,
      ]);
      if (whole === "обучающиеся") expect(entry.value).toBe(total(roll));
    }
    if (framework.systems.some((s) => s.criteria.length > 0)) expect(pupils).toBeGreaterThan(0);
  });

  test("medal candidates are within the ЕГЭ takers and match «Медалисты» school by school", () => {
    const takers = participants("ЕГЭ", /русск/i);
    const medallists = new Map<string, number>();
    for (const row of request.medallists ?? []) {
      const where = `${row.school}|${row.period}`;
      medallists.set(where, (medallists.get(where) ?? 0) + 1);
    }
    const candidates = entries().filter(
      (e) => e.field === "den" && /медал/i.test(wholeOf(byCode.get(e.code))) && typeof e.value === "number",
    );
    for (const entry of candidates) {
      const where = `${entry.school}|${entry.period}`;
      expect([entry.code, where, entry.value]).toEqual([entry.code, where, medallists.get(where)]);
      expect((entry.value as number) <= (takers.get(where) ?? 0)).toBe(true);
    }
    const fed = medallistIndicatorValues(framework, []).codes.some((code) => /медал/i.test(wholeOf(byCode.get(code))));
    if (fed) expect(candidates.length).toBeGreaterThan(0);
  });

  test("a typed share over pupils the results count («участники ВПР в 4-х классах») counts as many", () => {
    const findings = validateDataset(readDataset(framework, periods, book()));
    expect(findings.filter((f) => f.rule === "sameBase").map((f) => f.message)).toEqual([]);
  });

  test("ВсОШ stages nest at every school: school ≥ municipal ≥ regional ≥ final", () => {
    const nesting = indicatorsOf(framework).filter(partsNest);
    const values = new Map(entries().map((e) => [`${e.code}|${e.school}|${e.period}|${e.field}`, e.value]));
    let compared = 0;
    for (const indicator of nesting) {
      const field = indicator.unit === "count" ? "val" : "den";
      for (const school of request.schools) {
        for (const period of periods) {
          const stages = partsOf(indicator).map((part) => values.get(`${part.code}|${school}|${period}|${field}`));
          if (stages.every((v) => v === undefined)) continue;
          compared++;
          expect([indicator.code, school, period, stages]).toEqual([
            indicator.code,
            school,
            period,
            [...(stages as number[])].sort((a, b) => b - a),
          ]);
        }
      }
    }
    if (nesting.length > 0) expect(compared).toBeGreaterThan(0);
  });

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
