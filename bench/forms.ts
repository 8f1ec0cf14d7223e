import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import * as ExcelJS from "exceljs";
import { builtInCatalog, indicatorsOf } from "../src/core/catalog";
import { demoData, demoStatuses } from "../src/core/features/demo/demoData";
import { withBookId } from "../src/core/features/forms/bookId";
import { readFormBook } from "../src/core/features/forms/book";
import { collectForms } from "../src/core/operations/collect";
import { planForms } from "../src/core/features/forms/plan";
import type { ReceivedForm } from "../src/core/features/forms/read";
import { planWorkbook } from "../src/core/operations/build";
import { parsePeriods } from "../src/core/workbook/periods";
import { plannedSheets } from "../src/core/sheets/plannedSheets";
import { formBytes, receivedForm } from "../src/xlsx/formFile";
import { applyPlanToWorkbook } from "../src/xlsx/writePlan";

const ORGANISATIONS = 300;
const PERIODS = "2022/2023, 2023/2024, 2024/2025";

/** 200 schools, 60 kindergartens, 40 organisations of additional education. */
function organisations(): string[] {
  return Array.from({ length: ORGANISATIONS }, (_, i) =>
    i < 200 ? `МБОУ «СОШ № ${i + 1}»` : i < 260 ? `МБДОУ «Детский сад № ${i - 199}»` : `МБУ ДО «ЦДТ № ${i - 259}»`,
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Forms for 300 organisations written to files, then 300 filled forms collected into the book. */
export async function benchForms(): Promise<void> {
  const framework = [...builtInCatalog().frameworks].sort((a, b) => indicatorsOf(b).length - indicatorsOf(a).length)[0];
  const parsed = parsePeriods(PERIODS);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  const schools = organisations();
  const previous = parsed.periods.slice(0, -1);
  const statuses = demoStatuses(parsed.periods, schools);
  const { plan } = planWorkbook({
    framework,
    periods: parsed.periods,
    municipality: "Бенчмарк",
    schools,
    flavour: "portable",
    data: demoData(framework, previous, schools, undefined, undefined, statuses),
    statuses,
  });
  const sheets = plannedSheets(plan);
  const change = withBookId(sheets, "MSOKO-BENCH0000000001")!;
  const existing = sheets.map((sheet) => (sheet.name === change.sheet ? { ...sheet, role: change.role } : sheet));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-bench-forms-"));
  console.log(`Forms for organisations, ${framework.municipality}, ${ORGANISATIONS} organisations, 3 periods:`);

  // Forms out: the plan of every form, each written as an .xlsx file.
  const cpu = process.cpuUsage();
  const started = performance.now();
  const book = readFormBook(existing);
  const { forms } = planForms(book, "2024/2025", "2026-12-06 09:00");
  const planned = performance.now();
  let bytes = 0;
  for (const form of forms) {
    const buffer = await formBytes(form);
    fs.writeFileSync(path.join(folder, form.fileName), buffer);
    bytes += buffer.length;
  }
  const written = performance.now();
  const formsOut = written - started;
  const formsOutCpu = process.cpuUsage(cpu);
  const cpuSeconds = (usage: ReturnType<typeof process.cpuUsage>) => seconds((usage.user + usage.system) / 1000);
  const rows = forms.reduce((sum, form) => sum + form.rowCount, 0);
  console.log(
    `  ${forms.length} forms (${rows} rows): planned ${seconds(planned - started)}, written ${seconds(written - planned)}, ${(bytes / 1e6).toFixed(1)} MB`,
  );

  // Each school fills its form: every input gets a valid number or «да» (preparation, not timed).
  for (const form of forms) {
    const file = path.join(folder, form.fileName);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(form.sheet.name)!;
    for (const check of form.checks) {
      sheet.getCell(check.row + 1, check.col + 1).value = check.rule.kind === "list" ? "да" : 10;
    }
    await workbook.xlsx.writeFile(file);
  }

  // Forms in: read every file, check and collect, write the book; wall and CPU time of each phase.
  const phases: { name: string; wall: number; cpu: number }[] = [];
  let [wallMark, cpuMark] = [performance.now(), process.cpuUsage()];
  const phase = (name: string) => {
    const cpuNow = process.cpuUsage(cpuMark);
    phases.push({ name, wall: performance.now() - wallMark, cpu: (cpuNow.user + cpuNow.system) / 1000 });
    [wallMark, cpuMark] = [performance.now(), process.cpuUsage()];
  };
  const received: ReceivedForm[] = [];
  for (const form of forms) {
    received.push(await receivedForm(form.fileName, fs.readFileSync(path.join(folder, form.fileName))));
  }
  phase("read");
  const result = collectForms(book, received, { receivedAt: "2026-12-06 10:00" });
  phase("checked and planned");
  const workbook = new ExcelJS.Workbook();
  applyPlanToWorkbook(workbook, result.plan);
  phase("plan applied");
  const out = new Uint8Array(await workbook.xlsx.writeBuffer());
  phase("saved");
  const taken = result.outcomes.filter((outcome) => outcome.taken).length;
  const values = result.outcomes.reduce((sum, outcome) => sum + outcome.written, 0);
  const total = (key: "wall" | "cpu") => phases.reduce((sum, p) => sum + p[key], 0);
  console.log(
    `  ${received.length} filled forms (taken ${taken}, values ${values}, book ${(out.length / 1e6).toFixed(1)} MB), wall / CPU: ${phases
      .map((p) => `${p.name} ${seconds(p.wall)} / ${seconds(p.cpu)}`)
      .join(", ")}`,
  );
  console.log(
    `  total (wall / CPU): forms out ${seconds(formsOut)} / ${cpuSeconds(formsOutCpu)}, forms in ${seconds(total("wall"))} / ${seconds(total("cpu"))}`,
  );
  fs.rmSync(folder, { recursive: true, force: true });
}
