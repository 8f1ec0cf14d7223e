import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "msoko-self-"));

/** Finds a cell by its column header and the text in its row's first cell. */
function cellOf(sheet: ExcelJS.Worksheet, header: string, firstCell: string): ExcelJS.Cell {
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.includes(header) && row[0] !== null);
  const col = grid[headerRow].indexOf(header);
  const row = grid.findIndex((line, r) => r > headerRow && line[0] === firstCell);
  if (row < 0 || col < 0) throw new Error(`${header} / ${firstCell} not found on ${sheet.name}`);
  return sheet.getRow(row + 1).getCell(col + 1);
}

describe("msoko self-assessment", () => {
  test("alone, it writes «Самооценка» with every position of the federal methodology", async () => {
    const out = join(dir, "alone.xlsx");
    const result = await runCli("self-assessment", "--out", out, "--municipality", "Энский район");
    expect(result.code).toBe(0);
    const grid = readSheetGrid((await loadWorkbook(out)).getWorksheet("Самооценка")!);
    expect(grid.filter((row) => typeof row[0] === "string" && /^FED\./.test(row[0] as string))).toHaveLength(284);
  });

  test("in the demo workbook it adds the cycle matrix, and a rerun keeps a typed score", async () => {
    const book = join(dir, "demo.xlsx");
    expect((await runCli("demo", "--out", book)).code).toBe(0);
    const first = join(dir, "first.xlsx");
    expect((await runCli("self-assessment", "--in", book, "--out", first)).code).toBe(0);
    const workbook = await loadWorkbook(first);
    expect(workbook.getWorksheet("Цикл управления")).toBeDefined();
    cellOf(workbook.getWorksheet("Самооценка")!, "Балл", "FED.1.1.1.01").value = 1;
    const edited = join(dir, "edited.xlsx");
    await workbook.xlsx.writeFile(edited);

    const second = join(dir, "second.xlsx");
    expect((await runCli("self-assessment", "--in", edited, "--out", second)).code).toBe(0);
    const again = await loadWorkbook(second);
    expect(cellOf(again.getWorksheet("Самооценка")!, "Балл", "FED.1.1.1.01").value).toBe(1);
    expect(again.worksheets.filter((sheet) => sheet.name.startsWith("Самооценка"))).toHaveLength(1);
  });

  test("a Tula workbook also gets the director rating, and hand entries survive a rerun", async () => {
    const schools = join(dir, "schools.txt");
    writeFileSync(schools, "МБОУ «ЦО № 1»\nМБОУ «ЦО № 2»\n");
    const book = join(dir, "tula.xlsx");
    const built = await runCli(
      "build",
      "--framework",
      "tula",
      "--periods",
      "2023/2024,2024/2025",
      "--municipality",
      "город Тула",
      "--schools",
      schools,
      "--out",
      book,
    );
    expect(built.code).toBe(0);
    const first = join(dir, "tula-self.xlsx");
    expect((await runCli("self-assessment", "--in", book, "--out", first)).code).toBe(0);
    const workbook = await loadWorkbook(first);
    const rating = workbook.getWorksheet("Рейтинг руководителей")!;
    expect(rating).toBeDefined();
    const grid = readSheetGrid(rating);
    const header = grid.findIndex((row) => row.includes("МБОУ «ЦО № 2»"));
    const col = grid[header].indexOf("МБОУ «ЦО № 2»");
    const inputRow = grid.findIndex((row, r) => r > header && typeof row[0] === "string" && row[col] === null);
    const code = grid[inputRow][0] as string;
    rating.getRow(inputRow + 1).getCell(col + 1).value = 3;
    const edited = join(dir, "tula-edited.xlsx");
    await workbook.xlsx.writeFile(edited);

    const second = join(dir, "tula-second.xlsx");
    expect((await runCli("self-assessment", "--in", edited, "--out", second)).code).toBe(0);
    const again = readSheetGrid((await loadWorkbook(second)).getWorksheet("Рейтинг руководителей")!);
    const row = again.findIndex((line) => line[0] === code);
    expect(again[row][col]).toBe(3);
  });

  test("without --out it says what to type", async () => {
    expect(await runCli("self-assessment")).toMatchObject({ code: 2, err: expect.stringMatching(/^Укажите файл/) });
  });
});
