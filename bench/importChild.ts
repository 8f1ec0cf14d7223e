import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { planImport } from "../src/core/operations/import";
import { existingSheets } from "../src/xlsx/buildFile";
import { loadWorkbook } from "../src/xlsx/loadFile";
import { parsePickedFiles } from "../src/xlsx/sourceFile";
import { applyPlanToWorkbook } from "../src/xlsx/writePlan";

/**
 * One import case of the bench in a process of its own, as `msoko import` runs it (the book loaded from its
 * file, the received files read from disk, planned and applied; not saved), so that its peak memory is the
 * import's and not the fixture generation's. Prints one JSON line.
 */
async function main(): Promise<void> {
  const [bookPath, ...sources] = process.argv.slice(2);
  const megabytes = () => process.memoryUsage().rss / 1e6;
  const t0 = performance.now();
  const workbook = await loadWorkbook(bookPath);
  const existing = existingSheets(workbook);
  const t1 = performance.now();
  const bookRss = megabytes();
  const bookPeak = process.resourceUsage().maxRSS / 1024;
  const files = sources.map((source) => ({
    name: path.basename(source),
    bytes: new Uint8Array(fs.readFileSync(source)),
  }));
  const parsed = await parsePickedFiles(files);
  const t2 = performance.now();
  const result = planImport(existing, parsed, { acceptNames: "all" });
  const t3 = performance.now();
  if (result.plan) applyPlanToWorkbook(workbook, result.plan);
  const t4 = performance.now();
  const rows = result.files.reduce((n, f) => n + f.added + f.completed + f.unchanged, 0);
  const refused = result.files.filter((f) => f.refused).map((f) => f.refused);
  console.log(
    JSON.stringify({
      load: t1 - t0,
      parse: t2 - t1,
      plan: t3 - t2,
      apply: t4 - t3,
      rows,
      refused,
      bookRss,
      bookPeak,
      peak: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
