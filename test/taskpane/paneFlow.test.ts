import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  chooseFramework,
  DOCS,
  expectSound,
  host,
  HostWindow,
  liveText,
  PaneSite,
  setControl,
  sheetNames,
  startPane,
} from "./paneHarness";

/**
 * The pane as a methodologist meets it: the built add-in in headless Chromium, over the in-memory
 * Excel host bundled for the browser. From an empty book to a справка, at Excel's pane widths,
 * with axe-core run on every state.
 */

describe("the pane from an empty book to a справка, in headless Chromium over the in-memory Excel", () => {
  let site: PaneSite;

  beforeAll(async () => {
    site = await startPane();
  }, 600000);

  afterAll(async () => {
    await site?.stop();
  });

  const open = (width: number, query = ""): Promise<Page> => site.open(width, query);

  const tab = (page: Page, name: string) => page.getByRole("tab", { name });

  test("at 320 px: first run, a rerun with its confirmation, the check, the справка, tab switches and cell-edit mode", async () => {
    const page = await open(320);
    await page.getByText("В книге ещё нет листов МСОКО").first().waitFor({ timeout: 30000 });
    await page.getByRole("textbox", { name: "Периоды" }).waitFor({ timeout: 30000 });
    expect(
      await page.getByRole("button", { name: /^Шаг 1\.\s*Листы:\s*текущий шаг/ }).getAttribute("aria-current"),
    ).toBe("step");
    // Tabs tied to their panels.
    const sheetsTab = tab(page, "Листы");
    expect(await page.locator(`#${await sheetsTab.getAttribute("aria-controls")}`).getAttribute("role")).toBe(
      "tabpanel",
    );
    await expectSound(page, "empty book, «Листы»");
    await page.screenshot({ path: join(DOCS, "pane-first-run.png") });

    // One's own Положение is offered first; this book is built on an example.
    await chooseFramework(page, "Асиновский район");
    await page.getByRole("textbox", { name: "Периоды" }).fill("2022/2023, 2023/2024");
    await page
      .getByRole("textbox", { name: "Образовательные организации" })
      .fill("МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»\nМБОУ «Лицей»");
    const municipality = page.getByRole("textbox", { name: "Муниципалитет" });
    await municipality.fill("Энский район");
    // Enter in a field never writes.
    await municipality.press("Enter");
    await page.waitForTimeout(300);
    expect(await sheetNames(page)).toEqual(["Лист1"]);

    // While the sheets are written, the other operations wait and say why.
    await setControl(page, { delayMs: 4000 });
    const create = page.getByRole("button", { name: "Создать листы" });
    await create.click();
    await page.getByText("Создать листы: ход выполнения").first().waitFor();
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await expectSound(page, "writing, «Листы»");
    await tab(page, "Проверка").click();
    expect(await page.getByRole("button", { name: "Проверить данные" }).getAttribute("aria-disabled")).toBe("true");
    expect(
      await page.getByText("Дождитесь окончания операции «Создать листы»: одновременно выполняется одна.").count(),
    ).toBeGreaterThan(0);
    await tab(page, "Листы").click();
    await page
      .getByText(/^Листы созданы\. Дальше — шаг 2/)
      .first()
      .waitFor({ timeout: 30000 });
    await setControl(page, { delayMs: 0 });
    expect(await liveText(page)).toMatch(/^Листы созданы/);
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(["Содержание", "ОО", "Показатели"]));
    await page.getByText("Энский район").first().waitFor();
    expect(await page.getByRole("button", { name: /^Шаг 2\.\s*Данные:\s*текущий шаг/ }).count()).toBe(1);
    await expectSound(page, "created, «Листы»");

    // A rerun that renames the municipality and drops a school asks first, with the names.
    await municipality.fill("Новый район");
    await page.getByRole("textbox", { name: "Образовательные организации" }).fill("МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»");
    await create.click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    const lines = await dialog.getByRole("listitem").allInnerTexts();
    expect(lines).toEqual([
      "Муниципалитет будет переименован на всех листах: «Энский район» → «Новый район».",
      "Из списка ОО будут убраны (1): «МБОУ «Лицей»».",
    ]);
    await expectSound(page, "confirmation");
    await page.screenshot({ path: join(DOCS, "pane-confirmation.png") });
    // Enter on the dialog's first button cancels: a keypress never rebuilds a workbook.
    await page.keyboard.press("Enter");
    await page.getByText("Книга не изменена.").first().waitFor();
    await dialog.waitFor({ state: "detached" });
    await create.click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Изменить книгу" }).click();
    await page.getByText("Листы обновлены, введённые значения сохранены.").first().waitFor({ timeout: 30000 });
    await page.getByText("Новый район").first().waitFor();

    // The check of a book with no data says so; then with data and a bad value it groups the findings.
    await tab(page, "Проверка").click();
    await page.getByRole("button", { name: "Проверить данные" }).click();
    await page
      .getByText(/^Данных ещё нет/)
      .first()
      .waitFor({ timeout: 30000 });
    expect(await page.getByText("Ошибок не найдено").count()).toBe(0);
    await expectSound(page, "check of an empty book");
    await page.evaluate(() => {
      const h = (window as unknown as HostWindow).__msokoHost;
      h.typeValues("2022/2023", 6, 40);
      h.typeValues("2023/2024", 6, 90);
      h.typeValues("2023/2024", 1, "сорок");
    });
    await page.getByRole("button", { name: "Проверить данные" }).click();
    await page
      .getByText(/^Найдено: /)
      .first()
      .waitFor({ timeout: 30000 });
    const groups = page.getByRole("tabpanel", { name: "Проверка" }).locator("details summary");
    expect(await groups.count()).toBeGreaterThan(0);
    expect(await groups.first().innerText()).toMatch(/: \d+\sзамечани/);
    const finding = page.getByRole("button", { name: /^(ошибка|предупреждение)\s+ячейка [A-Z]+\d+\s/ }).first();
    await finding.waitFor();
    await expectSound(page, "findings");
    await page.screenshot({ path: join(DOCS, "pane-findings.png"), fullPage: true });
    await page.getByRole("radio", { name: "ошибки" }).check();
    expect(await page.getByRole("button", { name: /^предупреждение\s+ячейка/ }).count()).toBe(0);

    // Work survives tab switches.
    await tab(page, "Листы").click();
    expect(await municipality.inputValue()).toBe("Новый район");
    await tab(page, "Проверка").click();
    expect(
      await page
        .getByRole("tabpanel", { name: "Проверка" })
        .getByText(/^Найдено: /)
        .isVisible(),
    ).toBe(true);

    // Cell-edit mode: a Russian sentence with what to do, no English.
    await setControl(page, { cellEdit: true });
    await page.getByRole("button", { name: "Проверить данные" }).click();
    const failure = page.getByText(/^Не удалось выполнить «Проверить данные»/).first();
    await failure.waitFor({ timeout: 30000 });
    const text = await failure.innerText();
    expect(text).toMatch(/Завершите ввод в ячейке \(нажмите Enter или Esc\)/);
    expect(text.replace(/Excel|Enter|Esc/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    await expectSound(page, "cell-edit error");
    await setControl(page, { cellEdit: false });

    // The справка for the book's last period.
    await tab(page, "Отчёт").click();
    await page.getByRole("combobox", { name: "Отчётный период" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Отчётный период" }).innerText()).toMatch(/2023\/2024/);
    await expectSound(page, "«Отчёт»");
    await page.getByRole("button", { name: "Сформировать аналитическую справку" }).click();
    await page
      .getByText(/^Справка записана на лист «Анализ 2023-2024»/)
      .first()
      .waitFor({ timeout: 60000 });
    expect(await sheetNames(page)).toContain("Анализ 2023-2024");
    // The status, read again, names the справка (inside the collapsed details of «Книга»).
    await page.waitForFunction(
      () => document.querySelector('section[aria-labelledby="status-title"] dl')?.textContent?.includes("за 2023/2024"),
      undefined,
      { timeout: 30000 },
    );
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    await page.screenshot({ path: join(DOCS, "pane-report.png"), fullPage: true });

    await tab(page, "Функции").click();
    await page.getByRole("heading", { name: "Функции МСОКО в ячейках" }).waitFor();
    await expectSound(page, "«Функции»");
    expect((await host(page)).runs).toBeGreaterThan(5);
    await page.close();
  });

  test("at 360 px in Excel's dark theme: every tab fits and passes axe", async () => {
    const page = await open(360, "?dark=1");
    await page.getByRole("textbox", { name: "Периоды" }).waitFor({ timeout: 30000 });
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
    );
    expect(background).not.toBe("rgb(255, 255, 255)");
    for (const name of ["Листы", "Данные", "Проверка", "Отчёт", "Функции"]) {
      await tab(page, name).click();
      await page.waitForTimeout(200);
      await expectSound(page, `dark, «${name}»`);
    }
    await tab(page, "Листы").click();
    await page.screenshot({ path: join(DOCS, "pane-dark.png") });
    await page.close();
  });
});
