import { performance } from "node:perf_hooks";
import { builtInCatalog, indicatorsOf } from "../src/core/catalog";
import { planWorkbook } from "../src/core/operations/build";
import { parsePeriods } from "../src/core/workbook/periods";
import { createWorkbookOperations } from "../src/excel/workbookOperations";
import { createExcelHost } from "../test/helpers/excelHost";

const schoolsOf = (count: number) => Array.from({ length: count }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
const PERIODS = "2020/2021, 2021/2022, 2022/2023, 2023/2024, 2024/2025";

/** «Создать листы» for the biggest framework: round trips and request sizes as the municipality grows. */
export async function benchCreateSheets(): Promise<void> {
  const biggest = [...builtInCatalog().frameworks].sort((a, b) => indicatorsOf(b).length - indicatorsOf(a).length)[0];
  const parsed = parsePeriods(PERIODS);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  console.log(`«Создать листы», ${biggest.municipality} (${indicatorsOf(biggest).length} indicators), 5 periods:`);
  console.log("  schools  plan, ms  sheets  cells      syncs  largest request  all requests");
  for (const count of [10, 50, 100, 200]) {
    const request = {
      periods: parsed.periods,
      municipality: "Бенчмарк",
      schools: schoolsOf(count),
      flavour: "msoko" as const,
    };
    const started = performance.now();
    const { plan } = planWorkbook({ ...request, framework: biggest });
    const planMs = performance.now() - started;
    const cells = plan.sheets.reduce(
      (sum, sheet) => sum + sheet.blocks.reduce((n, b) => n + b.cells.length * (b.cells[0]?.length ?? 0), 0),
      0,
    );
    const host = createExcelHost();
    await createWorkbookOperations(host.run, host.supports).createSheets({
      ...request,
      frameworkId: biggest.id,
      useWorkbookCatalog: false,
    });
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    console.log(
      `  ${String(count).padStart(7)}  ${planMs.toFixed(0).padStart(8)}  ${String(plan.sheets.length).padStart(6)}  ${String(cells).padEnd(9)}  ${String(host.stats.syncs).padStart(5)}  ${mb(host.stats.maxRequestBytes).padStart(15)}  ${mb(host.stats.totalRequestBytes).padStart(12)}`,
    );
  }
}
