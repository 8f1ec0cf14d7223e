import { abinskFramework } from "./frameworks/abinsk";
import { asinoFramework } from "./frameworks/asino";
import { federalMethodology } from "./frameworks/federal";
import { OWN_FRAMEWORK_ID, ownBaseFramework } from "./frameworks/own";
import { taimyrFramework } from "./frameworks/taimyr";
import { TAIMYR_PICKS } from "./frameworks/taimyrPicks";
import { completeFromPicks } from "./completeFromPicks";
import { tulaFramework } from "./frameworks/tula";
import { Methodology, methodologySchema } from "./methodologySchema";
import { Framework, frameworkSchema, Indicator } from "./schema";

export interface Catalog {
  readonly frameworks: readonly Framework[];
  readonly methodology: Methodology;
}

/** Every indicator of a framework, in table order. */
export function indicatorsOf(framework: Framework): Indicator[] {
  return framework.systems.flatMap((system) => system.criteria.flatMap((criterion) => criterion.indicators));
}

function assertUnique(kind: string, codes: readonly string[]): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw new Error(`Catalog: duplicate ${kind} code ${code}`);
    seen.add(code);
  }
}

/** Parses the built-in frameworks with their schemas; a broken entry stops loading with its path. */
function loadCatalog(): Catalog {
  const taimyr = completeFromPicks(taimyrFramework, TAIMYR_PICKS, asinoFramework, "TMR");
  const frameworks = [asinoFramework, tulaFramework, abinskFramework, taimyr].map((input) =>
    frameworkSchema.parse(input),
  );
  assertUnique(
    "framework",
    frameworks.map((framework) => framework.id),
  );
  assertUnique(
    "indicator",
    frameworks.flatMap(indicatorsOf).map((indicator) => indicator.code),
  );
  for (const framework of frameworks) {
    assertUnique(
      `sheet name in ${framework.id}`,
      framework.systems.map((system) => system.sheetName),
    );
  }
  return { frameworks, methodology: methodologySchema.parse(federalMethodology) };
}

let loaded: Catalog | undefined;

/** The built-in catalog, checked once on first use. */
export function builtInCatalog(): Catalog {
  loaded ??= loadCatalog();
  return loaded;
}

/** A built-in framework by id; «own» is the skeleton of one's own Положение (the eight mechanisms). */
export function findFramework(id: string): Framework | undefined {
  if (id === OWN_FRAMEWORK_ID) return ownBaseFramework;
  return builtInCatalog().frameworks.find((framework) => framework.id === id);
}
