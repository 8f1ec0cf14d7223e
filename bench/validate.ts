import { performance } from "node:perf_hooks";
import { builtInCatalog, indicatorsOf } from "../src/core/catalog";
import { demoData, demoStatuses } from "../src/core/features/demo/demoData";
import { validateDataset } from "../src/core/features/validation/checks";
import { readDataset } from "../src/core/sheets/dataset";
import { planWorkbook } from "../src/core/operations/build";
import { parsePeriods } from "../src/core/workbook/periods";
import { plannedSheets } from "../src/core/sheets/plannedSheets";
import { applyPlan } from "../src/excel/applyPlan";
import { readExisting } from "../src/excel/readWorkbook";
import { createExcelHost } from "../test/helpers/excelHost";

const SCHOOLS = 200;
const PERIODS = "2020/2021, 2021/2022, 2022/2023, 2023/2024, 2024/2025";
const schoolsOf = (count: number) => Array.from({ length: count }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);

/** «Проверить данные» for 200 schools × the biggest framework × 5 periods: core time, and syncs to read the sheets. */
export async function benchValidate(): Promise<void> {
  const biggest = [...builtInCatalog().frameworks].sort((a, b) => indicatorsOf(b).length - indicatorsOf(a).length)[0];
  const parsed = parsePeriods(PERIODS);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  const schools = schoolsOf(SCHOOLS);
  const statuses = demoStatuses(parsed.periods, schools);
  const data = demoData(biggest, parsed.periods, schools, undefined, undefined, statuses);
  const { plan } = planWorkbook({
    framework: biggest,
    periods: parsed.periods,
    municipality: "Бенчмарк",
    schools,
    flavour: "msoko",
    data,
    statuses,
  });
  const existing = plannedSheets(plan);
  const labels = parsed.periods.map((period) => period.label);
  console.log(
    `«Проверить данные», ${biggest.municipality} (${indicatorsOf(biggest).length} indicators), ${SCHOOLS} schools, 5 periods, ${data.size} typed values:`,
  );

  const started = performance.now();
  const dataset = readDataset(biggest, labels, existing);
  const scanned = performance.now();
  const findings = validateDataset(dataset);
  const done = performance.now();
  const byRule = new Map<string, number>();
  findings.forEach((f) => byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1));
  const rules = [...byRule].map(([rule, count]) => `${rule} ${count}`).join(", ");
  console.log(`  scan ${(scanned - started).toFixed(0)} ms, checks ${(done - scanned).toFixed(0)} ms`);
  console.log(`  findings: ${findings.length}${rules ? ` (${rules})` : ""}`);

  // Reading those sheets back through the Office.js shell, from the in-memory host.
  const host = createExcelHost();
  await host.run((context) => applyPlan(context, plan, undefined, { supports: host.supports }));
  host.resetStats();
  const read = await host.run((context) => readExisting(context, host.supports));
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    `  read through Office.js: ${host.stats.syncs} syncs, ${read.length} sheets, requests ${mb(host.stats.totalRequestBytes)}`,
  );
}
