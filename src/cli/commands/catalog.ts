import * as fs from "node:fs";
import { builtInCatalog, indicatorsOf } from "../../core/catalog";
import type { Framework } from "../../core/catalog/schema";
import { ru } from "../../core/base/i18n/ru";
import { countOf } from "../../core/base/text/format";
import { CommandSpec, parseCommand } from "../args";
import { libraryTexts } from "../../core/base/i18n/library";
import { ExitCode, Output, UsageError } from "../io";
import { catalogFromFile, writeLibrary } from "./catalogFrom";

const nouns = ru.catalogNouns;

function describeFramework(framework: Framework): string[] {
  const lines = [
    ru.cli.frameworkLine(
      framework.id,
      framework.municipality,
      countOf(framework.systems.length, nouns.system),
      countOf(indicatorsOf(framework).length, nouns.indicator),
    ),
  ];
  for (const system of framework.systems) {
    const indicators = system.criteria.reduce((total, criterion) => total + criterion.indicators.length, 0);
    lines.push(
      ru.cli.systemLine(
        system.code,
        system.label,
        countOf(system.criteria.length, nouns.criterion),
        countOf(indicators, nouns.indicator),
      ),
    );
  }
  return lines;
}

/** The catalog as JSON: frameworks → systems → criteria → indicators, as loaded and checked. */
function catalogJson(frameworks: readonly Framework[], withMethodology: boolean): string {
  const { methodology } = builtInCatalog();
  return JSON.stringify(withMethodology ? { frameworks, methodology } : { frameworks }, null, 2);
}

export const catalogSpec = {
  name: "catalog",
  options: {
    json: { type: "boolean", default: false },
    framework: { type: "string" },
    from: { type: "string" },
    new: { type: "boolean", default: false },
    out: { type: "string" },
    municipality: { type: "string" },
  },
  positionals: false,
} as const satisfies CommandSpec;

export async function catalogCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseCommand(catalogSpec, args);
  if (values.from !== undefined || values.new) {
    const out = values.out?.trim();
    if (!out) throw new UsageError(libraryTexts.cli.noOut);
    if (fs.existsSync(out)) throw new UsageError(libraryTexts.cli.outExists(out));
    return values.new ? writeLibrary(out, output) : catalogFromFile(values.from!, out, values.municipality, output);
  }
  const { frameworks, methodology } = builtInCatalog();
  const chosen = values.framework ? frameworks.filter((framework) => framework.id === values.framework) : frameworks;
  const wantsMethodology = !values.framework || values.framework === "federal";
  if (values.framework && chosen.length === 0 && !wantsMethodology) {
    throw new UsageError(
      ru.cli.unknownFramework(values.framework, [...frameworks.map((f) => f.id), "federal"].join(", ")),
    );
  }
  if (values.json) {
    output.out(catalogJson(chosen, wantsMethodology));
    return 0;
  }
  for (const framework of chosen) output.out(describeFramework(framework).join("\n"));
  if (wantsMethodology) {
    const subsystems = methodology.blocks.flatMap((block) => block.subsystems);
    output.out(
      ru.cli.methodologyLine(
        countOf(methodology.blocks.length, nouns.block),
        countOf(subsystems.length, nouns.subsystem),
        countOf(subsystems.flatMap((subsystem) => subsystem.positions).length, nouns.position),
      ),
    );
  }
  return 0;
}
