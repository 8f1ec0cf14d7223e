import { builtInCatalog, findFramework, indicatorsOf } from "../../src/core/catalog";
import { readCatalogRows, catalogRows } from "../../src/core/sheets/catalogSheet";
import { ownBaseFramework } from "../../src/core/catalog/frameworks/own";
import type { Framework } from "../../src/core/catalog/schema";
import { readAppendix, draftIndicatorCount } from "../../src/core/features/library/appendix";
import { buildLibrary } from "../../src/core/features/library/library";
import { frameworkFromDraft } from "../../src/core/features/library/ownFramework";
import { readDocxTables } from "../../src/docx/readTables";
import { appendixDocx } from "./appendixFiles";

const library = buildLibrary(builtInCatalog().frameworks);

function unitCounts(framework: Framework): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const indicator of indicatorsOf(framework)) counts[indicator.unit] = (counts[indicator.unit] ?? 0) + 1;
  return counts;
}

describe("the Асино appendix tables, written into Word, read back", () => {
  const asino = findFramework("asino")!;
  let framework: Framework;
  let draft: ReturnType<typeof readAppendix>;
  let problems: ReturnType<typeof readAppendix>["problems"];

  beforeAll(async () => {
    const bytes = await appendixDocx(asino, {
      criterionColumn: true,
      numbered: false,
      unit: "verbatim",
      resultColumn: (s) => s < 2,
      footnote: true,
    });
    draft = readAppendix(await readDocxTables(bytes), library);
    problems = draft.problems;
    expect(draftIndicatorCount(draft)).toBe(161);
    framework = frameworkFromDraft(draft, "Асиновский район");
  });

  test("every system, criterion and indicator, in the document's order and wording", () => {
    expect(framework.systems.map((system) => system.name)).toEqual(asino.systems.map((system) => system.name));
    expect(framework.systems.map((s) => s.criteria.length)).toEqual(asino.systems.map((s) => s.criteria.length));
    expect(indicatorsOf(framework).map((i) => i.name)).toEqual(indicatorsOf(asino).map((i) => i.name));
  });

  test("units as the document gives them: 120 Процент, 31 Единицы, 9 Да/нет, one blank guessed", () => {
    expect(indicatorsOf(framework).map((i) => i.unitVerbatim ?? "")).toEqual(
      indicatorsOf(asino).map((i) => i.unitVerbatim ?? ""),
    );
    const blank = indicatorsOf(asino).filter((i) => !i.unitVerbatim);
    expect(blank).toHaveLength(1);
    expect(unitCounts(framework).percent).toBeGreaterThanOrEqual(120);
    expect(unitCounts(framework).yesno).toBeGreaterThanOrEqual(9);
  });

  test("each table's footnote is listed, not taken for an indicator", () => {
    expect(problems.filter((p) => p.kind === "footnote")).toHaveLength(8);
    expect(problems.filter((p) => p.kind !== "footnote")).toEqual([]);
  });

  test("systems land on the federal mechanisms, in the methodology's order", () => {
    expect(framework.systems.map((system) => system.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  test("each indicator is matched to its library entry and inherits its computation where the units agree", () => {
    const drafted = draft.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators));
    const original = indicatorsOf(asino);
    expect(drafted.filter((d, i) => d.match?.entry.sources.some((s) => s.code === original[i].code))).toHaveLength(161);
    const own = indicatorsOf(framework);
    own.forEach((indicator, i) => {
      if (indicator.unit === original[i].unit) expect(indicator.computation).toEqual(original[i].computation);
    });
  });

  test("the result goes onto «Показатели» and is read back over the own skeleton unchanged", () => {
    const reading = readCatalogRows(catalogRows(framework), ownBaseFramework);
    expect(reading.problems).toEqual([]);
    expect(indicatorsOf(reading.framework).map((i) => [i.code, i.name, i.unit])).toEqual(
      indicatorsOf(framework).map((i) => [i.code, i.name, i.unit]),
    );
  });
});

describe("the Абинск programme's tables: numbered rows, no criterion column, units mostly blank", () => {
  const abinsk = findFramework("abinsk")!;

  test("every indicator is carried over, its unit read where written and guessed from the wording otherwise", async () => {
    const bytes = await appendixDocx(abinsk, { criterionColumn: false, numbered: true, unit: "verbatim" });
    const draft = readAppendix(await readDocxTables(bytes), library);
    expect(draft.problems).toEqual([]);
    const framework = frameworkFromDraft(draft, "Абинский район");
    // Each table is titled by its system: the heading rows inside it are its criteria, not more systems.
    expect(framework.systems.map((system) => system.name)).toEqual(abinsk.systems.map((system) => system.name));
    const criteria = (f: typeof abinsk) => f.systems.flatMap((s) => s.criteria.map((c) => c.name).filter(Boolean));
    expect(criteria(framework)).toEqual(criteria(abinsk));
    const read = indicatorsOf(framework);
    expect(read.map((i) => i.name)).toEqual(indicatorsOf(abinsk).map((i) => i.name));
    const shares = read.filter((i) => /^доля/i.test(i.name));
    expect(shares.every((i) => i.unit === "percent")).toBe(true);
    const presence = read.filter((i) => /^наличие/i.test(i.name) && !i.unitVerbatim);
    expect(presence.every((i) => i.unit === "yesno")).toBe(true);
  });
});
