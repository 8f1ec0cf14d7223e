import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import webpack from "webpack";
import { buildAddin } from "../helpers/buildAddin";
import { launchChromium } from "../helpers/chromium";
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

/** Bundles test/taskpane/browserHost.ts (the in-memory host standing in for office.js) into `folder`. */
export async function bundleHost(folder: string): Promise<string> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: join(__dirname, "browserHost.ts"),
        output: { path: folder, filename: "excelHost.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: { loader: "ts-loader", options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json") } },
            },
          ],
        },
      },
      (error, result) => (error || !result ? reject(error) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return join(folder, "excelHost.js");
}

/** axe-core's violations, less Fluent's known false positive: Tabster's focus-guard «dummy» inputs. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { html: string }[] }[];
    }
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

export interface PaneSite {
  readonly browser: Browser;
  /** A new page of the pane at `width` px over a fresh in-memory Excel; `query` such as «?dark=1». */
  open(width: number, query?: string): Promise<Page>;
  stop(): Promise<void>;
}

/** The add-in built (or taken from MSOKO_PANE_DIST, e.g. built by `npm run build:dev`), served, and Chromium. */
export async function startPane(): Promise<PaneSite> {
  const folder = process.env.MSOKO_PANE_DIST ?? (await buildAddin());
  const hostScript = await bundleHost(folder);
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
