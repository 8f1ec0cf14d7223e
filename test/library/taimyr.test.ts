import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { TAIMYR_PICKS } from "../../src/core/catalog/frameworks/taimyrPicks";
import { mechanismOf } from "../../src/core/catalog/mechanisms";
import { cycleFromWorkbook } from "../../src/core/features/selfAssessment/fromWorkbook";
import { planWorkbook } from "../../src/core/operations/build";
import { parsePeriods } from "../../src/core/workbook/periods";
import { plannedSheets } from "../../src/core/sheets/plannedSheets";

const taimyr = findFramework("taimyr")!;
const asino = findFramework("asino")!;

describe("Таймырский район completed from the library: the worked example", () => {
  test("its eight mechanisms keep their goals and get the indicators picked for their tasks", () => {
    expect(taimyr.systems.map((s) => s.code)).toEqual(Object.keys(TAIMYR_PICKS));
    for (const system of taimyr.systems) {
      expect(system.goals.length).toBeGreaterThan(0);
      const picked = system.criteria.flatMap((c) => c.indicators);
      expect(picked).toHaveLength(TAIMYR_PICKS[system.code].length);
    }
    expect(indicatorsOf(taimyr)).toHaveLength(48);
  });

  test("each picked indicator keeps the wording and the source of the document it comes from", () => {
    const byName = new Map(indicatorsOf(asino).map((i) => [i.name, i]));
    for (const indicator of indicatorsOf(taimyr)) {
      const original = byName.get(indicator.name)!;
      expect(indicator.source).toEqual(original.source);
      expect(indicator.unit).toBe(original.unit);
      expect(indicator.code).toMatch(/^TMR\.7\.[12]\.\d\.\d\.\d{2}$/);
    }
  });

  test("each mechanism takes indicators of the same mechanism in the library", () => {
    const systemOf = new Map(
      asino.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => [i.name, s]))),
    );
    for (const system of taimyr.systems) {
      for (const indicator of system.criteria.flatMap((c) => c.indicators)) {
        expect(mechanismOf(systemOf.get(indicator.name)!)).toBe(mechanismOf(system));
      }
    }
  });

  test("a new book has sheets for every mechanism, and the cycle shows what the Положение lacks", () => {
    const periods = parsePeriods("2023/2024,2024/2025");
    if (!periods.ok) throw new Error("periods");
    const { plan } = planWorkbook({
      framework: taimyr,
      periods: periods.periods,
      municipality: "Таймырский Долгано-Ненецкий муниципальный район",
      schools: ["МКОУ «Дудинская средняя школа № 1»", "МКДОУ «Детский сад № 2»"],
      flavour: "portable",
    });
    const rows = cycleFromWorkbook(taimyr, plannedSheets(plan));
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const word = (stage: string) => row.cells.find((cell) => cell.stage === stage)?.word;
      expect(word("goals")).toBe("полный");
      expect(word("indicators")).toBe("полный");
      expect(word("monitoring")).not.toBe("полный");
      expect(word("analysis")).not.toBe("полный");
      expect(word("measures")).not.toBe("полный");
    }
  });
});
