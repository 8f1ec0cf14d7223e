import { methodologySchema, type CycleStage } from "../../../src/core/catalog/methodologySchema";
import { federalMethodology } from "../../../src/core/catalog/frameworks/federal";
import { normaliseWhitespace, occursInSeed, readSeed } from "../../helpers/seeds";

const DOCUMENT = "003_c2f9cc6eb99b76b2.txt";
const STAGES: CycleStage[] = ["goals", "indicators", "monitoring", "analysis", "measures", "effectiveness"];
const STAGE_HEADINGS = [
  "Обоснование целей",
  "Выбор показателей, методов сбора информации",
  "Проведение мониторинга",
  "Проведение анализа и подготовка адресных рекомендаций",
  "Принятие мер и управленческих решений",
  "Анализ эффективности принятых мер",
];

/** Positions per subsystem, counted by hand in the seed. */
const EXPECTED_POSITIONS: Record<string, number> = {
  "1.1": 23,
  "1.2": 21,
  "1.3": 38,
  "1.4": 37,
  "2.1": 24,
  "2.2": 48,
  "2.3": 33,
  "2.4": 24,
  "2.5": 36,
};
const EXPECTED_TOTAL = 284;

const methodology = methodologySchema.parse(federalMethodology);
const subsystems = methodology.blocks.flatMap((block) => block.subsystems);
const positions = subsystems.flatMap((subsystem) => subsystem.positions);
const seedLines = readSeed(DOCUMENT).split("\n");

/**
 * Counts positions straight from the raw seed, without looking at federal.ts.
 *
 * The flattened table puts each cell on a line starting with a tab, and an empty «Максимальный балл» cell
 * as tab-only lines. A table row therefore starts on a content line preceded by at least two tab-only lines.
 * A content line after fewer (or without a leading tab) continues the row above: a wrapped sentence or the
 * second half of a point rule. Two places start a row after a single tab-only line: the first row after a
 * stage heading, and the first list item after a group heading ending in «:» (in 1.2 the item even follows
 * with no tab at all). Of the rows, stage headings, block/subsystem headings and group headings (a capitalised
 * row followed by a row that starts in lower case: «Наличие обоснования …:» → «включающей …») are not
 * positions; everything else is.
 */
function countPositionsInSeed(fromLine: number, toLine: number): number {
  const rows: string[] = [];
  let tabOnly = 0;
  for (let n = fromLine; n < toLine; n++) {
    const raw = seedLines[n - 1];
    if (raw.trim() === "") {
      if (raw.startsWith("\t")) tabOnly++;
      continue;
    }
    const text = raw.trim();
    const previous = rows[rows.length - 1];
    const startsRow =
      previous === undefined || tabOnly >= 2 || STAGE_HEADINGS.includes(previous) || previous.endsWith(":");
    if (startsRow) rows.push(text);
    else rows[rows.length - 1] = `${previous} ${text}`;
    tabOnly = 0;
  }
  const isLower = (s: string) => s[0] !== s[0].toUpperCase();
  return rows.filter((row, i) => {
    if (STAGE_HEADINGS.includes(row) || /^\d\.(\d\.)? /.test(row)) return false;
    const next = rows[i + 1];
    const isGroupHeading = !isLower(row) && next !== undefined && isLower(next);
    return !isGroupHeading;
  }).length;
}

describe("federal methodology (003)", () => {
  it("parses with the schema", () => {
    expect(() => methodologySchema.parse(federalMethodology)).not.toThrow();
    expect(methodology.document).toBe(DOCUMENT);
  });

  it("has 2 blocks and 9 subsystems", () => {
    expect(methodology.blocks.map((b) => b.code)).toEqual(["1", "2"]);
    expect(subsystems.map((s) => s.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]);
    for (const block of methodology.blocks) {
      for (const subsystem of block.subsystems) expect(subsystem.code.startsWith(`${block.code}.`)).toBe(true);
    }
  });

  it("covers all six stages in every subsystem, in cycle order, with exactly one penalty row", () => {
    for (const subsystem of subsystems) {
      const stages = subsystem.positions.map((p) => p.stage);
      expect(new Set(stages)).toEqual(new Set(STAGES));
      const order = stages.map((stage) => STAGES.indexOf(stage));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const penalties = subsystem.positions.filter((p) => p.rule.kind === "penalty");
      expect(penalties).toHaveLength(1);
      expect(penalties[0].name).toMatch(/^Наличие неэффективных показателей/);
      expect(penalties[0].stage).toBe("indicators");
    }
  });

  it("has the expected number of positions per subsystem", () => {
    const counts = Object.fromEntries(subsystems.map((s) => [s.code, s.positions.length]));
    expect(counts).toEqual(EXPECTED_POSITIONS);
    expect(positions).toHaveLength(EXPECTED_TOTAL);
  });

  it("agrees with an independent count in the raw seed", () => {
    const headingLines = seedLines
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => /^\t\d\.\d\. /.test(line));
    const totalLine = seedLines.findIndex((line) => line.trim().startsWith("Итого")) + 1;
    expect(headingLines).toHaveLength(9);
    expect(totalLine).toBeGreaterThan(0);
    const counts: Record<string, number> = {};
    headingLines.forEach(({ line, n }, i) => {
      const code = line.trim().match(/^(\d\.\d)\./)![1];
      counts[code] = countPositionsInSeed(n, headingLines[i + 1]?.n ?? totalLine);
    });
    expect(counts).toEqual(EXPECTED_POSITIONS);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(EXPECTED_TOTAL);
  });

  it("counts the rule kinds", () => {
    const kinds: Record<string, number> = {};
    for (const p of positions) kinds[p.rule.kind] = (kinds[p.rule.kind] ?? 0) + 1;
    expect(kinds).toEqual({ presence: 216, goalMatch: 41, graded: 11, perItem: 7, penalty: 9 });
  });

  it("keeps every name verbatim", () => {
    for (const block of methodology.blocks) expect(occursInSeed(DOCUMENT, block.name)).toBe(true);
    for (const subsystem of subsystems) expect(occursInSeed(DOCUMENT, subsystem.name)).toBe(true);
    const missing = positions.filter((p) => !occursInSeed(DOCUMENT, p.name)).map((p) => p.code);
    expect(missing).toEqual([]);
  });

  it("has unique codes made of block, subsystem, stage and number", () => {
    const codes = positions.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const subsystem of subsystems) {
      for (const p of subsystem.positions) {
        expect(p.code).toMatch(
          new RegExp(`^FED\\.${subsystem.code.replace(".", "\\.")}\\.${STAGES.indexOf(p.stage) + 1}\\.\\d{2}$`),
        );
      }
    }
  });

  it("quotes every rule verbatim from the seed", () => {
    const missing: string[] = [];
    for (const p of positions) {
      const rule = p.rule;
      if (rule.verbatim !== undefined && !occursInSeed(DOCUMENT, rule.verbatim))
        missing.push(`${p.code}: ${rule.verbatim}`);
      if (rule.kind === "graded") {
        for (const grade of rule.grades) if (!occursInSeed(DOCUMENT, grade)) missing.push(`${p.code}: ${grade}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives no verbatim rule to presence items and penalties", () => {
    for (const p of positions) {
      if (p.rule.kind === "presence" || p.rule.kind === "penalty") expect(p.rule.verbatim).toBeUndefined();
      else expect(p.rule.verbatim).toBeDefined();
    }
  });

  it("derives every maximum from its rule", () => {
    for (const p of positions) {
      expect(p.maxReconstructed).toBe(true);
      const rule = p.rule;
      switch (rule.kind) {
        case "presence":
          expect(p.maxScore).toBe(1);
          break;
        case "perItem":
          expect(p.maxScore).toBe(rule.items.length * rule.pointsPerItem);
          break;
        case "goalMatch":
          expect(p.maxScore).toBe(rule.matching);
          expect(rule.matching).toBeGreaterThan(rule.notMatching);
          break;
        case "graded":
          expect(p.maxScore).toBe(rule.max);
          expect(rule.grades).toHaveLength(rule.max - rule.min + 1);
          break;
        case "penalty":
          expect(rule.pointsPerItem).toBe(-1);
          expect(p.maxScore).toBe(0);
          break;
      }
    }
  });

  it("speaks of the municipality in labels", () => {
    const labels = [...subsystems.map((s) => s.label), ...positions.map((p) => p.label)];
    expect(labels.filter((label) => /регион/i.test(label))).toEqual([]);
    expect(labels.filter((label) => /субъект(а|ов)? (РФ|Российской)|ОИВ/.test(label))).toEqual([]);
  });

  it("points every source line at the start of its name", () => {
    const wrong: string[] = [];
    for (const p of positions) {
      expect(p.source.document).toBe(DOCUMENT);
      const line = normaliseWhitespace(seedLines[p.source.line - 1] ?? "");
      if (line === "" || !normaliseWhitespace(p.name).startsWith(line)) wrong.push(`${p.code} → ${p.source.line}`);
    }
    for (const s of subsystems) {
      const line = normaliseWhitespace(seedLines[s.source.line - 1] ?? "");
      if (!`${s.code}. ${normaliseWhitespace(s.name)}`.startsWith(line)) wrong.push(`${s.code} → ${s.source.line}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lists positions in the order of the seed", () => {
    const lines = positions.map((p) => p.source.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
