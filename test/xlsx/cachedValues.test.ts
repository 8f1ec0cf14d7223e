import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "../cli/run";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-cached-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface FormulaCell {
  readonly where: string;
  readonly formula: string;
  readonly result: unknown;
}

/** Every formula of a workbook with the result cached beside it, by sheet and address. */
function formulaCells(workbook: ExcelJS.Workbook): Map<string, FormulaCell> {
  const cells = new Map<string, FormulaCell>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (value && typeof value === "object" && "formula" in value) {
          const where = `${sheet.name}!${cell.address}`;
          cells.set(where, { where, formula: value.formula, result: value.result });
        }
      }),
    );
  }
  return cells;
}

/** An empty text and no value are the same cell to a reader. */
const shown = (value: unknown): unknown => {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "object" && value !== null && "error" in value) return (value as ExcelJS.CellErrorValue).error;
  return value;
};

function same(a: unknown, b: unknown): boolean {
  const [x, y] = [shown(a), shown(b)];
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return x === y;
}

describe("files carry their values", () => {
  const demo = path.join(tmp, "демо.xlsx");

  beforeAll(async () => {
    expect((await runCli("demo", "--out", demo)).code).toBe(0);
  });

  test("every formula of the demo has a cached value, and LibreOffice, recalculating, computes the same", async () => {
    const written = formulaCells(await loadWorkbook(demo));
    expect(written.size).toBeGreaterThan(10_000);
    // In the package itself: every <f> has its <v> (ExcelJS reads an empty cached text back as no result).
    const zip = await JSZip.loadAsync(fs.readFileSync(demo));
    let formulas = 0;
    const uncached: string[] = [];
    for (const [name, entry] of Object.entries(zip.files)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      for (const cell of (await entry.async("string")).match(/<c [^>]*>(?:(?!<\/c>).)*<f>(?:(?!<\/c>).)*<\/c>/g) ??
        []) {
        formulas++;
        if (!/<v>[^<]*<\/v>|<v\/>/.test(cell)) uncached.push(`${name}: ${cell.slice(0, 200)}`);
      }
    }
    expect(formulas).toBe(written.size);
    expect(uncached).toEqual([]);

    const recalculated = formulaCells(await loadWorkbook(await recalculateWithLibreOffice(demo)));
    const differ: string[] = [];
    let compared = 0;
    for (const cell of written.values()) {
      const other = recalculated.get(cell.where);
      if (!other) {
        differ.push(`${cell.where}: no formula after LibreOffice`);
        continue;
      }
      compared++;
      if (!same(cell.result, other.result))
        differ.push(
          `${cell.where}: cached ${JSON.stringify(cell.result)}, LibreOffice ${JSON.stringify(other.result)}`,
        );
    }
    expect(differ.slice(0, 20)).toEqual([]);
    expect(compared).toBe(written.size);
    // Not all blank: the comparison is over real numbers and words.
    const numbers = [...written.values()].filter((cell) => typeof cell.result === "number").length;
    expect(numbers).toBeGreaterThan(written.size / 4);
  });

  test("a rebuilt file never keeps a stale cached value: a changed input updates the values that follow it", async () => {
    const book = path.join(tmp, "книга.xlsx");
    const schools = path.join(tmp, "ОО.txt");
    fs.writeFileSync(schools, "МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»\n");
    const build = await runCli(
      ...["build", "--framework", "asino", "--periods", "2023/2024,2024/2025", "--municipality", "Энский район"],
      ...["--schools", schools, "--out", book],
    );
    expect(build.code).toBe(0);
    const before = await loadWorkbook(book);
    const cached = formulaCells(before);
    // Type a pair for one school, as a user would, without any recalculation.
    const inputSheet = before.worksheets.find((sheet) =>
      [...formulaCells(before).values()].some(
        (cell) => cell.where.startsWith(`${sheet.name}!`) && /SUMIFS/.test(cell.formula),
      ),
    );
    expect(inputSheet).toBeDefined();
    const typed = path.join(tmp, "книга-введено.xlsx");
    const schoolSheet = before.worksheets.find((sheet) => /ОО/.test(sheet.name) && sheet.name !== "ОО");
    expect(schoolSheet).toBeDefined();
    // The first numerator/denominator pair under the header: the row after «Код», the first two input columns.
    let target: { row: number; num: number; den: number } | undefined;
    schoolSheet!.eachRow((row, r) => {
      if (target) return;
      const values = row.values as unknown[];
      if (typeof values[1] === "string" && /^ASN\.1\.01\.01$/.test(values[1])) {
        const formulaCol = values.findIndex((v) => typeof v === "object" && v !== null && "formula" in (v as object));
        target = { row: r, num: formulaCol - 2, den: formulaCol - 1 };
      }
    });
    expect(target).toBeDefined();
    schoolSheet!.getCell(target!.row, target!.num).value = 30;
    schoolSheet!.getCell(target!.row, target!.den).value = 40;
    await before.xlsx.writeFile(typed);

    const rebuilt = path.join(tmp, "книга-2.xlsx");
    expect((await runCli("build", "--in", typed, "--out", rebuilt)).code).toBe(0);
    const after = formulaCells(await loadWorkbook(rebuilt));
    const changed = [...after.values()].filter((cell) => !same(cell.result, cached.get(cell.where)?.result));
    expect(changed.map((cell) => cell.result)).toEqual(expect.arrayContaining([75, 30, 40]));
  });
});
