import { join } from "node:path";
import type { Page } from "playwright-core";
import { builtInCatalog, findFramework, indicatorsOf } from "../../src/core/catalog";
import { buildLibrary } from "../../src/core/features/library/library";
import { libraryGroups } from "../../src/core/features/library/ownChoice";
import { appendixDocx } from "../library/appendixFiles";
import { createSheets, DOCS, expectSound, fillBook, PaneSite, sheetValues, startPane } from "./paneHarness";

/**
 * «Своё положение» in the pane, in headless Chromium over the in-memory Excel: one's own appendix
 * read from a Word file with its guesses confirmed, and two library indicators picked, one renamed;
 * each time «Создать листы» builds the book's «Показатели» from the choice.
 */

const OWN = "Своё положение (из библиотеки или из файла)";

/** The rows of «Показатели» under its header, as objects keyed by the header's texts. */
async function catalogSheet(page: Page): Promise<Record<string, unknown>[]> {
  const values = await sheetValues(page, "Показатели");
  const header = values.findIndex((row) => row.includes("Код"));
  expect(header).toBeGreaterThanOrEqual(0);
  const names = values[header].map(String);
  return values
    .slice(header + 1)
    .filter((row) => typeof row[0] === "string" && row[0] !== "")
    .map((row) => Object.fromEntries(names.map((name, col) => [name, row[col]])));
}

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБДОУ «Детский сад № 3»"];
const PERIODS = "2023/2024, 2024/2025";

const createButton = (page: Page) => page.getByRole("button", { name: "Создать листы" });

describe("«Своё положение» in the pane", () => {
  let site: PaneSite;

  beforeAll(async () => {
    site = await startPane();
  }, 600000);

  afterAll(async () => {
    await site?.stop();
  });

  test("comes first, the four documents as examples; an appendix .docx is read, its guesses confirmed, the sheets built from it", async () => {
    const abinsk = findFramework("abinsk")!;
    const total = indicatorsOf(abinsk).length;
    const docx = await appendixDocx(abinsk, {
      criterionColumn: false,
      numbered: true,
      unit: "verbatim",
      footnote: true,
    });
    const page = await site.open(360);
    const choice = page.getByRole("combobox", { name: "Система показателей" });
    await choice.waitFor({ timeout: 30000 });
    expect(await choice.innerText()).toBe(OWN);
    await choice.click();
    const options = await page.locator('[role="listbox"] [role="option"]').allInnerTexts();
    expect(options[0]).toBe(OWN);
    expect(options.slice(1).map((option) => option.replace(/\s*\(.*\)$/s, ""))).toEqual(
      builtInCatalog().frameworks.map((framework) => framework.municipality),
    );
    expect(await page.getByRole("group", { name: "Примеры: положения других муниципалитетов" }).count()).toBe(1);
    await page.keyboard.press("Escape");

    await fillBook(page, SCHOOLS, PERIODS);
    // Nothing chosen yet: «Создать листы» waits and says why.
    expect(await createButton(page).getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByText(/^Показатели ещё не выбраны/).count()).toBeGreaterThan(0);
    await page.getByRole("heading", { name: "Своё положение", level: 3 }).waitFor({ timeout: 30000 });
    await expectSound(page, "«Своё положение», nothing chosen");

    await page.locator('input[type="file"][aria-label="Выбрать файл положения…"]').setInputFiles({
      name: "Положение Абинск.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: docx,
    });
    await page
      .getByText(/^«Положение Абинск\.docx»: прочитано 8\sсистем/)
      .first()
      .waitFor({ timeout: 30000 });
    const summary = await page.getByText(/^«Положение Абинск\.docx»: прочитано/).innerText();
    expect(summary).toMatch(new RegExp(`прочитано 8\\sсистем, \\d+\\sкритери[йяев]+, ${total}\\sпоказател[ейя]+\\.$`));
    // The footnote under each table is listed with its table and row, never taken for an indicator.
    const problems = page.getByRole("heading", { name: "Не перенесено" }).locator("xpath=following-sibling::ul[1]/li");
    expect(await problems.count()).toBe(8);
    expect(await problems.first().innerText()).toMatch(/^Таблица 1, строка \d+: сноска или примечание/);

    // Guesses wait for a confirmation; the first indicator's direction is corrected on the way.
    expect(await createButton(page).getAttribute("aria-disabled")).toBe("true");
    await page
      .getByText(/^Проверьте догадки и отметьте/)
      .first()
      .waitFor();
    const guesses = page.getByRole("region", { name: "Проверьте догадки" });
    await guesses.locator("summary", { hasText: /^Система оценки качества подготовки обучающихся — / }).click();
    const first = guesses.getByRole("group", { name: indicatorsOf(abinsk)[0].name, exact: true }).first();
    await first.getByRole("combobox", { name: "Направление" }).selectOption({ label: "нейтрально" });
    expect(await page.getByText(/\(угадано: в документе не указана\)/).count()).toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: "Догадки проверены" }).check();
    expect(await createButton(page).getAttribute("aria-disabled")).not.toBe("true");
    await page
      .getByText(new RegExp(`^В своём положении: ${total}\u00a0показател[ейя]+ в 8\u00a0системах\\.$`))
      .waitFor();
    await expectSound(page, "an appendix read, guesses confirmed");

    // The picture for the README: what was read and not carried over, the library, the guesses.
    await page.setViewportSize({ width: 360, height: 1400 });
    await page
      .getByText(/^«Положение Абинск\.docx»: прочитано/)
      .evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(DOCS, "pane-own-framework.png") });
    await page.setViewportSize({ width: 360, height: 720 });

    await createSheets(page);
    const rows = await catalogSheet(page);
    expect(rows.map((row) => row["Показатель (как в документе)"])).toEqual(indicatorsOf(abinsk).map((i) => i.name));
    expect(rows.every((row) => String(row["Код"]).startsWith("OWN."))).toBe(true);
    expect(rows[0]["Направление"]).toBe("нейтрально");
    await page.close();
  });

  test("two indicators picked from the library, one renamed: «Показатели» keeps the document's wording beside the new one", async () => {
    const library = buildLibrary(builtInCatalog().frameworks);
    const preparation = libraryGroups(library)[0];
    const [vpr, second] = preparation.criteria[0].entries;
    const page = await site.open(360);
    await page.getByRole("heading", { name: "Показатели из библиотеки" }).waitFor({ timeout: 30000 });
    await fillBook(page, SCHOOLS, PERIODS);
    const librarySection = page.getByRole("region", { name: "Показатели из библиотеки" });
    await librarySection.locator("summary", { hasText: /^Система оценки качества подготовки обучающихся — / }).click();
    await page.getByRole("checkbox", { name: vpr.label, exact: true }).first().check();
    await page.getByRole("checkbox", { name: second.label, exact: true }).first().check();
    const rename = page.getByRole("textbox", { name: "Своя формулировка" });
    expect(await rename.count()).toBe(2);
    await rename.first().fill("Высокие результаты ВПР");
    expect(await page.getByText(`В документе: «${vpr.sources[0].name}»`).count()).toBe(1);
    await page.getByText("В своём положении: 2\u00a0показателя в 1\u00a0системе.").waitFor();
    // Library picks carry no guesses: nothing to confirm.
    expect(await page.getByRole("checkbox", { name: "Догадки проверены" }).count()).toBe(0);
    await expectSound(page, "two library picks, one renamed");

    await createSheets(page);
    const rows = await catalogSheet(page);
    expect(rows.map((row) => [row["Показатель (краткое название)"], row["Показатель (как в документе)"]])).toEqual([
      ["Высокие результаты ВПР", vpr.indicator.name],
      [second.indicator.label, second.indicator.name],
    ]);
    await page.close();
  });

  test("a table pasted from Word and one's own indicator added by hand: both guessed, confirmed, on «Показатели»", async () => {
    const page = await site.open(360);
    await page.getByRole("heading", { name: "Свой показатель" }).waitFor({ timeout: 30000 });
    await fillBook(page, SCHOOLS, PERIODS);
    const pasted = [
      "Система оценки качества подготовки обучающихся",
      "Критерий\tПоказатель\tЕдиница измерения",
      "Качество подготовки\tДоля выпускников 9 классов, получивших аттестат\tПроцент",
      "Качество подготовки\tЧисло победителей муниципального этапа олимпиады\t",
      "* Показатели рассчитываются ежегодно.",
    ].join("\n");
    await page.getByRole("textbox", { name: "Или вставьте таблицу, скопированную из Word" }).fill(pasted);
    await page.getByRole("button", { name: "Прочитать вставленную таблицу" }).click();
    await page.getByText(/^Вставленная таблица: прочитано 1\sсистема, 1\sкритерий, 2\sпоказателя\.$/).waitFor();
    expect(await page.getByText(/^Таблица 1, строка 4: сноска или примечание/).count()).toBe(1);

    await page.getByRole("combobox", { name: "Механизм" }).selectOption({ label: "Воспитание" });
    await page
      .getByRole("textbox", { name: "Название показателя" })
      .fill("Доля обучающихся, занятых в волонтёрском движении");
    await page.getByRole("combobox", { name: "Единица измерения", exact: true }).selectOption({ label: "%" });
    await page.getByRole("button", { name: "Добавить показатель" }).click();
    await page.getByRole("button", { name: "Убрать «Доля обучающихся, занятых в волонтёрском движении»" }).waitFor();

    const guesses = page.getByRole("region", { name: "Проверьте догадки" });
    expect(await guesses.locator("summary").allInnerTexts()).toEqual([
      "Система оценки качества подготовки обучающихся — 2\u00a0показателя",
      "Свой показатель — 1\u00a0показатель",
    ]);
    await guesses.locator("summary").first().click();
    // The blank unit was guessed from the wording and says so.
    const olympiad = guesses.getByRole("group", { name: "Число победителей муниципального этапа олимпиады" });
    expect(await olympiad.getByText("ед. (угадано: в документе не указана)").count()).toBe(1);
    expect(await createButton(page).getAttribute("aria-disabled")).toBe("true");
    await page.getByRole("checkbox", { name: "Догадки проверены" }).check();
    await page.getByText("В своём положении: 3\u00a0показателя в 2\u00a0системах.").waitFor();
    await expectSound(page, "a pasted table and one's own indicator");

    await createSheets(page);
    const rows = await catalogSheet(page);
    expect(rows.map((row) => [row["Система"], row["Показатель (как в документе)"], row["Ед. изм."]])).toEqual([
      ["Система оценки качества подготовки обучающихся", "Доля выпускников 9 классов, получивших аттестат", "%"],
      ["Система оценки качества подготовки обучающихся", "Число победителей муниципального этапа олимпиады", "ед."],
      [
        "Система организации воспитания и социализации обучающихся",
        "Доля обучающихся, занятых в волонтёрском движении",
        "%",
      ],
    ]);
    expect(rows[2]["Источник"]).toBe("Своё положение, добавлен вручную");
    await page.close();
  });
});
