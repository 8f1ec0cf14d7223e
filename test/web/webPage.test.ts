import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { runCli } from "../cli/run";
import { buildWeb } from "../helpers/buildWeb";
import { launchChromium } from "../helpers/chromium";
import { serveFolder } from "../helpers/staticServer";

/**
 * The page «МСОКО без Excel» as a methodologist without Excel meets it: the built dist/web served on
 * 127.0.0.1 in headless Chromium, the demo book opened through the file input, checked, its справка made
 * and both files downloaded; the downloaded book is the one `msoko analyze` writes for the same input.
 */

const DOCS = join(__dirname, "../../docs");

async function sheetsOf(bytes: Uint8Array): Promise<{ name: string; values: unknown[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, values: readSheetGrid(sheet) }));
}

describe("the page without Excel, in headless Chromium", () => {
  let browser: Browser;
  let site: { url: string; stop(): Promise<void> };
  let dist: string;
  let folder: string;
  let demo: string;
  /** Every address the pages asked for, to show that nothing leaves 127.0.0.1. */
  const requested: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "msoko-web-"));
    demo = join(folder, "МСОКО-демо.xlsx");
    const made = await runCli("demo", "--out", demo);
    expect(made.code).toBe(0);
    // MSOKO_WEB_DIST: a folder already built (npm run build:web), to rerun this test quickly.
    dist = process.env.MSOKO_WEB_DIST ?? (await buildWeb());
    site = await serveFolder(dist);
    browser = await launchChromium();
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  async function open(address = `${site.url}/index.html`): Promise<Page> {
    const context = await browser.newContext({ locale: "ru-RU", viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(address, { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Открыть книгу…" }).waitFor({ timeout: 30000 });
    return page;
  }

  const outside = () => requested.filter((url) => !url.startsWith(`${site.url}/`) && !/^(blob|data|file):/.test(url));

  test("opens the demo, checks it, makes the справка, and saves the book msoko analyze writes", async () => {
    const first = requested.length;
    const page = await open();
    expect(await page.getByText("Книга не покидает компьютер").count()).toBe(1);
    // Before a book is opened the page has fetched its first scripts only: ExcelJS and the catalog come later.
    await page.waitForLoadState("networkidle");
    const scripts = requested.slice(first).filter((url) => url.endsWith(".js"));
    const gzipped = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(dist, basename(url)))).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(150 * 1024);

    await page.setInputFiles("#open-book", demo);
    await page.getByText("Открыта книга «МСОКО-демо.xlsx»").waitFor({ timeout: 60000 });

    // Step 3: the check, and a finding's cell shown with its value (the page cannot select it).
    await page.getByRole("tab", { name: "Проверка" }).click();
    await page.getByRole("button", { name: "Проверить данные" }).click();
    const finding = page.locator('[role="tabpanel"]:not([hidden]) li button').first();
    await finding.waitFor({ timeout: 60000 });
    await finding.click();
    const shown = page.getByRole("status").filter({ hasText: /^Лист «.+», ячейка [A-Z]+\d+/ });
    await shown.waitFor({ timeout: 10000 });
    expect(await shown.innerText()).toMatch(/Значение: |Ячейка пуста\./);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, "web-page.png") });

    // Step 4: the справка on its sheet, then as Word.
    await page.getByRole("tab", { name: "Отчёт" }).click();
    await page.getByRole("button", { name: "Сформировать аналитическую справку" }).click();
    await page
      .getByText(/^Справка записана на лист/)
      .first()
      .waitFor({ timeout: 120000 });
    const [word] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      page.getByRole("button", { name: "Скачать справку (Word)" }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/^Справка МСОКО .+\.docx$/);
    const docx = await JSZip.loadAsync(readFileSync(await word.path()));
    expect(await docx.file("word/document.xml")?.async("string")).toContain("<w:body>");

    // The functions tab explains the book's portable formulas: MSOKO.* do not exist outside Excel.
    await page.getByRole("tab", { name: "Формулы" }).click();
    const formulas = page.getByRole("list", { name: "Формулы книги" }).getByRole("listitem");
    await formulas.first().waitFor({ timeout: 30000 });
    const examples = await formulas.allInnerTexts();
    expect(examples.length).toBeGreaterThan(3);
    expect(examples.join("\n")).toContain("=IF(AND(ISNUMBER(B5);ISNUMBER(C5))");
    expect(examples.join("\n")).not.toContain("MSOKO.");

    // Unsaved changes are not lost without asking: declining keeps the book open.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.setInputFiles("#open-book", demo);
    expect(await asked).toBe(
      "В открытой книге «МСОКО-демо.xlsx» есть несохранённые изменения, и они пропадут. Открыть другую книгу без сохранения?",
    );
    expect(await page.getByRole("tab", { name: "Формулы" }).getAttribute("aria-selected")).toBe("true");

    const [saved] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      page.getByRole("button", { name: "Сохранить книгу" }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe("МСОКО-демо.xlsx");
    await page.getByText("Книга сохранена").waitFor();
    const fromPage = await sheetsOf(readFileSync(await saved.path()));

    const expected = join(folder, "analyzed.xlsx");
    expect((await runCli("analyze", demo, "--out", expected)).code).toBe(0);
    const fromCli = await sheetsOf(readFileSync(expected));
    expect(fromPage.map((sheet) => sheet.name)).toEqual(fromCli.map((sheet) => sheet.name));
    expect(fromPage.map((sheet) => sheet.name)).toContainEqual(expect.stringMatching(/^Анализ /));
    for (const [index, sheet] of fromCli.entries()) expect(fromPage[index]).toEqual(sheet);

    expect(outside()).toEqual([]);
    await page.context().close();
  }, 300000);

  test("opened straight from its folder (file://), it opens a book", async () => {
    const page = await open(pathToFileURL(join(dist, "index.html")).href);
    await page.setInputFiles("#open-book", demo);
    await page.getByText("Открыта книга «МСОКО-демо.xlsx»").waitFor({ timeout: 60000 });
    await page.getByRole("tab", { name: "Проверка" }).waitFor({ timeout: 60000 });
    expect(requested.filter((url) => /^https?:/.test(url) && !url.startsWith(`${site.url}/`))).toEqual([]);
    await page.context().close();
  }, 120000);

  test("a file that is not a workbook gets a Russian message, and the open book stays", async () => {
    const page = await open();
    const notes = join(folder, "заметки.txt");
    writeFileSync(notes, "Это не книга, а заметки методиста.\n");
    await page.setInputFiles("#open-book", notes);
    const alert = page.getByRole("alert").filter({ hasText: "Файл «заметки.txt» — текст" });
    await alert.waitFor({ timeout: 60000 });
    expect(await page.getByRole("tab", { name: "Проверка" }).count()).toBe(0);

    await page.setInputFiles("#open-book", demo);
    await page.getByText("Открыта книга «МСОКО-демо.xlsx»").waitFor({ timeout: 60000 });
    const damaged = join(folder, "обрезанная.xlsx");
    writeFileSync(damaged, readFileSync(demo).subarray(0, 4000));
    await page.setInputFiles("#open-book", damaged);
    const problem = page.getByRole("alert").filter({ hasText: "Файл «обрезанная.xlsx» повреждён" });
    await problem.waitFor({ timeout: 60000 });
    expect(await problem.innerText()).toContain("Открытая книга «МСОКО-демо.xlsx» не изменилась.");
    // The demo's panels are still there, over the same book.
    expect(await page.getByRole("tab", { name: "Проверка" }).count()).toBe(1);
    expect(outside()).toEqual([]);
    await page.context().close();
  }, 120000);
});
