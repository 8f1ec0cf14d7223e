import { benchAnalyze } from "./analyze";
import { benchBundle } from "./bundle";
import { benchCreateSheets } from "./createSheets";
import { benchForms } from "./forms";
import { benchFunctions } from "./functions";
import { benchImport } from "./import";
import { benchRebuildMemory } from "./rebuildMemory";
import { benchResults } from "./results";
import { benchValidate } from "./validate";

const CASES: [string, () => unknown][] = [
  ["functions", benchFunctions],
  ["createSheets", benchCreateSheets],
  ["validate", benchValidate],
  ["analyze", benchAnalyze],
  ["results", benchResults],
  ["import", benchImport],
  ["forms", benchForms],
  ["bundle", benchBundle],
  ["rebuildMemory", benchRebuildMemory],
];

/**
 * `npm run bench`: figures only, no pass or fail. `npm run bench -- forms import` (or BENCH=forms,import)
 * runs only the cases named.
 */
async function main(): Promise<void> {
  const wanted = [...process.argv.slice(2), ...(process.env.BENCH ?? "").split(",")]
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !CASES.some(([known]) => known === name));
  if (unknown.length > 0)
    throw new Error(`Unknown bench cases: ${unknown.join(", ")}; known: ${CASES.map(([n]) => n).join(", ")}`);
  const chosen = wanted.length > 0 ? CASES.filter(([name]) => wanted.includes(name)) : CASES;
  for (const [i, [, run]] of chosen.entries()) {
    if (i > 0) console.log();
    await run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
