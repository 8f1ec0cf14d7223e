import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import * as ExcelJS from "exceljs";
import { applyPlanToWorkbook } from "../../src/xlsx/writePlan";
import { libreOfficeAvailable } from "../helpers/libreoffice";
import { demoReport } from "./reportFixture";

/**
 * The «Анализ» sheet printed by LibreOffice Calc: A4, text never below 9 pt, each section that
 * starts a page at the top of one, the heading line on every page. One conversion serves all checks.
 */
describe("the «Анализ» sheet on paper", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-print-"));
  let pages: string[] = [];
  let heights: number[] = [];
  let size = "";

  beforeAll(async () => {
    if (!libreOfficeAvailable())
      throw new Error("LibreOffice (soffice) is needed: apt-get install -y libreoffice-calc-nogui");
    const plan = demoReport();
    const workbook = new ExcelJS.Workbook();
    applyPlanToWorkbook(workbook, { sheets: [plan.plan.sheets[0]] });
    const xlsx = path.join(dir, "analysis.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, xlsx],
      { timeout: 180_000, stdio: "ignore" },
    );
    const pdf = path.join(dir, "analysis.pdf");
    size = execFileSync("pdfinfo", [pdf]).toString();
    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 })
      .toString()
      .split("\f")
      .filter((page) => page.trim());
    const boxes = execFileSync("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 }).toString();
    heights = [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
      ([, top, bottom]) => Number(bottom) - Number(top),
    );
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("prints on A4 at full size: no word smaller than 9 pt", () => {
    expect(size).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(heights.length).toBeGreaterThan(1000);
    // A word's box is 1,0–1,1 of its font size (9 pt notes stand 9,2–10,1 pt high, 11 pt text 12,4);
    // anything printed at 8 pt or smaller would stand under 9 pt.
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(9);
  });

  test("the heading line on every page; the summary first; the procedures and systems start pages", () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(page).toContain("Аналитическая справка: Энский муниципальный район");
    expect(pages[0]).toContain("1. Основные выводы");
    const firstLines = (page: string) => page.trim().split("\n").slice(0, 4).join("\n");
    for (const heading of [
      "2. Результаты оценочных процедур",
      "3. Результаты по системам МСОКО",
      "4. Адресные рекомендации",
    ]) {
      expect(pages.some((page) => firstLines(page).includes(heading))).toBe(true);
    }
    // Chart data are labelled: the series stand by name beside their numbers.
    expect(pages.join("\n")).toMatch(/Данные диаграммы, %/);
  });
});
