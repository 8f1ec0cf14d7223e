import { performance } from "node:perf_hooks";
import { planAnalysis } from "../src/core/operations/analyse";
import { builtInCatalog, indicatorsOf } from "../src/core/catalog";
import { demoData, demoStatuses } from "../src/core/features/demo/demoData";
import { planWorkbook } from "../src/core/operations/build";
import { parsePeriods } from "../src/core/workbook/periods";
import { plannedSheets } from "../src/core/sheets/plannedSheets";
import { applyPlan } from "../src/excel/applyPlan";
import { createExcelHost } from "../test/helpers/excelHost";

const SCHOOLS = 200;
const PERIODS = "2022/2023, 2023/2024, 2024/2025";

/** «Сформировать аналитическую справку» for 200 schools × the biggest framework × 3 periods. */
export async function benchAnalyze(): Promise<void> {
  const biggest = [...builtInCatalog().frameworks].sort((a, b) => indicatorsOf(b).length - indicatorsOf(a).length)[0];
  const parsed = parsePeriods(PERIODS);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  const schools = Array.from({ length: SCHOOLS }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
  const statuses = demoStatuses(parsed.periods, schools);
  const request = {
    framework: biggest,
    periods: parsed.periods,
    municipality: "Бенчмарк",
    schools,
    flavour: "msoko" as const,
    data: demoData(biggest, parsed.periods, schools, undefined, undefined, statuses),
    statuses,
  };
  const { plan } = planWorkbook(request);
  const existing = plannedSheets(plan);
  const analysisRequest = {
    framework: biggest,
    periods: parsed.periods.map((period) => period.label),
    municipality: "Бенчмарк",
    period: "2024/2025",
  };
  console.log(`«Сформировать аналитическую справку», ${biggest.municipality}, ${SCHOOLS} schools, 3 periods:`);
  const started = performance.now();
  const result = planAnalysis(existing, analysisRequest);
  const planned = performance.now();
  const systems = result.report.systems;
  const count = (pick: (s: (typeof systems)[number]) => number) => systems.reduce((n, s) => n + pick(s), 0);
  console.log(
    `  analysis and sheet plan ${(planned - started).toFixed(0)} ms: ${count((s) => s.conclusions.length)} conclusions, ${count((s) => s.recommendations.length)} recommendations`,
  );

  const host = createExcelHost();
  await host.run((context) => applyPlan(context, plan, undefined, { supports: host.supports }));
  host.resetStats();
  await host.run((context) => applyPlan(context, result.plan, undefined, { supports: host.supports }));
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    `  writing the sheets through Office.js: ${host.stats.syncs} syncs, largest request ${mb(host.stats.maxRequestBytes)}`,
  );
}
