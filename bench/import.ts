import { performance } from "node:perf_hooks";
import * as ExcelJS from "exceljs";
import { findFramework } from "../src/core/catalog";
import { planImport } from "../src/core/operations/import";
import { parsePeriods } from "../src/core/workbook/periods";
import { buildIntoWorkbook, existingSheets } from "../src/xlsx/buildFile";
import { parsePickedFiles } from "../src/xlsx/sourceFile";
import { applyPlanToWorkbook } from "../src/xlsx/writePlan";
import { bookName, Grid, protocolGrid, sampleSchools, statisticsGrid } from "../test/helpers/importSamples";

const SUBJECTS = [
  "Русский язык",
  "Математика",
  "Окружающий мир",
  "История",
  "Биология",
  "География",
  "Обществознание",
  "Физика",
  "Химия",
  "Информатика",
  "Литература",
  "Английский язык",
];

async function xlsxBytes(grid: Grid): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Лист1");
  for (const row of grid) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** A book of `count` schools of the invented district: logins blank (matched by name), codes given when asked. */
function book(count: number, codes = false): ExcelJS.Workbook {
  const periods = parsePeriods("2024/2025,2025/2026");
  if (!periods.ok) throw new Error(periods.messages.join("; "));
  const workbook = new ExcelJS.Workbook();
  buildIntoWorkbook(workbook, {
    framework: findFramework("asino")!,
    periods: periods.periods,
    municipality: "Энский район",
    schools: Array.from({ length: count }, (_, i) => bookName(i)),
    flavour: "portable",
    ...(codes && { schoolIds: new Map(sampleSchools(count).map((s, i) => [bookName(i), { code: s.code }])) }),
  });
  return workbook;
}

async function measure(label: string, files: { name: string; bytes: Uint8Array }[], workbook: ExcelJS.Workbook) {
  const existing = existingSheets(workbook);
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const parsed = await parsePickedFiles(files);
  const t1 = performance.now();
  const result = planImport(existing, parsed, { acceptNames: "all" });
  const t2 = performance.now();
  if (result.plan) applyPlanToWorkbook(workbook, result.plan);
  const t3 = performance.now();
  const rows = result.files.reduce((n, f) => n + f.added + f.completed + f.unchanged, 0);
  const heap = process.memoryUsage().heapUsed - heapBefore;
  console.log(
    `  ${label.padEnd(44)} read+parse ${(t1 - t0).toFixed(0).padStart(5)} ms  plan ${(t2 - t1).toFixed(0).padStart(5)} ms  apply ${(t3 - t2).toFixed(0).padStart(5)} ms  rows ${String(rows).padStart(6)}  heap +${mb(heap)}  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

/** «Загрузить результаты»: 300 schools × 12 subjects of «Статистика по отметкам», and a 40 000-row РЦОИ protocol. */
export async function benchImport(): Promise<void> {
  console.log("«Загрузить результаты» (.xlsx files read from their XML, the book held in memory, asino framework):");
  const schools = sampleSchools(300);
  const statistics = await Promise.all(
    SUBJECTS.map(async (subject, i) => ({
      name: `stat-${i}.xlsx`,
      bytes: await xlsxBytes(statisticsGrid(schools, subject, 4 + (i % 5))),
    })),
  );
  await measure("300 schools × 12 «Статистика по отметкам»", statistics, book(300));
  const protocol = protocolGrid(schools, "ЕГЭ", 67); // 2 subjects × 300 schools × 67 = 40 200 rows
  await measure(
    `РЦОИ protocol, ${protocol.length} rows`,
    [{ name: "protocol.xlsx", bytes: await xlsxBytes(protocol) }],
    book(300, true),
  );
}
