import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildAddin } from "../helpers/buildAddin";
import { launchChromium } from "../helpers/chromium";
import { serveFolder } from "../helpers/staticServer";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";
const LOCAL_OFFICE_DIST = join(__dirname, "../../node_modules/@microsoft/office-js/dist");

/** Serves the CDN's office.js and the files it pulls in from the @microsoft/office-js package. */
async function officeFromPackage(page: Page): Promise<void> {
  await page.route(OFFICE_CDN, async (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    if (existsSync(join(LOCAL_OFFICE_DIST, file))) await route.fulfill({ path: join(LOCAL_OFFICE_DIST, file) });
    else await route.fulfill({ status: 404 });
  });
}
const SCREENSHOTS = join(__dirname, "../../test-results");

/** What Excel gives the pane: Office.onReady for Excel and an Excel.run that records what is written. */
function fakeExcel() {
  const written: unknown[] = [];
  Object.assign(window, {
    __written: written,
    Office: {
      HostType: { Excel: "Excel" },
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    },
    Excel: {
      run: async (_options: unknown, callback: (context: unknown) => Promise<unknown>) => {
        const cell = { formulasLocal: undefined as unknown, address: "Лист1!B2", load: () => undefined };
        const context = {
          workbook: {
            getSelectedRange: () => ({ getCell: () => cell }),
            get worksheets(): never {
              throw new Error("Структура книги защищена паролем.");
            },
          },
          sync: async () => void written.push(cell.formulasLocal),
        };
        return callback(context);
      },
    },
  });
}

describe("task pane in headless Chromium", () => {
  let browser: Browser;
  let site: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    // MSOKO_PANE_DIST: a folder already built, to rerun this test quickly; a production build otherwise.
    site = await serveFolder(process.env.MSOKO_PANE_DIST ?? (await buildAddin()));
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  async function open(prepare: (page: Page) => Promise<void>): Promise<Page> {
    const page = await browser.newPage({ locale: "ru-RU", viewport: { width: 360, height: 900 } });
    await prepare(page);
    await page.goto(`${site.url}/taskpane.html`, { waitUntil: "domcontentloaded" });
    return page;
  }

  test("opened in a plain browser, it says it runs inside Excel", async () => {
    const page = await open(officeFromPackage);
    const alert = page.getByRole("alert").filter({ hasText: "Эта панель работает внутри Excel" });
    await alert.waitFor({ timeout: 15000 });
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("МСОКО для Excel");
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane-outside-excel.png"), fullPage: true });
    await page.close();
  });

  test("without office.js at all, it says so instead of a blank page", async () => {
    const page = await open(async (p) => {
      await p.route(OFFICE_CDN, (route) => route.abort());
    });
    const alert = page.getByRole("alert").filter({ hasText: "Библиотека Office не загрузилась" });
    await alert.waitFor({ timeout: 15000 });
    await page.close();
  });

  test("inside Excel, it lists the functions and inserts an example from the keyboard", async () => {
    const page = await open(async (p) => {
      await p.addInitScript(fakeExcel);
      await p.route(OFFICE_CDN, (route) => route.fulfill({ body: "", contentType: "text/javascript" }));
    });
    // The «Листы» tab is selected first; arrow keys and Enter move to «Функции», as in any tab list.
    await page.getByRole("tab", { name: "Листы" }).waitFor({ timeout: 15000 });
    await page.getByRole("tab", { name: "Листы" }).focus();
    for (const tab of ["Данные", "Проверка", "Отчёт", "Функции"]) {
      await page.keyboard.press("ArrowRight");
      // Fluent renders a tab's label twice (one copy reserves the bold width), so compare the start.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(new RegExp(`^${tab}`));
    }
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Функции МСОКО в ячейках" }).waitFor({ timeout: 15000 });
    const items = await page
      .getByRole("list", { name: "Функции МСОКО в ячейках" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(items.map((text) => text.match(/MSOKO\.(\w+)/)?.[1])).toEqual([
      "SHARE",
      "DYNAMICS",
      "TREND",
      "QUALITY",
      "SUCCESS",
      "AVGMARK",
      "SOU",
      "STATUS",
      "DESCRIBE",
      "RISK",
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane.png"), fullPage: true });

    // Tab reaches the first «Вставить в ячейку» button; Enter presses it.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(focused).toBe("Вставить в ячейку: =MSOKO.SHARE(B5;C5)");
    await page.keyboard.press("Enter");
    await page.getByText("Формула вставлена в ячейку Лист1!B2.").first().waitFor();
    // Screen readers hear it from the pane's live region.
    expect(await page.locator('[role="status"][aria-live="polite"]').innerText()).toBe(
      "Формула вставлена в ячейку Лист1!B2.",
    );
    expect(await page.evaluate(() => (window as unknown as { __written: unknown[] }).__written)).toEqual([
      [["=MSOKO.SHARE(B5;C5)"]],
    ]);
    await page.close();
  });

  test("the «Листы» form checks periods as they are typed and reports a protected workbook in Russian", async () => {
    const page = await open(async (p) => {
      await p.addInitScript(fakeExcel);
      await p.route(OFFICE_CDN, (route) => route.fulfill({ body: "", contentType: "text/javascript" }));
    });
    const periods = page.getByRole("textbox", { name: "Периоды" });
    await periods.waitFor({ timeout: 15000 });
    expect(await periods.inputValue()).toMatch(/^\d{4}\/\d{4}, \d{4}\/\d{4}, \d{4}\/\d{4}$/);
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane-sheets.png"), fullPage: true });

    await periods.fill("2023/2024, 2024/2026");
    expect(await page.getByText("В учебном году «2024/2026» годы должны идти подряд").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Создать листы" }).isDisabled()).toBe(true);

    await periods.fill("2024/2025, 2023/2024");
    await page.getByRole("combobox", { name: "Система показателей" }).click();
    await page.getByRole("option", { name: /^Асиновский район/ }).click();
    await page.getByRole("button", { name: "Создать листы" }).click();
    const failure = page.getByRole("tabpanel", { name: "Листы" }).getByText(/^Не удалось выполнить «Создать листы»/);
    await failure.waitFor();
    expect(await failure.innerText()).toBe(
      "Не удалось выполнить «Создать листы». Книга или лист защищены от изменений. Снимите защиту («Рецензирование» → «Защитить книгу» или «Снять защиту листа») и повторите.",
    );
    await page.close();
  });
});
