import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { findFramework } from "../src/core/catalog";
import { parsePeriods } from "../src/core/workbook/periods";
import { buildIntoWorkbook } from "../src/xlsx/buildFile";
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

async function writeGrid(grid: Grid, file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Лист1");
  for (const row of grid) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

const mb = (megabytes: number) => `${megabytes.toFixed(0)} MB`;
const ms = (milliseconds: number) => `${milliseconds.toFixed(0).padStart(5)} ms`;

/** A book of `count` schools of the invented district: logins blank (matched by name), codes given when asked. */
async function writeBook(file: string, count: number, codes = false): Promise<string> {
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
  await workbook.xlsx.writeFile(file);
  return file;
}

interface ChildFigures {
  load: number;
  parse: number;
  plan: number;
  apply: number;
  rows: number;
  refused: string[];
  bookRss: number;
  bookPeak: number;
  peak: number;
}

/** The import of `files` into `book` in a child process (bench/importChild.ts), as `msoko import` runs it. */
function measure(label: string, book: string, files: readonly string[]): void {
  const child = spawnSync(process.execPath, [path.join(__dirname, "importChild.js"), book, ...files], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line) {
    console.log(`  ${label}: failed (${child.stderr.trim().split("\n")[0] ?? child.status})`);
    return;
  }
  const f = JSON.parse(line) as ChildFigures;
  const importTime = f.parse + f.plan + f.apply;
  console.log(
    `  ${label.padEnd(44)} read+parse ${ms(f.parse)}  plan ${ms(f.plan)}  apply ${ms(f.apply)}  = ${(importTime / 1000).toFixed(1)} s  rows ${String(f.rows).padStart(6)}  peak RSS ${mb(f.peak)} (the book alone ${mb(f.bookPeak)}, loaded in ${(f.load / 1000).toFixed(1)} s)`,
  );
  for (const reason of f.refused) console.log(`    refused: ${reason}`);
}

/**
 * «Загрузить результаты»: 300 schools × 12 subjects of «Статистика по отметкам», and a 40 000-row РЦОИ protocol.
 * The files and books are made here and written to a temporary folder; each import runs in a child process of its
 * own, so that its peak memory is not the fixture generation's (ExcelJS writing a 40 000-row workbook alone takes
 * about 1 GB).
 */
export async function benchImport(): Promise<void> {
  console.log(
    "«Загрузить результаты» (a child process per case as `msoko import`: the book loaded by ExcelJS, .xlsx files read from their XML, asino framework, not saved):",
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-bench-import-"));
  try {
    const schools = sampleSchools(300);
    const statistics: string[] = [];
    for (const [i, subject] of SUBJECTS.entries())
      statistics.push(await writeGrid(statisticsGrid(schools, subject, 4 + (i % 5)), path.join(dir, `stat-${i}.xlsx`)));
    const protocol = protocolGrid(schools, "ЕГЭ", 67); // 2 subjects × 300 schools × 67 = 40 200 pupils' rows
    const protocolFile = await writeGrid(protocol, path.join(dir, "protocol.xlsx"));
    const byName = await writeBook(path.join(dir, "book-names.xlsx"), 300);
    const byCode = await writeBook(path.join(dir, "book-codes.xlsx"), 300, true);
    console.log(`  making the files and books (this process): peak RSS ${mb(process.resourceUsage().maxRSS / 1024)}`);
    measure("300 schools × 12 «Статистика по отметкам»", byName, statistics);
    measure(`РЦОИ protocol, ${protocol.length} rows`, byCode, [protocolFile]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
