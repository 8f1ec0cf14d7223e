import { join } from "node:path";
import type { Page } from "playwright-core";
import { bookName, csvOf, nonObjectivityGrid, sampleSchools, statisticsGrid } from "../helpers/importSamples";
import { bookWithSchools, DOCS, PaneSite, ROOT, scrollsSideways, sheetNames, startPane } from "./paneHarness";

/**
 * «Загрузить результаты» as a methodologist meets it: the built add-in in headless Chromium over the
 * in-memory Excel host, two received files picked, the preview checked (and photographed for the
 * README), then the import. Nothing is written before «Загрузить».
 */

const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");

/**
 * axe-core's violations inside the «Загрузить результаты» section, less Fluent's known false positive:
 * Tabster's focus-guard «dummy» inputs.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { html: string }[] }[];
    }
    const section = document.querySelector('section[aria-label="Загрузить результаты"]');
    if (!section) return ["no «Загрузить результаты» section"];
    const results = await axe.run(section);
    return results.violations
      .map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.filter((node) => !node.html.includes("data-tabster-dummy")),
      }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(" | ")}`);
  });
}

describe("«Загрузить результаты» in the pane, in headless Chromium over the in-memory Excel", () => {
  let pane: PaneSite;

  beforeAll(async () => {
    pane = await startPane();
  }, 600000);

  afterAll(async () => {
    await pane?.stop();
  });

  test("at 360 px: two files picked, a preview per file that writes nothing, then «Загрузить»", async () => {
    const page = await pane.open(360);

    await bookWithSchools(page, [0, 1, 2].map(bookName), "2024/2025, 2025/2026");

    await page.getByRole("tab", { name: "Данные" }).click();
    const section = page.getByRole("region", { name: "Загрузить результаты" });
    await section.getByRole("button", { name: "Выбрать файлы" }).waitFor({ timeout: 30000 });
    const schools = sampleSchools(3);
    const csv = (text: string) => Buffer.from(text, "utf8");
    await section.locator('input[type="file"]').setInputFiles([
      { name: "ВПР-2026-русский-4.csv", mimeType: "text/csv", buffer: csv(csvOf(statisticsGrid(schools))) },
      { name: "список-ФИОКО-2025.csv", mimeType: "text/csv", buffer: csv(csvOf(nonObjectivityGrid(schools))) },
    ]);
    await section.getByText("Файл «ВПР-2026-русский-4.csv»").waitFor({ timeout: 30000 });
    await section.getByText("Файл «список-ФИОКО-2025.csv»").waitFor();
    expect(await section.getByText("ВПР · Русский язык · 4 класс · 2025/2026").count()).toBe(1);
    expect(await section.getByText("Строки: новых 6, дополнено 0, расхождений 0").count()).toBe(1);
    // Schools matched by name wait for the user's word, ticked by default.
    const confirm = section.getByRole("checkbox", { name: /^«МБОУ «СОШ №1 г\.Энска»» — это «МОУ "Средняя/ });
    expect(await confirm.first().isChecked()).toBe(true);
    expect(await section.innerText()).toMatch(/Список ФИОКО за «2024\/2025»: в списке 1\sшкола из 3/);
    // Asino's ВПР 4th-grade shares and the share of listed schools are recomputed with the import.
    expect(
      await section.getByText(/^Показатели, которые считаются из результатов: пересчитается значений — \d+\.$/).count(),
    ).toBe(1);
    expect(await sheetNames(page)).not.toContain("Список ФИОКО");
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    expect(await scrollsSideways(page)).toBe(false);
    // The README's picture: the section alone, from the files picked to «Загрузить».
    await section.screenshot({ path: join(DOCS, "pane-import-preview.png") });

    await section.getByRole("button", { name: "Загрузить" }).click();
    const done = section.getByText(/^Загружено 2 из 2\sфайлов\. Книга обновлена\./).first();
    await done.waitFor({ timeout: 60000 });
    expect(await section.getByText(/пересчитаны вместе с загрузкой/).count()).toBe(1);
    expect(await sheetNames(page)).toContain("Список ФИОКО");
    expect({ violations: await axeViolations(page) }).toEqual({ violations: [] });
    await page.close();
  });
});
