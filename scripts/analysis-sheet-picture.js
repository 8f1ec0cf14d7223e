// Makes docs/analysis-sheet.png, the README's picture of the «Анализ» sheet: the demo book's справка laid
// out on its sheet (the same plan `msoko analyze` writes), printed to PDF by LibreOffice Calc, first page
// rasterised by pdftoppm. Needs `npm run build:cli` first, soffice and poppler-utils.
// Usage: node scripts/analysis-sheet-picture.js [OUT.png]
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const root = path.resolve(__dirname, "..");
const lib = (file) => {
  try {
    return require(path.join(root, "lib", file));
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      console.error("Сначала соберите программу: npm run build:cli");
      process.exit(1);
    }
    throw error;
  }
};

async function main() {
  const out = path.resolve(process.argv[2] ?? path.join(root, "docs", "analysis-sheet.png"));
  const ExcelJS = require("exceljs");
  const { demoRequest } = lib("core/features/demo/demoData.js");
  const { buildIntoWorkbook, existingSheets } = lib("xlsx/buildFile.js");
  const { planStoredAnalysis } = lib("core/operations/analyse.js");
  const { applyPlanToWorkbook } = lib("xlsx/writePlan.js");

  const book = new ExcelJS.Workbook();
  buildIntoWorkbook(book, demoRequest());
  // A fixed date, so the picture changes only when the справка does.
  const plan = planStoredAnalysis(existingSheets(book), undefined, { date: { year: 2025, month: 9, day: 15 } });
  const sheet = new ExcelJS.Workbook();
  applyPlanToWorkbook(sheet, { sheets: [plan.plan.sheets[0]] });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-picture-"));
  try {
    const xlsx = path.join(dir, "analysis.xlsx");
    await sheet.xlsx.writeFile(xlsx);
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, xlsx],
      { timeout: 180_000, stdio: "ignore" },
    );
    const pdf = path.join(dir, "analysis.pdf");
    if (!fs.existsSync(pdf)) throw new Error("LibreOffice не создал PDF");
    execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(dir, "page")]);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.copyFileSync(path.join(dir, "page.png"), out);
    console.log(`Снимок листа «Анализ» записан: ${out}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
