import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { ru } from "../../src/core/base/i18n/ru";
import { existingSheets } from "../../src/xlsx/buildFile";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { readRoles } from "../../src/xlsx/readWorkbook";
import { runCli } from "../cli/run";
import { Book, FRAMEWORK, MUNICIPALITY, PERIODS, rebuildScenario, SCHOOLS } from "../helpers/rebuildScenario";

/** `msoko build --in X --out X`, through the file shell: what the user put on our sheets is kept, archived or followed. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-rebuild-keeps-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("build --in keeps the user's formulas and overrides, and fed values follow corrected results", async () => {
  const file = path.join(tmp, "МСОКО.xlsx");
  const schools = path.join(tmp, "ОО.txt");
  fs.writeFileSync(schools, SCHOOLS.join("\n"));
  const created = await runCli(
    "build",
    ...["--framework", FRAMEWORK, "--periods", PERIODS.join(","), "--municipality", MUNICIPALITY],
    ...["--schools", schools, "--out", file],
  );
  expect(created).toMatchObject({ code: 0, err: "" });

  // The user's edits between two runs, made in one opened copy of the file and saved before the run.
  let open: ExcelJS.Workbook | undefined;
  const book: Book = {
    sheets: async () => existingSheets(open ?? (await loadWorkbook(file))),
    async type(role, row, col, value) {
      open ??= await loadWorkbook(file);
      const name = [...readRoles(open)].find(([, r]) => r === role)![0];
      const cell = open.getWorksheet(name)!.getCell(row + 1, col + 1);
      cell.value =
        typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value === "" ? null : value;
    },
    async note(role, row, col, text) {
      open ??= await loadWorkbook(file);
      const name = [...readRoles(open)].find(([, r]) => r === role)![0];
      open.getWorksheet(name)!.getCell(row + 1, col + 1).note = text;
    },
    async rebuild() {
      if (open) await open.xlsx.writeFile(file);
      open = undefined;
      const run = await runCli("build", "--in", file, "--out", file);
      expect(run).toMatchObject({ code: 0, err: "" });
      const bullet = ru.cliBuild.notice("");
      return run.out
        .split("\n")
        .filter((line) => line.startsWith(bullet))
        .map((line) => line.slice(bullet.length));
    },
  };
  await rebuildScenario(book);
  // The record of fed values is hidden from the user.
  const workbook = await loadWorkbook(file);
  const record = [...readRoles(workbook)].find(([, role]) => role === "fed")![0];
  expect(workbook.getWorksheet(record)!.state).toBe("hidden");
}, 600000);
