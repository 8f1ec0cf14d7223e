import * as ExcelJS from "exceljs";
import { nameKey } from "../../src/core/import/operation";
import { readResults } from "../../src/core/results/sheet";
import { parsePeriods } from "../../src/core/workbook/periods";
import { createImportOperations } from "../../src/excel/importOperations";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { parsePickedFiles } from "../../src/xlsx/sourceFile";
import { createExcelHost } from "../helpers/excelHost";
import { bookName, csvOf, sampleSchools, statisticsGrid } from "../helpers/importSamples";

const parsed = parsePeriods("2024/2025, 2025/2026");
const periods = parsed.ok ? parsed.periods : [];
const schools = sampleSchools(3);

async function xlsxBytes(grid: ReturnType<typeof statisticsGrid>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Статистика");
  grid.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("«Загрузить результаты» through the Office.js shell", () => {
  test("a preview writes nothing; the import writes only the schools the user confirmed", async () => {
    const host = createExcelHost();
    await createWorkbookOperations(host.run, host.supports).createSheets({
      frameworkId: "asino",
      useWorkbookCatalog: false,
      periods,
      municipality: "Энский район",
      schools: [0, 1, 2].map(bookName),
      flavour: "portable",
    });
    const operations = createImportOperations(host.run, host.supports);
    const files = await parsePickedFiles([
      { name: "stat.xlsx", bytes: await xlsxBytes(statisticsGrid(schools)) },
      { name: "stat-math.csv", bytes: new TextEncoder().encode(csvOf(statisticsGrid(schools, "Математика", 4))) },
    ]);
    const resultsRows = () => {
      const sheet = host.state.sheet("Результаты процедур");
      const grid = Array.from({ length: 40 }, (_, r) =>
        Array.from({ length: 32 }, (_, c) => sheet.value(r, c) ?? null),
      );
      return readResults(grid);
    };

    const preview = await operations.previewImport(files, { acceptNames: "all" });
    expect(preview.files.map((f) => [f.name, f.added, f.byName.length])).toEqual([
      ["stat.xlsx", 6, 3],
      ["stat-math.csv", 6, 0], // matched by the logins the first file wrote
    ]);
    expect(resultsRows().rows).toHaveLength(0);

    const accepted = new Set([nameKey("stat.xlsx", schools[0].name), nameKey("stat.xlsx", schools[1].name)]);
    const done = await operations.importFiles(files, { acceptNames: accepted });
    expect(done.files[0].byName.filter((m) => m.accepted)).toHaveLength(2);
    const { rows, references } = resultsRows();
    // The first file: two confirmed schools; the second then matches them by the logins written on «ОО».
    expect(rows.map((r) => `${r.subject} ${r.school}`)).toEqual([
      `Русский язык ${bookName(0)}`,
      `Русский язык ${bookName(1)}`,
      `Математика ${bookName(0)}`,
      `Математика ${bookName(1)}`,
    ]);
    expect(references).toHaveLength(6);
  });
});
