import { taimyrFramework } from "../../../src/core/catalog/frameworks/taimyr";
import { frameworkSchema, type Framework } from "../../../src/core/catalog/schema";
import { normaliseWhitespace, occursInSeed, readSeed } from "../../helpers/seeds";

const document = "001_8394eba6cc65d5b0.txt";
const framework: Framework = frameworkSchema.parse(taimyrFramework);
const seedLines = readSeed(document).split("\n");

describe("Таймырский Долгано-Ненецкий муниципальный район (раздел 7)", () => {
  it("passes the schema", () => {
    expect(() => frameworkSchema.parse(taimyrFramework)).not.toThrow();
    expect(framework.id).toBe("taimyr");
    expect(framework.document).toBe(document);
    expect(occursInSeed(document, framework.municipality)).toBe(true);
    expect(occursInSeed(document, framework.title)).toBe(true);
  });

  it("has the 8 mechanisms 7.1.1–7.2.4 and no indicators of its own", () => {
    expect(framework.systems.map((s) => s.code)).toEqual([
      "7.1.1",
      "7.1.2",
      "7.1.3",
      "7.1.4",
      "7.2.1",
      "7.2.2",
      "7.2.3",
      "7.2.4",
    ]);
    for (const s of framework.systems) expect(s.criteria).toEqual([]);
  });

  it("quotes each mechanism's name and points at its heading", () => {
    for (const s of framework.systems) {
      expect(occursInSeed(document, s.name)).toBe(true);
      const line = normaliseWhitespace(seedLines[s.source.line - 1] ?? "");
      expect(line.startsWith(`${s.code}. ${s.name}`)).toBe(true);
    }
  });

  it("gives each mechanism goals and tasks quoted verbatim from the seed", () => {
    for (const s of framework.systems) {
      const items = [...s.goals, ...s.tasks];
      expect(s.goals.length + s.tasks.length).toBeGreaterThanOrEqual(1);
      expect(items.filter((t) => occursInSeed(document, t))).toHaveLength(items.length);
    }
  });

  it("has short, valid and unique sheet names", () => {
    const names = framework.systems.map((s) => s.sheetName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
