import { abinskFramework } from "../../../src/core/catalog/frameworks/abinsk";
import {
  ABINSK_DOCUMENT,
  abinskEgeBands,
  abinskMedallistChecks,
  abinskRiskInputs,
  type SourceText,
} from "../../../src/core/catalog/frameworks/abinskRules";
import { frameworkSchema, type Framework, type Indicator } from "../../../src/core/catalog/schema";
import { normaliseWhitespace, occursInSeed, readSeed } from "../../helpers/seeds";

const document = "002_d95a040aa3f20d92.txt";
const framework: Framework = frameworkSchema.parse(abinskFramework);
const indicators: Indicator[] = framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
const seedLines = readSeed(document).split("\n");

/** Latin letter glued to a Cyrillic one (OCR damage), and Arabic script. */
const mixedScript = /[а-яё][a-z]|[a-z][а-яё]/i;
const arabic = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** Whether the 1-based `line` of the seed holds the start of `text` (first 40 characters, whitespace normalised). */
function lineStarts(line: number, text: string): boolean {
  const start = normaliseWhitespace(text).slice(0, 40);
  return normaliseWhitespace(seedLines[line - 1] ?? "").includes(start);
}

describe("Абинский район (Программа повышения качества образования 2024–2026)", () => {
  it("passes the schema", () => {
    expect(() => frameworkSchema.parse(abinskFramework)).not.toThrow();
    expect(framework.id).toBe("abinsk");
    expect(framework.municipality).toBe("Абинский район");
    expect(framework.document).toBe(document);
    expect(occursInSeed(document, framework.title)).toBe(true);
  });

  it("has the 8 subsystems 1.1–1.4 and 2.1–2.4", () => {
    expect(framework.systems.map((s) => s.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4"]);
  });

  it("has the indicator counts found in the source", () => {
    // How they were counted (the «Показатели» lists of each subsystem):
    // 1.1: 3 (п. 1) + 7 (п. 2; the repeated «…выполнивших заданий с метапредметной…» row not twice)
    //      + 14 (п. 3; the ЕГЭ score line split into its 5 bands) + 0 (п. 4 names no indicator) + 4 (п. 5)
    //      + 2 (the action plan's 1.1.6: «индекс не подтверждения медалей», «индексы необъективности ВПР и ГИА») = 30
    // 1.2: 3 resource-deficit criteria + 10 (list V) + 7 (second list «II.») = 20, and the school-level
    //      identification block: the Рособнадзор list and the social welfare index (lists I–II) and the
    //      7 signs of list III, collected per school to suggest ШССУ = 9; 29 in all (abinskRules.ts keeps
    //      lists I–IV as the document writes them)
    // 1.3: 12 groups, 5+2+2+2+4+2+1+2+3+2+3+3 = 31
    // 1.4: П-1…П-12, 2+2+1+2+2+1+2+1+2+1+1+2 = 19
    // 2.1: 5 blocks, 3+1+1+1+2 = 8 (the source repeats two indicators across blocks)
    // 2.2: 9 items of «Показатели»
    // 2.3: 8 «Показатели сформированности системы организации воспитания» (the table is cut at «---»)
    //      + the 10 «Критерии оценки» in their three groups (3 + 4 + 3) = 18
    // 2.4: 11 parameters of Критерий 1–3 + 2 staff shares monitored in the action plan (2.4.11, 2.4.12) = 13
    expect(framework.systems.map((s) => s.criteria.reduce((n, c) => n + c.indicators.length, 0))).toEqual([
      30, 29, 31, 19, 8, 9, 18, 13,
    ]);
    expect(indicators).toHaveLength(157);
    expect(framework.systems.map((s) => s.criteria.length)).toEqual([5, 5, 12, 12, 5, 1, 4, 4]);
  });

  it("keeps criterion 1.1.4 (АООП) empty: the programme names no indicator for it", () => {
    const aoop = framework.systems[0].criteria.find((c) => c.code === "1.1.4")!;
    expect(aoop.indicators).toEqual([]);
    // Criterion 4 of the list is followed at once by criterion 5: no list item stands between them.
    const at = seedLines.findIndex((line) => line.startsWith("4. Оценка результатов обучающихся по адаптированным"));
    expect(normaliseWhitespace(seedLines[at])).toContain(aoop.name);
    expect(seedLines[at + 1]).toMatch(/^5\. Оценка уровня обеспечения объективности/);
    // The only other АООП line names a data source, the regional monitoring system, not a measure.
    const others = seedLines.flatMap((line, index) =>
      index !== at && /адаптированным основным общеобразовательным программам/.test(line) ? [index + 1] : [],
    );
    expect(others).toEqual([459]);
    expect(seedLines[458]).toMatch(/автоматизированная система регионального мониторинга/);
  });

  it("has the action plan's objectivity indices and the upbringing criteria, verbatim", () => {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    expect(byCode.get("ABN.1.1.29")?.name).toBe("индекс не подтверждения медалей");
    expect(byCode.get("ABN.1.1.29")?.label).toBe("Индекс неподтверждения медалей");
    expect(byCode.get("ABN.1.1.30")?.name).toBe("индексы необъективности ВПР и ГИА");
    expect([byCode.get("ABN.1.1.29")?.direction, byCode.get("ABN.1.1.30")?.direction]).toEqual(["lower", "lower"]);
    const upbringing = framework.systems.find((s) => s.code === "2.3")!;
    expect(upbringing.criteria.map((c) => c.indicators.length)).toEqual([8, 3, 4, 3]);
    const criteria = upbringing.criteria.slice(1).flatMap((c) => c.indicators);
    expect(criteria.every((i) => i.source.line === 912 && i.unit === "score")).toBe(true);
    expect(criteria.map((i) => i.name)).toContain(
      "развитие первичных детских коллективов в общеобразовательной организации",
    );
  });

  it("quotes every system, criterion and indicator name from the seed", () => {
    const missing: string[] = [];
    for (const s of framework.systems) {
      if (!occursInSeed(document, s.name)) missing.push(`system ${s.code}: ${s.name}`);
      for (const c of s.criteria) {
        if (c.name !== "" && !occursInSeed(document, c.name)) missing.push(`criterion ${c.code}: ${c.name}`);
        for (const i of c.indicators) if (!occursInSeed(document, i.name)) missing.push(`${i.code}: ${i.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("quotes every goal and task from the seed", () => {
    const texts = framework.systems.flatMap((s) => [...s.goals, ...s.tasks]);
    expect(texts.length).toBeGreaterThan(0);
    for (const s of framework.systems) expect(s.goals.length).toBeGreaterThan(0);
    expect(texts.filter((t) => !occursInSeed(document, t))).toEqual([]);
  });

  it("keeps the OCR damage in names and repairs it in labels", () => {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    expect(byCode.get("ABN.1.1.25")?.name).toContain("неobjективности");
    expect(byCode.get("ABN.1.1.25")?.label).toContain("необъективности по результатам ВПР и ГИА");
    expect(byCode.get("ABN.2.3.07")?.label).toMatch(/^Учет несовершеннолетних обучающихся/);
  });

  it("gives every indicator and criterion a unique stable code", () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of framework.systems)
      for (const c of s.criteria)
        for (const i of c.indicators)
          expect(i.code).toMatch(new RegExp(`^ABN\\.${s.code.replace(".", "\\.")}\\.\\d{2}$`));
    const criterionCodes = framework.systems.flatMap((s) => s.criteria.map((c) => c.code));
    expect(new Set(criterionCodes).size).toBe(criterionCodes.length);
  });

  it("labels have no Latin letters inside Cyrillic words and no Arabic script", () => {
    const labels = [
      ...framework.systems.map((s) => s.label),
      ...framework.systems.flatMap((s) => s.criteria.map((c) => c.label)),
      ...indicators.map((i) => i.label),
    ];
    expect(labels.filter((l) => mixedScript.test(l) || arabic.test(l))).toEqual([]);
    expect(labels.filter((l) => l.trim() === "")).toEqual([]);
  });

  it("uses short unique sheet names", () => {
    const names = framework.systems.map((s) => s.sheetName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it("points every source line at the start of its name", () => {
    const wrong: string[] = [];
    for (const s of framework.systems) {
      if (!lineStarts(s.source.line, s.name)) wrong.push(`system ${s.code} @${s.source.line}`);
      for (const i of s.criteria.flatMap((c) => c.indicators)) {
        expect(i.source.document).toBe(document);
        if (!lineStarts(i.source.line, i.name)) wrong.push(`${i.code} @${i.source.line}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps computations consistent with units", () => {
    for (const i of indicators) {
      if (i.unit === "percent") expect(["share", "flagShare"]).toContain(i.computation.kind);
      if (i.unit === "yesno") expect(i.computation.kind).toBe("yesno");
      if (i.unit === "count") expect(i.computation.kind).toBe("count");
      if (i.unit === "score") expect(["score", "average"]).toContain(i.computation.kind);
      if (i.unitVerbatim === "%") expect(i.unit).toBe("percent");
      // «доля ОО, в которых …» is a per-school flag, then the share of flagged schools
      if (/^доля общеобразовательных организаций, в которых/i.test(i.name))
        expect(i.computation.kind).toBe("flagShare");
    }
  });
});

describe("Абинский район: rules (ЕГЭ bands, ШНОР/ШССУ inputs, medallist checks)", () => {
  const words: Record<number, string[]> = {
    2: ["два", "двух"],
    3: ["три", "трем", "трём", "трех", "трёх"],
  };

  /** Whether `n` stands (as digits, or for 2 and 3 as a word) within three lines of `line`. */
  function numberNear(n: number, line: number): boolean {
    const near = seedLines.slice(Math.max(0, line - 4), line + 3).join("\n");
    if (new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(near)) return true;
    return (words[n] ?? []).some((w) => new RegExp(`(^|[^а-яё])${w}([^а-яё]|$)`, "i").test(near));
  }

  /** Every number in `node`, with the line of the nearest enclosing `source`. */
  function numbersWithLines(node: unknown, line: number, out: Array<[number, number, string]>, path: string): void {
    if (Array.isArray(node)) node.forEach((x, k) => numbersWithLines(x, line, out, `${path}[${k}]`));
    else if (node !== null && typeof node === "object") {
      const o = node as Record<string, unknown>;
      const src = o.source as SourceText | undefined;
      const here = src && typeof src.line === "number" ? src.line : line;
      for (const [k, v] of Object.entries(o)) {
        if (k === "source" || k === "title" || k === "heading" || k === "relatedMeasure" || k === "n") continue;
        numbersWithLines(v, here, out, `${path}.${k}`);
      }
    } else if (typeof node === "number") out.push([node, line, path]);
  }

  const sources: SourceText[] = [
    abinskEgeBands.heading,
    ...abinskEgeBands.bands.map((b) => b.source),
    ...abinskMedallistChecks.checks.map((c) => c.source),
    abinskMedallistChecks.relatedMeasure,
    ...abinskRiskInputs.flatMap((l) => [l.title, ...l.items.map((i) => i.source)]),
  ];

  it("names the same document", () => {
    expect(ABINSK_DOCUMENT).toBe(document);
  });

  it("quotes every rule text verbatim at its line", () => {
    expect(sources.filter((s) => !occursInSeed(document, s.text)).map((s) => s.text)).toEqual([]);
    expect(sources.filter((s) => !lineStarts(s.line, s.text)).map((s) => `${s.line}: ${s.text}`)).toEqual([]);
  });

  it("has the ЕГЭ bands порог–60, 61–80, 81–100, 100 and ≥ 270 on three subjects", () => {
    expect(abinskEgeBands.bands.map((b) => [b.min, b.max])).toEqual([
      ["threshold", 60],
      [61, 80],
      [81, 100],
      [100, 100],
      [270, null],
    ]);
    expect(abinskEgeBands.bands[4]).toMatchObject({ scope: "sumOfSubjects", subjects: 3 });
    const codes = new Set(indicators.map((i) => i.code));
    for (const b of abinskEgeBands.bands) expect(codes.has(b.indicator)).toBe(true);
    for (const c of abinskMedallistChecks.checks) expect(codes.has(c.indicator)).toBe(true);
  });

  it("has the medallist checks (< 70 ЕГЭ, «4» and below in basic mathematics)", () => {
    expect(abinskMedallistChecks.checks.map((c) => c.failsIfAny.map((f) => f.kind))).toEqual([
      ["egeScoreBelow", "markAtMost"],
      ["egeScoreBelow"],
    ]);
  });

  it("has the four ШНОР/ШССУ input lists I–IV with 7, 7, 7, 8 items", () => {
    expect(abinskRiskInputs.map((l) => [l.numeral, l.items.length])).toEqual([
      ["I", 7],
      ["II", 7],
      ["III", 7],
      ["IV", 8],
    ]);
    const labels = abinskRiskInputs.flatMap((l) => l.items.map((i) => i.label));
    expect(labels.filter((l) => mixedScript.test(l) || arabic.test(l))).toEqual([]);
  });

  it("finds every number of the rules (60, 61, 80, 81, 100, 270, 70, 4, 5, 6, 2 …) in the seed near its line", () => {
    const found: Array<[number, number, string]> = [];
    numbersWithLines({ abinskEgeBands, abinskMedallistChecks, abinskRiskInputs }, 0, found, "rules");
    expect(found.map(([n]) => n)).toEqual(expect.arrayContaining([60, 61, 80, 81, 100, 270, 3, 70, 4, 5, 6, 2]));
    expect(found.filter(([, line]) => line === 0)).toEqual([]);
    expect(found.filter(([n, line]) => !numberNear(n, line)).map(([n, line, p]) => `${p} = ${n} @${line}`)).toEqual([]);
  });
});
