import * as ExcelJS from "exceljs";
import { planStoredAnalysis } from "../../src/core/analysis/planAnalysis";
import { findFramework } from "../../src/core/catalog";
import { validateDataset } from "../../src/core/validation/checks";
import { readDataset } from "../../src/core/validation/dataset";
import { parsePeriods } from "../../src/core/workbook/periods";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБОУ «СОШ № 3»"];
const PERIODS = ["2022/2023", "2023/2024", "2024/2025"];

/** Types one row of results the way a methodologist does: by the headers of «Результаты процедур». */
function typeResult(sheet: ExcelJS.Worksheet, values: Record<string, string | number>): void {
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.includes("Процедура"));
  const header = grid[headerRow];
  let row = headerRow + 1;
  while (grid[row]?.[header.indexOf("Период")]) row++;
  for (const [name, value] of Object.entries(values)) {
    sheet.getRow(row + 1).getCell(header.indexOf(name) + 1).value = value;
  }
}

describe("«Результаты процедур» in the workbook", () => {
  const framework = findFramework("asino")!;
  const parsed = parsePeriods(PERIODS.join(","));
  const periods = parsed.ok ? parsed.periods : [];
  const request = { framework, periods, municipality: "Энский район", schools: SCHOOLS, flavour: "portable" as const };

  function workbookWithResults(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    buildIntoWorkbook(workbook, request);
    const sheet = workbook.getWorksheet("Результаты процедур")!;
    for (const period of PERIODS) {
      for (const [i, school] of SCHOOLS.entries()) {
        // School 3 has a quarter of «2» and no «5» every year: a low-results risk by the Tula rule.
        const marks = i === 2 ? { n5: 0, n4: 5, n3: 10, n2: 5 } : { n5: 6, n4: 8, n3: 5, n2: 1 };
        typeResult(sheet, {
          Период: period,
          ОО: school,
          Процедура: "ОГЭ",
          Предмет: "Русский язык",
          Класс: "9",
          Участники: 20,
          "«5»": marks.n5,
          "«4»": marks.n4,
          "«3»": marks.n3,
          "«2»": marks.n2,
        });
      }
    }
    return workbook;
  }

  test("a rerun keeps the rows and fills the ОГЭ indicators they determine", () => {
    const workbook = workbookWithResults();
    const result = buildIntoWorkbook(workbook, request);
    expect(result.notices.join(" ")).toMatch(/Из листа «Результаты процедур» подставлено значений/);
    const grid = readSheetGrid(workbook.getWorksheet("Результаты процедур")!);
    expect(grid.filter((row) => row.includes("ОГЭ"))).toHaveLength(9);
  });

  test("validation catches marks that do not add up to the participants", () => {
    const workbook = workbookWithResults();
    typeResult(workbook.getWorksheet("Результаты процедур")!, {
      Период: "2024/2025",
      ОО: SCHOOLS[0],
      Процедура: "ВПР",
      Предмет: "Математика",
      Класс: "4",
      Участники: 30,
      "«5»": 10,
      "«4»": 10,
      "«3»": 5,
      "«2»": 1,
    });
    const findings = validateDataset(readDataset(framework, PERIODS, existingSheets(workbook)));
    const breakdown = findings.filter((finding) => finding.rule === "breakdown");
    expect(breakdown).toHaveLength(1);
    expect(breakdown[0].sheet).toBe("Результаты процедур");
    expect(breakdown[0].message).toMatch(/26/);
  });

  test("the report names the school at risk and keeps the rule and numbers in the sentence", () => {
    const workbook = workbookWithResults();
    const { report } = planStoredAnalysis(existingSheets(workbook), "2024/2025");
    expect(report.procedures?.risks.join(" ")).toMatch(/МБОУ «СОШ № 3»/);
    expect(report.procedures?.risks.join(" ")).toMatch(/25,0/);
    expect(report.procedures?.recommendations.join(" ")).toMatch(/адресной поддержки.*СОШ № 3/);
    expect(report.procedures?.risks.join(" ")).not.toMatch(/СОШ № 1»/);
  });
});
