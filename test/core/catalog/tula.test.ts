import { frameworkSchema, type Framework } from "../../../src/core/catalog/schema";
import { tulaFramework } from "../../../src/core/catalog/frameworks/tula";
import { tulaTables, type TulaTable } from "../../fixtures/tulaTables";
import { normaliseWhitespace, occursInSeed, readSeed } from "../../helpers/seeds";

const DOC = "004_01284385d8a2a410.txt";
const seedLines = readSeed(DOC).split("\n");
const lineAt = (line: number): string => normaliseWhitespace(seedLines[line - 1] ?? "");

const framework: Framework = frameworkSchema.parse(tulaFramework);
const indicators = framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators));

/**
 * Indicator entries per system, counted by hand in the seed: one entry per list item (dash or number)
 * that stands under a heading naming indicators («Показатели…», «Оценке подлежат муниципальные
 * показатели … по:», «Проведение мониторинга … по:», the numbered groups of the director rating).
 * - 3.1: the 9 items under «Показатели, методы сбора информации:» (lines 895–913); the «Мониторинг»
 *   list below (919–933) repeats 8 of them and adds nothing, so it is not counted again.
 * - 3.2: items 1)–3) (993, 1011, 1013) plus the 7 identification items under 1) (995–1009).
 * - 3.3: 3 + 8 + 9 + 9 + 4 + 10 items in the six groups (1080–1142); the two «мониторинга …» lines
 *   under «Мониторинг» name monitorings, not indicators.
 * - 3.4: the 34 items of the list at 1213–1248 (13 + 8 + 3 + 10 by the four monitorings of the
 *   plan table, which repeats them capitalised at 1265–1282).
 * - 4.1: the 6 items under «Показатели (индикаторы качества системы)…» (1327–1337).
 * - 4.2: 6 + 4 + 2 + 2 + 2 + 3 + 5 + 2 + 5 + 3 + 2 items in the eleven numbered groups (1428–1496);
 *   the nine «направлениям» (1416–1424) are areas, not indicators.
 * - 4.3: the 8 items under «Показатели (индикаторы качества системы)…» (1545–1561).
 * - 4.4: 6 «Показатели» (1628–1638) and 6 monitoring items «по: …» (1644–1649).
 * - 4.5: 3 + 9 + 9 + 7 + 9 + 1 + 6 + 5 items (1765–1853).
 * - P5-7: Положение, sections 5–7 on objectivity: 5.1–5.4, 6.1–6.6, 7.1–7.4 (243–280).
 * - P3.5: Положение 3.5, the nine regional indicators (155–163).
 * - 2: the programme's analytic tables (Раздел II): 2 (ВПР) + 2 (РКР) + 5 (ГИА-9) + 10 (ЕГЭ) + 3 (10th-grade
 *   diagnostics) + 1 (profiles: schools by profile; classes and pupils are 3.4's) + 2 (additional education).
 */
const expectedCounts: Record<string, number> = {
  "3.1": 9,
  "3.2": 10,
  "3.3": 43,
  "3.4": 34,
  "4.1": 6,
  "4.2": 36,
  "4.3": 8,
  "4.4": 12,
  "4.5": 49,
  "P5-7": 14,
  "P3.5": 9,
  "2": 25,
};

describe("Tula framework", () => {
  it("parses with the catalog schema", () => {
    expect(() => frameworkSchema.parse(tulaFramework)).not.toThrow();
    expect(framework.id).toBe("tula");
    expect(framework.document).toBe(DOC);
  });

  it("has the expected systems in order", () => {
    expect(framework.systems.map((s) => s.code)).toEqual([
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "P5-7",
      "P3.5",
      "2",
    ]);
  });

  it("has the hand-counted number of indicators per system", () => {
    const counts = Object.fromEntries(
      framework.systems.map((s) => [s.code, s.criteria.reduce((n, c) => n + c.indicators.length, 0)]),
    );
    expect(counts).toEqual(expectedCounts);
    expect(indicators).toHaveLength(255);
  });

  it("quotes every system, criterion and indicator name verbatim from the seed", () => {
    const missing: string[] = [];
    for (const s of framework.systems) {
      if (!occursInSeed(DOC, s.name)) missing.push(`system ${s.code}: ${s.name}`);
      for (const text of [...s.goals, ...s.tasks]) {
        if (!occursInSeed(DOC, text)) missing.push(`goal/task of ${s.code}: ${text}`);
      }
      for (const c of s.criteria) {
        if (c.name !== "" && !occursInSeed(DOC, c.name)) missing.push(`criterion ${c.code}: ${c.name}`);
        for (const i of c.indicators) {
          if (!occursInSeed(DOC, i.name)) missing.push(`${i.code}: ${i.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("has unique codes and unique, valid sheet names", () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^TUL\./);
    const criterionCodes = framework.systems.flatMap((s) => s.criteria.map((c) => c.code));
    expect(new Set(criterionCodes).size).toBe(criterionCodes.length);
    const sheets = framework.systems.map((s) => s.sheetName);
    expect(new Set(sheets).size).toBe(sheets.length);
  });

  it("labels every «доля» name as «Доля …»", () => {
    const shares = indicators.filter((i) => /^(по\s+)?(процентная\s+)?(доле|доля)\s/i.test(i.name));
    expect(shares.length).toBeGreaterThan(80);
    const wrong = shares.filter((i) => !i.label.startsWith("Доля")).map((i) => `${i.code}: ${i.label}`);
    expect(wrong).toEqual([]);
  });

  it("points every source line at the line where the name starts", () => {
    const wrong: string[] = [];
    for (const s of framework.systems) {
      expect(s.source.document).toBe(DOC);
      if (!lineAt(s.source.line).includes(normaliseWhitespace(s.name).slice(0, 30))) {
        wrong.push(`system ${s.code} → ${s.source.line}`);
      }
      for (const i of s.criteria.flatMap((c) => c.indicators)) {
        expect(i.source.document).toBe(DOC);
        const start = normaliseWhitespace(i.name).slice(0, 30);
        if (!lineAt(i.source.line).includes(start)) wrong.push(`${i.code} → ${i.source.line}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("marks results where less is better as «lower»", () => {
    const byLine = (line: number) => indicators.filter((i) => i.source.line === line);
    // ШНОР shares and their «2» / below-threshold identification items
    for (const line of [993, 995, 997, 999, 1001, 1005, 1007, 1009]) {
      expect(byLine(line).map((i) => i.direction)).toEqual(["lower"]);
    }
    // pupils on preventive registers (КДН and others)
    expect(byLine(1849).map((i) => i.direction)).toEqual(["lower"]);
  });

  it("uses flagShare for «доля ОО, в которых / использующих …»", () => {
    const ooShares = indicators.filter((i) => /^доле ОО(,| города,)/.test(i.name));
    expect(ooShares.length).toBeGreaterThan(30);
    for (const i of ooShares) expect(i.computation.kind).toBe("flagShare");
  });
});

describe("Tula analytic tables", () => {
  const table = (id: string): TulaTable => {
    const t = tulaTables.find((x) => x.id === id);
    if (!t) throw new Error(`no table ${id}`);
    return t;
  };
  const round1 = (x: number) => Math.round(x * 10) / 10;

  it("has the expected tables", () => {
    expect(tulaTables.map((t) => t.id)).toEqual([
      "2.2.1",
      "2.3.1",
      "2.4.1",
      "2.4.2",
      "2.5.1",
      "2.5.2",
      "2.5.3",
      "2.5.4",
      "2.5.5",
      "2.5.6",
      "2.6.1",
      "2.7.1",
      "2.12.1",
    ]);
    for (const t of tulaTables) {
      expect(occursInSeed(DOC, t.title)).toBe(true);
      expect(lineAt(t.line)).toMatch(new RegExp(`^Таблица ${t.id.replace(/\./g, "\\.")}\\.?$`));
      for (const r of t.rows) expect(r.values).toHaveLength(t.columns.length);
    }
  });

  it("2.3.1: N = 3800, marks 1125/1694/843/138 give 74.2 % quality and 96.4 % success", () => {
    const [row] = table("2.3.1").rows;
    expect(row.label).toBe("г. Тула");
    const [n, below, success, enough, quality, n5, n4, n3, n2] = row.values as number[];
    expect([n, n5, n4, n3, n2]).toEqual([3800, 1125, 1694, 843, 138]);
    expect(n5 + n4 + n3 + n2).toBe(n);
    expect(below).toBe(n2);
    expect(enough).toBe(n5 + n4 + n3);
    expect(quality).toBe(74.2);
    expect(success).toBe(96.4);
    expect(round1(((n5 + n4) / n) * 100)).toBe(quality);
    expect(round1(((n5 + n4 + n3) / n) * 100)).toBe(success);
  });

  it("2.7.1 keeps the document's wrong total: rows sum to 233 classes, «ИТОГО» says 228", () => {
    const t = table("2.7.1");
    const total = t.rows.find((r) => r.label.startsWith("ИТОГО"));
    const rows = t.rows.filter((r) => r !== total);
    expect(rows).toHaveLength(5);
    const classes = rows.reduce((sum, r) => sum + (r.values[0] as number), 0);
    expect(classes).toBe(233);
    expect(total?.values[0]).toBe(228);
    // the pupils column does add up
    expect(rows.reduce((sum, r) => sum + (r.values[1] as number), 0)).toBe(total?.values[1]);
  });

  it("takes every number and every text cell from the seed near the table", () => {
    const missing: string[] = [];
    for (const t of tulaTables) {
      // from the caption to the next caption, at most 30 lines
      const window: string[] = [];
      for (let line = t.line; line < t.line + 30 && line <= seedLines.length; line++) {
        if (line > t.line && /^Таблица /.test(lineAt(line))) break;
        window.push(lineAt(line));
      }
      const text = window.join(" ");
      const numbers = new Set((text.match(/\d+(?:,\d+)?/g) ?? []).map((s) => Number(s.replace(",", "."))));
      for (const r of t.rows) {
        for (const v of r.values) {
          if (typeof v === "number" && !numbers.has(v)) missing.push(`${t.id} ${r.label}: ${v}`);
          if (typeof v === "string" && !text.includes(normaliseWhitespace(v)))
            missing.push(`${t.id} ${r.label}: «${v}»`);
        }
        if (!text.includes(normaliseWhitespace(r.label.split(" / ").pop() ?? ""))) {
          missing.push(`${t.id} label ${r.label}`);
        }
      }
      for (const c of t.columns) {
        const heading = normaliseWhitespace(c.replace(/^(Количество участников|Оценки за тест): /, ""));
        if (!text.includes(heading)) missing.push(`${t.id} column ${c}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("quotes the conclusions verbatim at their lines", () => {
    for (const t of tulaTables) {
      for (const c of t.conclusions ?? []) {
        expect(lineAt(c.line)).toContain(normaliseWhitespace(c.text));
      }
    }
  });
});
