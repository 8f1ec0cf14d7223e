import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildAddin } from "../helpers/buildAddin";
import { launchChromium } from "../helpers/chromium";
import { bundleExcelHost } from "../helpers/paneHost";
import { serveFolder } from "../helpers/staticServer";

/**
 * What the pane's end-to-end tests share: the built add-in served to headless Chromium, the in-memory
 * Excel host bundled for the browser and injected before the pane's scripts, and axe-core's check.
 */

export const ROOT = join(__dirname, "../..");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";
const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
export const DOCS = join(ROOT, "docs");

export interface HostWindow {
  __msokoHost: {
    control: { cellEdit: boolean; delayMs: number; runs: number };
    typeValues(period: string, count: number, value?: unknown): number;
    sheetNames(): string[];
    sheetValues(name: string): unknown[][];
  };
}

/** axe-core's violations, less Fluent's known false positive: Tabster's focus-guard «dummy» inputs. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { html: string }[] }[];
    }
    // A colour mid-transition (a button just enabled) is not what the user reads: let transitions end first.
    const ending = document
      .getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime ?? Infinity)));
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
    const results = await axe.run(document);
    return results.violations
      .map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.filter((node) => !node.html.includes("data-tabster-dummy")),
      }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(" | ")}`);
  });
}

export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The tabs' rows on screen: one row when every shown tab has the same top; and how many are shown. */
export const tabRows = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('[role="tab"]')]
      .map((tab) => tab.getBoundingClientRect())
      .filter((box) => box.width > 0);
    return { rows: new Set(shown.map((box) => Math.round(box.top))).size, shown: shown.length };
  });

/** What the user's state looks like right now: no axe violation, no sideways scroll. */
export async function expectSound(page: Page, state: string): Promise<void> {
  expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
  expect({ state, sideways: await scrollsSideways(page) }).toEqual({ state, sideways: false });
}

export const host = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).__msokoHost.control);
export const setControl = (page: Page, control: Partial<HostWindow["__msokoHost"]["control"]>) =>
  page.evaluate((given) => Object.assign((window as unknown as HostWindow).__msokoHost.control, given), control);
export const sheetNames = (page: Page) =>
  page.evaluate(() => (window as unknown as HostWindow).__msokoHost.sheetNames());
export const liveText = (page: Page) => page.locator('[role="status"][aria-live="polite"]').innerText();

export const sheetValues = (page: Page, name: string) =>
  page.evaluate((sheet) => (window as unknown as HostWindow).__msokoHost.sheetValues(sheet), name);

/** Picks a system of indicators in «Листы» by the start of its option's text («Асиновский район»). */
export async function chooseFramework(page: Page, option: string): Promise<void> {
  await page.getByRole("combobox", { name: "Система показателей" }).click();
  await page.getByRole("option", { name: new RegExp(`^${option}`) }).click();
}

/** The «Листы» form filled in: the periods as typed («2023/2024, 2024/2025»), the organisations one a line. */
export async function fillBook(page: Page, schools: readonly string[], periods: string): Promise<void> {
  await page.getByRole("textbox", { name: "Периоды" }).fill(periods);
  await page.getByRole("textbox", { name: "Образовательные организации" }).fill(schools.join("\n"));
  await page.getByRole("textbox", { name: "Муниципалитет" }).fill("Энский район");
}

/** «Создать листы» pressed, and its report waited for. */
export async function createSheets(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Создать листы" }).click();
  await page
    .getByText(/^Листы созданы\. Дальше — шаг 2/)
    .first()
    .waitFor({ timeout: 60000 });
}

/** A book laid out from a freshly opened pane: Асино's system of indicators, `schools` and `periods`. */
export async function bookWithSchools(page: Page, schools: readonly string[], periods: string): Promise<void> {
  await page.getByRole("textbox", { name: "Периоды" }).waitFor({ timeout: 30000 });
  await chooseFramework(page, "Асиновский район");
  await fillBook(page, schools, periods);
  await createSheets(page);
}

export interface PaneSite {
  readonly browser: Browser;
  /** A new page of the pane at `width` px over a fresh in-memory Excel; `query` such as «?dark=1». */
  open(width: number, query?: string): Promise<Page>;
  stop(): Promise<void>;
}

/** The add-in built (or taken from MSOKO_PANE_DIST, e.g. built by `npm run build:dev`), served, and Chromium. */
export async function startPane(): Promise<PaneSite> {
  const folder = process.env.MSOKO_PANE_DIST ?? (await buildAddin());
  const hostScript = await bundleExcelHost(folder);
  const site = await serveFolder(folder);
  const browser = await launchChromium();
  mkdirSync(DOCS, { recursive: true });
  return {
    browser,
    async open(width, query = "") {
      const page = await browser.newPage({
        locale: "ru-RU",
        viewport: { width, height: 720 },
        reducedMotion: "reduce",
      });
      await page.addInitScript({ path: hostScript });
      await page.route(OFFICE_CDN, (route) => route.fulfill({ body: "", contentType: "text/javascript" }));
      await page.goto(`${site.url}/taskpane.html${query}`, { waitUntil: "domcontentloaded" });
      return page;
    },
    async stop() {
      await browser.close();
      await site.stop();
    },
  };
}
