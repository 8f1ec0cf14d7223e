import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { carryText } from "../../src/core/base/i18n/carryOver";
import { ru } from "../../src/core/base/i18n/ru";
import { cellA1 } from "../../src/core/base/plan/a1";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
import { formatPlain } from "../../src/core/base/text/format";
import type { Finding } from "../../src/core/features/validation/findings";
import { entryOf } from "../../src/core/workbook/entry";
import { existingSheets } from "../../src/xlsx/buildFile";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { readRoles } from "../../src/xlsx/readWorkbook";
import { runCli } from "../cli/run";
import {
  address,
  Book,
  cellAt,
  FRAMEWORK,
  locate,
  MUNICIPALITY,
  PERIODS,
  placeOf,
  rebuildScenario,
  SCHOOLS,
  typeResult,
  vpr,
} from "../helpers/rebuildScenario";

/** `msoko build --in X --out X`, through the file shell: what the user put on our sheets is kept, archived or followed. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-rebuild-keeps-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const framework = findFramework(FRAMEWORK)!;

/** A new book made by `msoko build` with the scenario's settings. */
async function created(name: string): Promise<string> {
  const file = path.join(tmp, name);
  const schools = path.join(tmp, `${name}.ОО.txt`);
  fs.writeFileSync(schools, SCHOOLS.join("\n"));
  const run = await runCli(
    "build",
    ...["--framework", FRAMEWORK, "--periods", PERIODS.join(","), "--municipality", MUNICIPALITY],
    ...["--schools", schools, "--out", file],
  );
  expect(run).toMatchObject({ code: 0, err: "" });
  return file;
}

/**
 * The user's edits between two runs, made in one opened copy of the file and saved before the run; `extra` are more
 * arguments of `msoko build --in` (e.g. new periods).
 */
function fileBook(file: string, extra: () => string[] = () => []): Book & { open(): Promise<ExcelJS.Workbook> } {
  let open: ExcelJS.Workbook | undefined;
  const sheetNamed = async (role: string) => {
    open ??= await loadWorkbook(file);
    const name = [...readRoles(open)].find(([, r]) => r === role)![0];
    return open.getWorksheet(name)!;
  };
  return {
    open: async () => (open ??= await loadWorkbook(file)),
    sheets: async () => existingSheets(open ?? (await loadWorkbook(file))),
    async type(role, row, col, value) {
      const cell = (await sheetNamed(role)).getCell(row + 1, col + 1);
      cell.value =
        typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value === "" ? null : value;
    },
    async note(role, row, col, text) {
      (await sheetNamed(role)).getCell(row + 1, col + 1).note = text;
    },
    async rebuild() {
      if (open) await open.xlsx.writeFile(file);
      open = undefined;
      const run = await runCli("build", "--in", file, "--out", file, ...extra());
      expect(run).toMatchObject({ code: 0, err: "" });
      const bullet = ru.cliBuild.notice("");
      return run.out
        .split("\n")
        .filter((line) => line.startsWith(bullet))
        .map((line) => line.slice(bullet.length));
    },
  };
}

async function save(book: ReturnType<typeof fileBook>, file: string): Promise<void> {
  await (await book.open()).xlsx.writeFile(file);
}

test("build --in keeps the user's formulas and overrides, and fed values follow corrected results", async () => {
  const file = await created("МСОКО.xlsx");
  await rebuildScenario(fileBook(file));
  // The record of fed values is hidden from the user.
  const workbook = await loadWorkbook(file);
  const record = [...readRoles(workbook)].find(([, role]) => role === "fed")![0];
  expect(workbook.getWorksheet(record)!.state).toBe("hidden");
}, 600000);

test("validate warns of values fed from results that the results, corrected after the build, no longer give", async () => {
  const file = await created("Устаревшие.xlsx");
  const book = fileBook(file);
  const first = vpr({ n5: 5, n4: 8, n3: 5, n2: 2 });
  await typeResult(book, first);
  await book.rebuild();
  const validate = async () => {
    const run = await runCli("validate", "--json", file);
    return (JSON.parse(run.out) as Finding[]).filter((finding) => finding.rule === "staleFed");
  };
  expect(await validate()).toEqual([]);

  // The results corrected, the book not rebuilt yet: each fed cell whose value the results change is named.
  const corrected = vpr({ n5: 3, n4: 8, n3: 5, n2: 4 });
  await typeResult(book, corrected);
  await save(book, file);
  const sheets = await book.sheets();
  const [before, after] = [first, corrected].map((row) => indicatorValuesFromResults(framework, [row]).values);
  const changed = [...before.keys()].filter((id) => after.get(id) !== before.get(id) && placeOf(sheets, id));
  expect(changed.length).toBeGreaterThan(0);
  const stale = await validate();
  expect(stale.map((finding) => [finding.sheet, finding.cell]).sort()).toEqual(
    changed
      .map((id) => [placeOf(sheets, id)!.sheet, cellA1(placeOf(sheets, id)!.row, placeOf(sheets, id)!.col)])
      .sort(),
  );
  const place = placeOf(sheets, changed[0])!;
  const warned = stale.find(
    (finding) => finding.cell === cellA1(place.row, place.col) && finding.sheet === place.sheet,
  )!;
  expect(warned.severity).toBe("warning");
  expect(warned.message).toBe(
    carryText.staleFed(
      address(place),
      formatPlain(before.get(changed[0]) as number),
      formatPlain(after.get(changed[0]) as number),
    ),
  );
  expect(warned.message).toContain("«Создать листы»");

  // «Создать листы» updates them: nothing stale any more.
  await book.rebuild();
  expect(await validate()).toEqual([]);
}, 300000);

test("after a period is added, the user's formulas that read our tables are named with where their cells went", async () => {
  const file = await created("Периоды.xlsx");
  const periods = [...PERIODS];
  const book = fileBook(file, () => ["--periods", periods.join(",")]);
  const indicator = indicatorsOf(framework).find(
    (i) => entryOf(i).per === "municipality" && entryOf(i).inputs === "value",
  )!;
  const system = framework.systems.find((s) => s.criteria.some((c) => c.indicators.includes(indicator)))!;
  const role = `system:${system.code}`;
  const header = ru.layout.value(PERIODS[1]);
  const old = locate(await book.sheets(), role, indicator.code, header)!;
  const codeCell = locate(await book.sheets(), role, indicator.code, ru.layout.code)!;
  await book.type(role, old.row, old.col, 42);

  // The user's own sheet reads the value of 2023/2024 and the indicator's code.
  const workbook = await book.open();
  const mine = workbook.addWorksheet("Мои расчёты");
  const reads = `'${old.sheet}'!${cellA1(old.row, old.col)}`;
  mine.getCell("B2").value = { formula: `${reads}*2` };
  mine.getCell("B3").value = { formula: `'${old.sheet}'!${cellA1(codeCell.row, codeCell.col)}` };

  periods.push("2024/2025");
  const notices = await book.rebuild();
  const sheets = await book.sheets();
  const now = locate(sheets, role, indicator.code, header)!;
  // Which behaviour holds: the value column of an existing period moves when a period is added …
  expect(now.col).not.toBe(old.col);
  expect(cellAt(sheets, now)).toBe(42);
  // … the user's formulas stay as typed, and the one that now reads another cell is named with where its cell went.
  const reloaded = await loadWorkbook(file);
  expect(reloaded.getWorksheet("Мои расчёты")!.getCell("B2").formula).toBe(`${reads}*2`);
  const moved = carryText.referenceMoved(
    cellA1(old.row, old.col),
    `${indicator.code}, ${header}`,
    cellA1(now.row, now.col),
  );
  expect(notices).toContain(
    carryText.referencesMoved(1, carryText.userReference("'Мои расчёты'!B2", `'${old.sheet}'!${moved}`)),
  );

  // Rebuilt again with the same periods, nothing has moved: nothing to check.
  expect(
    (await book.rebuild()).filter((notice) => notice.startsWith(carryText.referencesMoved(1, "").slice(0, 30))),
  ).toEqual([]);
}, 300000);
