import { builtInCatalog, findFramework, indicatorsOf } from "../../../src/core/catalog";

describe("the built-in catalog", () => {
  const catalog = builtInCatalog();

  test("holds the four municipal frameworks and the federal methodology", () => {
    expect(catalog.frameworks.map((framework) => framework.id)).toEqual(["asino", "tula", "abinsk", "taimyr"]);
    expect(catalog.methodology.blocks.flatMap((block) => block.subsystems)).toHaveLength(9);
  });

  test("indicator codes are unique across every framework", () => {
    const codes = catalog.frameworks.flatMap(indicatorsOf).map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("every share names both its numerator and its denominator", () => {
    for (const indicator of catalog.frameworks.flatMap(indicatorsOf)) {
      if (indicator.computation.kind === "share" || indicator.computation.kind === "ratio") {
        expect(indicator.computation.numerator.length).toBeGreaterThan(0);
        expect(indicator.computation.denominator.length).toBeGreaterThan(0);
      }
    }
  });

  test("percent indicators are computed as shares of something", () => {
    for (const indicator of catalog.frameworks.flatMap(indicatorsOf).filter((i) => i.unit === "percent")) {
      expect(["share", "flagShare", "average"]).toContain(indicator.computation.kind);
    }
  });

  test("finds a framework by id and nothing for an unknown one", () => {
    expect(findFramework("tula")?.municipality).toMatch(/Тул/);
    expect(findFramework("moscow")).toBeUndefined();
  });
});
