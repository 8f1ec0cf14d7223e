import { readFileSync } from "node:fs";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { formsText } from "../../src/core/base/i18n/forms";
import { ru } from "../../src/core/base/i18n/ru";
import { bookWithSchools, expectSound, PaneSite, sheetNames, sheetValues, startPane } from "./paneHarness";

/**
 * «Формы для ОО» and «Собрать формы» as a methodologist uses them: the built add-in in headless
 * Chromium over the in-memory Excel host. Forms are downloaded as one .zip, filled as a school would
 * (ExcelJS), picked back, previewed and loaded; a resubmission that contradicts the book replaces
 * its value only once the user says so. axe-core runs on every state.
 */

const PERIOD = "2024/2025";
const SCHOOL = "МБОУ «СОШ № 1»";
const OTHER = "МБОУ «СОШ № 2»";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** Waits until `ready` holds, polling: for states React reaches a moment after the click. */
async function until(ready: () => Promise<boolean>, what: string, timeout = 60000): Promise<void> {
  for (const start = Date.now(); !(await ready());) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first row of a form whose numerator and denominator for the period are both open for input. */
function shareRow(sheet: ExcelJS.Worksheet): { code: string; num: ExcelJS.Cell; den: ExcelJS.Cell } {
  let header: string[] | undefined;
  let found: { code: string; num: ExcelJS.Cell; den: ExcelJS.Cell } | undefined;
  sheet.eachRow((row) => {
    const texts = (row.values as unknown[]).map((value) => (typeof value === "string" ? value : ""));
    if (!header && texts.includes(ru.layout.code)) {
      header = texts;
      return;
    }
    if (!header || found) return;
    const [num, den] = [ru.layout.numerator(PERIOD), ru.layout.denominator(PERIOD)].map((title) =>
      row.getCell(header!.indexOf(title)),
    );
    const open = (cell: ExcelJS.Cell) => cell.protection?.locked === false && cell.formula === undefined;
    const code = row.getCell(header.indexOf(ru.layout.code)).value;
    if (typeof code === "string" && open(num) && open(den)) found = { code, num, den };
  });
  if (!found) throw new Error(`no numerator and denominator to fill on «${sheet.name}»`);
  return found;
}

/** A downloaded form filled in as the school would: one share's numerator and denominator. */
async function filled(form: Uint8Array, num: number, den: number): Promise<{ bytes: Buffer; code: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(formsText.sheetName)!;
  const row = shareRow(sheet);
  row.num.value = num;
  row.den.value = den;
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), code: row.code };
}

/** The numerator and denominator an organisation's row holds on the book's «(ОО)» sheets. */
async function bookPair(page: Page, code: string, school: string): Promise<[unknown, unknown] | undefined> {
  for (const name of await sheetNames(page)) {
    const grid = await sheetValues(page, name);
    const headerRow = grid.findIndex((row) => row.includes(ru.layout.code) && row.includes(ru.layout.school));
    if (headerRow < 0) continue;
    const header = grid[headerRow];
    const [codeCol, schoolCol] = [header.indexOf(ru.layout.code), header.indexOf(ru.layout.school)];
    const row = grid.find((line, r) => r > headerRow && line[codeCol] === code && line[schoolCol] === school);
    if (!row) continue;
    return [row[header.indexOf(ru.layout.numerator(PERIOD))], row[header.indexOf(ru.layout.denominator(PERIOD))]];
  }
  return undefined;
}

/** The rows of «Сбор данных» for the period, by organisation. */
async function logRows(page: Page): Promise<Map<string, unknown[]>> {
  const grid = await sheetValues(page, formsText.logSheetName);
  return new Map(grid.filter((row) => row[1] === PERIOD).map((row) => [String(row[0]), row]));
}

describe("«Формы для ОО» and «Собрать формы» in headless Chromium over the in-memory Excel", () => {
  let pane: PaneSite;

  beforeAll(async () => {
    pane = await startPane();
  }, 600000);

  afterAll(async () => {
    await pane?.stop();
  });

  test("at 320 px: forms out as a .zip, two filled forms previewed and loaded, a conflicting one replaced only when confirmed", async () => {
    const page = await pane.open(320);

    // A book with two schools, laid out from the pane.
    await bookWithSchools(page, [SCHOOL, OTHER], `2023/2024, ${PERIOD}`);

    // «Формы для ОО»: the latest period is offered; every form comes as one .zip.
    await page.getByRole("tab", { name: "Данные" }).click();
    const p = formsText.panel;
    const forms = page.getByRole("region", { name: p.formsTitle });
    await forms.getByRole("heading", { name: p.formsTitle }).waitFor({ timeout: 30000 });
    const period = forms.getByRole("combobox", { name: p.period });
    await until(async () => (await period.inputValue()) === PERIOD, "the periods of the book");
    await expectSound(page, "«Данные», forms");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      forms.getByRole("button", { name: p.makeForms }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(p.zipName(PERIOD));
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    expect(Object.keys(zip.files).sort()).toEqual([`${SCHOOL}.xlsx`, `${OTHER}.xlsx`].sort());
    const made = page.getByText(/^Готово: /).first();
    await made.waitFor({ timeout: 30000 });
    expect(plain(await made.innerText())).toMatch(/^Готово: 2 формы в архиве\./);
    // The book had no id: it got one, and the user is told.
    expect(await page.getByText(formsText.bookIdAddedHere).count()).toBeGreaterThan(0);
    await expectSound(page, "forms made");

    // Each school fills its form.
    const form = async (name: string) => zip.file(name)!.async("uint8array");
    const first = await filled(await form(`${SCHOOL}.xlsx`), 30, 40);
    const second = await filled(await form(`${OTHER}.xlsx`), 12, 20);
    expect(await bookPair(page, first.code, SCHOOL)).toEqual(["", ""]);

    // «Собрать формы»: pick both files; the preview says what will happen, nothing is written yet.
    const collect = page.getByRole("region", { name: p.formsTitle });
    // «Выбрать файлы» opens the system's file dialog; the test answers it.
    const pick = async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        collect.getByRole("button", { name: p.pick }).click(),
      ]);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles(files);
    };
    await pick([
      { name: `${SCHOOL}.xlsx`, mimeType: XLSX_TYPE, buffer: first.bytes },
      { name: `${OTHER}.xlsx`, mimeType: XLSX_TYPE, buffer: second.bytes },
    ]);
    const preview = collect.getByRole("list", { name: p.preview });
    await preview.waitFor({ timeout: 60000 });
    const items = async () => (await preview.locator(":scope > li").allInnerTexts()).map(plain);
    expect(await items()).toEqual([
      expect.stringMatching(new RegExp(`^${SCHOOL}\\.xlsx — ${SCHOOL}: ${p.willTake}\\n2 значения`)),
      expect.stringMatching(new RegExp(`^${OTHER}\\.xlsx — ${OTHER}: ${p.willTake}\\n2 значения`)),
    ]);
    expect(await bookPair(page, first.code, SCHOOL)).toEqual(["", ""]);
    expect(await sheetNames(page)).not.toContain(formsText.logSheetName);
    await expectSound(page, "preview of two forms");

    // «Загрузить»: the values land on the «(ОО)» sheet and «Сбор данных» shows who answered.
    const load = collect.getByRole("button", { name: p.load });
    await load.click();
    const loaded = page.getByText(/^Загружено форм: /).first();
    await loaded.waitFor({ timeout: 60000 });
    expect(plain(await loaded.innerText())).toBe(plain(p.loaded(2, 2)));
    expect(await bookPair(page, first.code, SCHOOL)).toEqual([30, 40]);
    expect(await bookPair(page, second.code, OTHER)).toEqual([12, 20]);
    const log = await logRows(page);
    expect(log.get(SCHOOL)?.slice(2, 8)).toEqual([
      formsText.received.yes,
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
      `${SCHOOL}.xlsx`,
      2,
      0,
      0,
    ]);
    expect(log.get(OTHER)?.slice(2, 3)).toEqual([formsText.received.yes]);
    expect(await load.isDisabled()).toBe(true);
    await expectSound(page, "two forms loaded");

    // The school sends its form again with another numerator: a conflict, listed with the cell.
    const again = await filled(await form(`${SCHOOL}.xlsx`), 35, 40);
    await pick([{ name: "СОШ 1, исправлено.xlsx", mimeType: XLSX_TYPE, buffer: again.bytes }]);
    await preview.waitFor({ timeout: 60000 });
    const conflict = await items();
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatch(new RegExp(`^СОШ 1, исправлено\\.xlsx — ${SCHOOL}: ${p.willTake}`));
    expect(conflict[0]).toMatch(/1 конфликт\n[A-Z]+\d+: .*30.*35/);
    await expectSound(page, "preview of a conflicting form");

    // Loaded without the user's consent, the book keeps its value and «Сбор данных» says so.
    await load.click();
    await page
      .getByText(/^Загружено форм: 1\s+из\s+1\.$/)
      .first()
      .waitFor({ timeout: 60000 });
    expect(await bookPair(page, first.code, SCHOOL)).toEqual([30, 40]);
    const kept = await logRows(page);
    expect(kept.get(SCHOOL)?.slice(4, 9)).toEqual(["СОШ 1, исправлено.xlsx", 2, 0, 1, formsText.conflictsKept]);

    // Confirmed by the user (the box ticked, the preview shown again): the form's value replaces the book's.
    const replace = collect.getByRole("checkbox", { name: p.replace });
    await replace.check();
    await pick([{ name: "СОШ 1, исправлено.xlsx", mimeType: XLSX_TYPE, buffer: again.bytes }]);
    await until(() => load.isEnabled(), "the preview with replacing");
    expect(await items()).toEqual(conflict);
    await expectSound(page, "conflict to replace");
    await load.click();
    await until(async () => (await bookPair(page, first.code, SCHOOL))?.[0] === 35, "the replaced value");
    expect(await bookPair(page, first.code, SCHOOL)).toEqual([35, 40]);
    const after = await logRows(page);
    expect(after.get(SCHOOL)?.slice(4, 8)).toEqual(["СОШ 1, исправлено.xlsx", 2, 0, 1]);
    expect(String(after.get(SCHOOL)?.[8])).toBe(formsText.conflictsReplaced);
    expect(await bookPair(page, second.code, OTHER)).toEqual([12, 20]);
    await expectSound(page, "conflict replaced");
    await page.close();
  });
});
