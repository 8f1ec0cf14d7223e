import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "./run";

describe("msoko analyze", () => {
  const dir = mkdtempSync(join(tmpdir(), "msoko-analyze-"));
  const book = join(dir, "demo.xlsx");

  beforeAll(async () => {
    expect((await runCli("demo", "--out", book)).code).toBe(0);
  });

  test("writes «Анализ 2023-2024» into a copy, and a rerun replaces it rather than adding another", async () => {
    const out = join(dir, "analyzed.xlsx");
    const first = await runCli("analyze", book, "--period", "2023/2024", "--out", out);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toMatch(/^Справка записана на лист «Анализ 2023-2024» книги .*analyzed\.xlsx\.$/m);
    expect((await runCli("analyze", out, "--period", "2023/2024")).code).toBe(0);
    const workbook = await loadWorkbook(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("Анализ")).sort()).toEqual(["Анализ 2023-2024", "Анализ 2024-2025"]);
    const grid = readSheetGrid(workbook.getWorksheet("Анализ 2023-2024")!);
    expect(grid[0][0]).toBe("Аналитическая справка: Энский муниципальный район, 2023/2024 учебный год");
  });

  test("the demo already carries the report for its last period", async () => {
    const workbook = await loadWorkbook(book);
    expect(workbook.getWorksheet("Анализ 2024-2025")).toBeDefined();
    expect(workbook.getWorksheet("Банк формулировок")).toBeDefined();
    expect(workbook.getWorksheet("Управленческие решения")).toBeDefined();
  });

  test("without --period the справка is for the latest period of the book, and the user is told so", async () => {
    const out = join(dir, "latest.xlsx");
    const run = await runCli("analyze", book, "--out", out);
    expect(run.code).toBe(0);
    expect(run.out.split("\n")[0]).toBe("Период не указан: взят последний период книги, 2024/2025.");
    expect(run.out).toMatch(/^Справка записана на лист «Анализ 2024-2025» книги .*latest\.xlsx\.$/m);
  });

  test("wrong or missing options are explained in Russian", async () => {
    expect(await runCli("analyze")).toMatchObject({ code: 2 });
    expect(await runCli("analyze", book, "--period", "2030/2031")).toMatchObject({
      code: 1,
      err: "Периода 2030/2031 в книге нет. Есть: 2022/2023, 2023/2024, 2024/2025.",
    });
  });
});
