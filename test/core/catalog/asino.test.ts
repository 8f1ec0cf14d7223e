import { asinoFramework } from "../../../src/core/catalog/frameworks/asino";
import { frameworkSchema, type Framework, type Indicator } from "../../../src/core/catalog/schema";
import { normaliseWhitespace, occursInSeed, readSeed } from "../../helpers/seeds";

const document = "000_114db9a20a22e4e2.txt";
const framework: Framework = frameworkSchema.parse(asinoFramework);
const indicators: Indicator[] = framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
const seedLines = readSeed(document).split("\n");

/** The seed with list bullets removed, for goals whose bullet the source put in the middle of a sentence. */
const seedWithoutBullets = normaliseWhitespace(readSeed(document).replace(/[·]/g, " "));

describe("Асиновский район (Приложение 1)", () => {
  it("passes the schema", () => {
    expect(() => frameworkSchema.parse(asinoFramework)).not.toThrow();
    expect(framework.id).toBe("asino");
    expect(framework.document).toBe(document);
    expect(occursInSeed(document, framework.title)).toBe(true);
  });

  it("has 8 systems with codes 1..8, 50 criteria and 161 indicator rows", () => {
    expect(framework.systems.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(framework.systems.map((s) => s.criteria.length)).toEqual([7, 4, 9, 8, 5, 5, 8, 4]);
    expect(framework.systems.flatMap((s) => s.criteria)).toHaveLength(50);
    expect(framework.systems.map((s) => s.criteria.reduce((n, c) => n + c.indicators.length, 0))).toEqual([
      31, 10, 34, 14, 27, 13, 16, 16,
    ]);
    expect(indicators).toHaveLength(161);
  });

  it("keeps the source's unit words: Процент 120, Единицы 31, Да/нет 9, one blank", () => {
    const counts = new Map<string, number>();
    for (const i of indicators) counts.set(i.unitVerbatim ?? "", (counts.get(i.unitVerbatim ?? "") ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ Процент: 120, Единицы: 31, "Да/нет": 9, "": 1 });
  });

  it("maps unit words to units consistently", () => {
    for (const i of indicators) {
      if (i.unitVerbatim === "Процент") expect(i.unit).toBe("percent");
      // «Наличие (количество программ) наставничества»: the table's unit says «Да/нет», its name asks how many.
      if (i.unitVerbatim === "Да/нет") expect(i.unit).toBe(i.code === "ASN.6.03.02" ? "count" : "yesno");
      if (i.unitVerbatim === "Единицы") expect(["count", "ratio"]).toContain(i.unit);
      if (i.unit === "ratio") expect(i.computation.kind).toBe("ratio");
      if (i.unit === "yesno") expect(i.computation.kind).toBe("yesno");
      if (i.unit === "count") expect(i.computation.kind).toBe("count");
      if (i.unit === "percent") expect(["share", "flagShare"]).toContain(i.computation.kind);
    }
    const blank = indicators.filter((i) => i.unitVerbatim === undefined);
    expect(blank.map((i) => [i.code, i.unit])).toEqual([["ASN.5.04.01", "percent"]]);
  });

  it("quotes every system, criterion and indicator name from the seed", () => {
    const missing: string[] = [];
    for (const s of framework.systems) {
      if (!occursInSeed(document, s.name)) missing.push(`system ${s.code}: ${s.name}`);
      for (const c of s.criteria) {
        if (!occursInSeed(document, c.name)) missing.push(`criterion ${c.code}: ${c.name}`);
        for (const i of c.indicators) if (!occursInSeed(document, i.name)) missing.push(`${i.code}: ${i.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("quotes every goal from section 6", () => {
    const goals = framework.systems.flatMap((s) => s.goals);
    expect(goals.length).toBeGreaterThan(0);
    for (const s of framework.systems) expect(s.goals.length).toBeGreaterThan(0);
    const missing = goals.filter((g) => !seedWithoutBullets.includes(normaliseWhitespace(g)));
    expect(missing).toEqual([]);
  });

  it("gives every indicator a unique stable code", () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of indicators) expect(i.code).toMatch(/^ASN\.[1-8]\.\d{2}\.\d{2}$/);
    const criterionCodes = framework.systems.flatMap((s) => s.criteria.map((c) => c.code));
    expect(new Set(criterionCodes).size).toBe(criterionCodes.length);
  });

  it("points every source line at the start of its name", () => {
    const wrong: string[] = [];
    for (const s of framework.systems) {
      const line = normaliseWhitespace(seedLines[s.source.line - 1] ?? "");
      if (!line.startsWith(normaliseWhitespace(s.name).slice(0, 20))) wrong.push(`system ${s.code}`);
      for (const c of s.criteria)
        for (const i of c.indicators) {
          expect(i.source.document).toBe(document);
          expect(i.source.section).toBe(`Приложение 1, таблица ${s.code}`);
          const text = normaliseWhitespace(seedLines[i.source.line - 1] ?? "");
          const start = normaliseWhitespace(i.name).slice(0, 20).trim();
          if (!text.startsWith(start)) wrong.push(`${i.code} (line ${i.source.line}): ${start}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it("lists indicators in source order", () => {
    const lines = indicators.map((i) => i.source.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it("has short, valid and unique sheet names", () => {
    const names = framework.systems.map((s) => s.sheetName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it("cleans labels: single spaces, no trailing «;», no stray «процент»", () => {
    for (const i of indicators) {
      expect(i.label).toBe(normaliseWhitespace(i.label));
      expect(i.label).not.toMatch(/[;:]$/);
      expect(i.label).not.toMatch(/процент$/);
      expect(i.label).not.toMatch(/^-/);
    }
  });

  it("encodes known domain facts", () => {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    // low results, non-objectivity and registered pupils: lower is better
    for (const code of ["ASN.1.06.02", "ASN.2.01.02", "ASN.7.05.02", "ASN.7.05.03"]) {
      expect(byCode.get(code)?.direction).toBe("lower");
    }
    // «Доля ОО, в которых …» is a flag per school, then a share of schools
    expect(byCode.get("ASN.1.06.03")?.computation.kind).toBe("flagShare");
    expect(byCode.get("ASN.5.02.01")?.computation.kind).toBe("flagShare");
    // olympiad stages and contest levels are breakdowns
    expect(byCode.get("ASN.3.03.01")?.breakdowns).toContain("olympiadStage");
    expect(byCode.get("ASN.3.04.03")?.breakdowns).toContain("level");
    // municipal facts are collected once
    expect(byCode.get("ASN.5.04.04")?.collectedPer).toBe("municipality");
    // a trailing «;» stays in the verbatim name
    expect(byCode.get("ASN.1.02.05")?.name.endsWith(";")).toBe(true);
  });
});
