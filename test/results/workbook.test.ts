import * as ExcelJS from "exceljs";
import { planStoredAnalysis } from "../../src/core/operations/analyse";
import { findFramework } from "../../src/core/catalog";
import { validateDataset } from "../../src/core/features/validation/checks";
import { readDataset } from "../../src/core/sheets/dataset";
import { parsePeriods } from "../../src/core/workbook/periods";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { ru } from "../../src/core/base/i18n/ru";
import { riskRulesText } from "../../src/core/base/i18n/riskRules";
import { keyOf, readInputsFromGrid } from "../../src/core/workbook/inputs";

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБОУ «СОШ № 3»"];
const PERIODS = ["2022/2023", "2023/2024", "2024/2025"];

/**
 * Types one row into the first row whose `filled` column is empty, by the sheet's headers, the way
 * a methodologist does.
 */
function typeRow(sheet: ExcelJS.Worksheet, filled: string, values: Record<string, string | number>): void {
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.includes(filled));
  const header = grid[headerRow];
  let row = headerRow + 1;
  while (grid[row]?.[header.indexOf(filled)]) row++;
  for (const [name, value] of Object.entries(values)) {
    sheet.getRow(row + 1).getCell(header.indexOf(name) + 1).value = value;
  }
}

/** One row of «Результаты процедур»: the period is prefilled on input rows, the procedure is not. */
const typeResult = (sheet: ExcelJS.Worksheet, values: Record<string, string | number>) =>
  typeRow(sheet, "Процедура", values);

/** One medallist on «Медалисты». */
const typeMedallist = (sheet: ExcelJS.Worksheet, values: Record<string, string | number>) =>
  typeRow(sheet, ru.medallists.graduate, values);

/** Types a value into «Значение» of «Пороги результатов», as a methodologist does. */
function setThreshold(
  workbook: ExcelJS.Workbook,
  key: keyof typeof ru.resultSettings.labels,
  value: string | number,
): void {
  const sheet = workbook.getWorksheet(ru.resultSettings.sheetName)!;
  const row = readSheetGrid(sheet).findIndex((line) => line[0] === ru.resultSettings.labels[key]);
  sheet.getRow(row + 1).getCell(2).value = value;
}

/** Types a number into a line of the ШНОР rule table («ОГЭ, русский язык и математика»): column 2 is the share of «2». */
function setRuleCell(workbook: ExcelJS.Workbook, id: keyof typeof riskRulesText.labels, col: number, value: number) {
  const sheet = workbook.getWorksheet(ru.resultSettings.sheetName)!;
  const row = readSheetGrid(sheet).findIndex((line) => line[0] === riskRulesText.labels[id]);
  sheet.getRow(row + 1).getCell(col).value = value;
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

  describe("with thresholds changed on «Пороги результатов»", () => {
    const flagged = (workbook: ExcelJS.Workbook) =>
      planStoredAnalysis(existingSheets(workbook), "2024/2025").report.procedures?.risks.join(" ") ?? "";

    // СОШ № 3: 5 «2» of 20 (25,0 %) and no «5» in each of the three periods.
    test.each([
      [24.9, true],
      [25, true],
      [25.1, false],
    ])("share of «2» alone, ОГЭ line at %p %%: СОШ № 3 flagged — %p", (threshold, expected) => {
      const workbook = workbookWithResults();
      setThreshold(workbook, "riskNoTopMarks", "нет");
      setRuleCell(workbook, "oge", 2, threshold);
      expect(flagged(workbook).includes("СОШ № 3")).toBe(expected);
    });

    test("both conditions at once: the ОГЭ line at 20 % flags СОШ № 3, at the criteria's 30 % it does not", () => {
      const workbook = workbookWithResults();
      setThreshold(workbook, "riskCombination", ru.resultSettings.both);
      expect(flagged(workbook)).toBe("");
      setRuleCell(workbook, "oge", 2, 20);
      expect(flagged(workbook)).toMatch(/СОШ № 3», ОГЭ, русский язык: признаки риска/);
    });

    test("the report states the rules it applied and that they come from the settings", () => {
      const workbook = workbookWithResults();
      setRuleCell(workbook, "oge", 2, 25);
      const { report, notices } = planStoredAnalysis(existingSheets(workbook), "2024/2025");
      expect(report.procedures?.rules[0]).toMatch(/ОГЭ, русский язык и математика: доля «2» не ниже 25\u00a0%/);
      expect(report.procedures?.rules[0]).toMatch(/ВПР, 4 класс, все предметы: доля «2» не ниже 20\u00a0%/);
      expect(report.procedures?.rules[0]).toMatch(/правило из настроек/);
      expect(notices).toContain(ru.resultSettings.changed(1));
    });

    test("a value that cannot be read is a finding on its cell and a notice; the default applies", () => {
      const workbook = workbookWithResults();
      setThreshold(workbook, "riskShareOfTwos", "двадцать");
      const findings = validateDataset(readDataset(framework, PERIODS, existingSheets(workbook)));
      const onSettings = findings.filter((finding) => finding.sheet === ru.resultSettings.sheetName);
      expect(onSettings).toHaveLength(1);
      expect(onSettings[0]).toMatchObject({ severity: "error", col: 1 });
      expect(onSettings[0].message).toMatch(/«двадцать» — не число/);
      const { report, notices } = planStoredAnalysis(existingSheets(workbook), "2024/2025");
      expect(notices.join(" ")).toMatch(/«двадцать» — не число/);
      expect(report.procedures?.risks.join(" ")).toMatch(/СОШ № 3/);
    });

    test.each([
      [81, 12],
      [61, 28],
    ])("ЕГЭ high from %i: a rerun fills the ЕГЭ high-results numerator with %i of 40", (from, high) => {
      const workbook = workbookWithResults();
      typeResult(workbook.getWorksheet("Результаты процедур")!, {
        Период: "2024/2025",
        ОО: SCHOOLS[0],
        Процедура: "ЕГЭ",
        Предмет: "Русский язык",
        Класс: "11",
        Участники: 40,
        "ЕГЭ: ниже минимума": 2,
        "ЕГЭ: до 60": 10,
        "ЕГЭ: 61–80": 16,
        "ЕГЭ: 81–99": 10,
        "ЕГЭ: 100": 2,
      });
      setThreshold(workbook, "egeHighFrom", from);
      buildIntoWorkbook(workbook, request);
      const inputs = new Map(
        existingSheets(workbook).flatMap((sheet) =>
          sheet.role?.startsWith("schools:") ? [...readInputsFromGrid(sheet.cells ?? [])] : [],
        ),
      );
      const where = { code: "ASN.1.03.01", period: "2024/2025", school: SCHOOLS[0] };
      expect(inputs.get(keyOf({ ...where, field: "num" }))).toBe(high);
      expect(inputs.get(keyOf({ ...where, field: "den" }))).toBe(40);
    });

    test("a rerun keeps what was typed, readable or not", () => {
      const workbook = workbookWithResults();
      setThreshold(workbook, "riskShareOfTwos", "двадцать");
      setThreshold(workbook, "egeHighFrom", 61);
      const result = buildIntoWorkbook(workbook, request);
      expect(result.notices.join(" ")).toMatch(/«двадцать» — не число/);
      const grid = readSheetGrid(workbook.getWorksheet(ru.resultSettings.sheetName)!);
      const value = (key: keyof typeof ru.resultSettings.labels) =>
        grid.find((line) => line[0] === ru.resultSettings.labels[key])?.[1];
      expect(value("riskShareOfTwos")).toBe("двадцать");
      expect(value("egeHighFrom")).toBe(61);
    });
  });

  describe("medallists", () => {
    const md = ru.medallists;
    const medallist = (school: string, graduate: string, russian: number | string, extra = {}) => ({
      [md.period]: "2024/2025",
      [md.school]: school,
      [md.graduate]: graduate,
      [md.russian]: russian,
      ...extra,
    });

    test("a medallist below the expected ЕГЭ result is a sign in the report, with the rule", () => {
      const workbook = workbookWithResults();
      const sheet = workbook.getWorksheet(md.sheetName)!;
      typeMedallist(sheet, medallist(SCHOOLS[0], "1", 64));
      typeMedallist(sheet, medallist(SCHOOLS[0], "2", 85, { [md.mathProfile]: 78 }));
      typeMedallist(sheet, medallist(SCHOOLS[1], "1", 70, { [md.mathBase]: 5 }));
      const { report } = planStoredAnalysis(existingSheets(workbook), "2024/2025");
      const signs = (report.procedures?.signs ?? [])
        .filter((sign) => /медалист/.test(sign))
        .map((sign) => sign.replace(/\u00a0/g, " "));
      expect(signs).toHaveLength(1);
      expect(signs[0]).toMatch(/^МБОУ «СОШ № 1», 2024\/2025: у 1 из 2 медалистов/);
      expect(signs[0]).toMatch(/№ 1 — русский язык 64 балла/);
      expect(report.procedures?.rules.at(-1)).toMatch(/менее 70\u00a0баллов/);
    });

    test("with a threshold of 60 on «Пороги результатов» the same medallist is not a sign", () => {
      const workbook = workbookWithResults();
      typeMedallist(workbook.getWorksheet(md.sheetName)!, medallist(SCHOOLS[0], "1", 64));
      setThreshold(workbook, "medallistMinScore", 60);
      const { report } = planStoredAnalysis(existingSheets(workbook), "2024/2025");
      expect(report.procedures?.signs.join(" ")).not.toMatch(/медалист/);
    });

    test("validation reports unreadable rows, unknown schools and a graduate entered twice; a rerun keeps them all", () => {
      const workbook = workbookWithResults();
      const sheet = workbook.getWorksheet(md.sheetName)!;
      typeMedallist(sheet, medallist(SCHOOLS[0], "1", "семьдесят"));
      typeMedallist(sheet, medallist("Школа, которой нет", "2", 80));
      typeMedallist(sheet, medallist(SCHOOLS[1], "3", 80));
      typeMedallist(sheet, medallist(SCHOOLS[1], "3", 75));
      const messages = () =>
        validateDataset(readDataset(framework, PERIODS, existingSheets(workbook)))
          .filter((finding) => finding.sheet === md.sheetName)
          .map((finding) => `${finding.row + 1}: ${finding.message}`);
      const before = messages();
      expect(before).toHaveLength(3);
      expect(before[0]).toMatch(/^5: .*«семьдесят»/);
      expect(before[1]).toMatch(/^6: .*Школа, которой нет/);
      expect(before[2]).toBe(`8: ${md.duplicate("3", 7)}`);

      const result = buildIntoWorkbook(workbook, request);
      expect(result.notices).toContain(ru.results.keptUnread(1));
      const grid = readSheetGrid(workbook.getWorksheet(md.sheetName)!);
      expect(grid.slice(4, 8).map((row) => row.slice(1, 4))).toEqual([
        [SCHOOLS[0], "1", "семьдесят"],
        ["Школа, которой нет", "2", 80],
        [SCHOOLS[1], "3", 80],
        [SCHOOLS[1], "3", 75],
      ]);
      expect(messages()).toEqual(before);
    });

    test("an unreadable results row survives a rerun as typed, in its place", () => {
      const workbook = workbookWithResults();
      const sheet = workbook.getWorksheet("Результаты процедур")!;
      typeResult(sheet, {
        Период: "2024/2025",
        ОО: SCHOOLS[0],
        Процедура: "ОГЭ",
        Предмет: "Химия",
        Участники: "двадцать",
      });
      typeResult(sheet, {
        Период: "2024/2025",
        ОО: SCHOOLS[1],
        Процедура: "ОГЭ",
        Предмет: "Химия",
        Участники: 3,
        "«5»": 3,
      });
      buildIntoWorkbook(workbook, request);
      const grid = readSheetGrid(workbook.getWorksheet("Результаты процедур")!);
      const chemistry = grid.filter((row) => row[3] === "Химия").map((row) => [row[1], row[5]]);
      expect(chemistry).toEqual([
        [SCHOOLS[0], "двадцать"],
        [SCHOOLS[1], 3],
      ]);
    });

    test("Абинск: ABN.1.1.23 and ABN.1.1.24 are filled from the medallists on a rerun", () => {
      const abinsk = { ...request, framework: findFramework("abinsk")! };
      const workbook = new ExcelJS.Workbook();
      buildIntoWorkbook(workbook, abinsk);
      const sheet = workbook.getWorksheet(md.sheetName)!;
      typeMedallist(sheet, medallist(SCHOOLS[0], "1", 90, { [md.mathBase]: 4 }));
      typeMedallist(sheet, medallist(SCHOOLS[0], "2", 90, { [md.otherLowest]: 65 }));
      typeMedallist(sheet, medallist(SCHOOLS[0], "3", 90, { [md.mathProfile]: 88 }));
      buildIntoWorkbook(workbook, abinsk);
      const inputs = new Map(
        existingSheets(workbook).flatMap((s) =>
          s.role?.startsWith("schools:") ? [...readInputsFromGrid(s.cells ?? [])] : [],
        ),
      );
      const value = (code: string, field: "num" | "den") =>
        inputs.get(keyOf({ code, field, period: "2024/2025", school: SCHOOLS[0] }));
      expect([value("ABN.1.1.23", "num"), value("ABN.1.1.23", "den")]).toEqual([1, 3]);
      expect([value("ABN.1.1.24", "num"), value("ABN.1.1.24", "den")]).toEqual([1, 3]);
    });
  });
});
