import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/helpers/chromium";
import { bundleExcelHost } from "../test/helpers/paneHost";

const ROOT = join(__dirname, "..", "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_STANDIN = "/office-standin.js";
const RUNS = 3;

/** The profile: a 3 Mbit/s line with 100 ms round trips, and a CPU four times slower than this machine's. */
const NETWORK = { offline: false, latency: 100, downloadThroughput: 3_000_000 / 8, uploadThroughput: 3_000_000 / 8 };
const CPU_SLOWDOWN = 4;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/**
 * The built pane served gzipped, as a web host serves it. office.js is not run (the in-memory host stands in for
 * it), but its bytes still travel: the page asks for a stand-in of the same size, a comment holding office.js.
 */
async function serve(folder: string): Promise<{ url: string; stop(): Promise<void> }> {
  const office = readFileSync(join(ROOT, "node_modules/@microsoft/office-js/dist/office.js"), "utf8");
  const standIn = `/*${office.replace(/\*\//g, "* /")}*/`;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    let body: Buffer;
    try {
      body =
        path === OFFICE_STANDIN
          ? Buffer.from(standIn)
          : path === "/taskpane.html"
            ? Buffer.from(readFileSync(join(folder, path), "utf8").replace(OFFICE_CDN, OFFICE_STANDIN))
            : readFileSync(join(folder, path));
    } catch {
      response.writeHead(404).end();
      return;
    }
    const zipped = gzipSync(body);
    response.writeHead(200, {
      "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
      "Content-Encoding": "gzip",
      "Cache-Control": "no-store",
    });
    response.end(zipped);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Start {
  /** First contentful paint: the skeleton in the page's HTML. */
  firstPaint: number;
  /** The pane's own frame (title, spinner) painted by its first script. */
  frame: number;
  /** «Листы» ready: the «Периоды» field and «Создать листы» enabled. */
  form: number;
  bytesBeforePaint: number;
  scriptsBeforePaint: number;
  bytesBeforeForm: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Time to the «Листы» form on a throttled profile: the built pane in headless Chromium over the in-memory Excel
 * host, with CDP's network (3 Mbit/s, 100 ms) and CPU (4×) throttling. `folder` is a production build.
 */
export async function benchPaneStart(folder: string): Promise<void> {
  const hostScript = await bundleExcelHost(folder);
  const site = await serve(folder);
  const browser = await launchChromium();
  const starts: Start[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: "ru-RU", viewport: { width: 320, height: 720 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", NETWORK);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      await page.addInitScript({ path: hostScript });
      await page.goto(`${site.url}/taskpane.html`, { waitUntil: "commit" });
      const frame = await page.waitForFunction(
        () => (document.querySelector(".fui-FluentProvider") ? performance.now() : false),
        undefined,
        { polling: "raf", timeout: 120000 },
      );
      const form = await page.waitForFunction(
        () => {
          const periods = [...document.querySelectorAll("label")].find((label) =>
            label.textContent?.trim().startsWith("Периоды"),
          )?.control;
          const create = [...document.querySelectorAll("button")].find(
            (b) => b.textContent?.trim() === "Создать листы",
          );
          // Ready when its fields and button are there: the button itself waits for the framework choice.
          return periods && create ? performance.now() : false;
        },
        undefined,
        { polling: "raf", timeout: 120000 },
      );
      const figures = await page.evaluate(() => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const before = (time: number) => resources.filter((entry) => entry.responseEnd <= time);
        return {
          paint,
          navigationBytes: navigation.transferSize,
          resources: resources.map((entry) => ({
            end: entry.responseEnd,
            bytes: entry.transferSize,
            script: entry.initiatorType === "script" || /\.js$/.test(new URL(entry.name).pathname),
          })),
          beforePaint: before(paint).length,
        };
      });
      const formAt = (await form.jsonValue()) as number;
      const upTo = (time: number) =>
        figures.navigationBytes +
        figures.resources.filter((entry) => entry.end <= time).reduce((sum, entry) => sum + entry.bytes, 0);
      starts.push({
        firstPaint: figures.paint,
        frame: (await frame.jsonValue()) as number,
        form: formAt,
        bytesBeforePaint: upTo(figures.paint),
        scriptsBeforePaint: figures.resources.filter((entry) => entry.script && entry.end <= figures.paint).length,
        bytesBeforeForm: upTo(formAt),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  const pick = (key: keyof Start) => median(starts.map((start) => start[key]));
  console.log(
    `Task pane start at 320 px, 3 Mbit/s, 100 ms RTT, CPU ×${CPU_SLOWDOWN} (median of ${RUNS}; office.js as bytes only):`,
  );
  console.log(`  first paint (the skeleton)               ${ms(pick("firstPaint"))}`);
  console.log(`  the pane's frame painted                 ${ms(pick("frame"))}`);
  console.log(`  «Листы» form ready to use                ${ms(pick("form"))}`);
  console.log(
    `  bytes before first paint                 ${kib(pick("bytesBeforePaint"))} in ${pick("scriptsBeforePaint")} script(s) and the page`,
  );
  console.log(`  bytes before the form is ready           ${kib(pick("bytesBeforeForm"))}`);
}
