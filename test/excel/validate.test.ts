import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { entryOf } from "../../src/core/workbook/entry";
import { parsePeriods } from "../../src/core/workbook/periods";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { createExcelHost, SheetState } from "../helpers/excelHost";

const parsed = parsePeriods("2023/2024, 2024/2025");
const periods = parsed.ok ? parsed.periods : [];
const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»"];

function find(sheet: SheetState, header: string, code: string, school: string): [number, number] {
  let headerRow = -1;
  const cols = new Map<string, number>();
  for (let row = 0; row < 10 && headerRow < 0; row++) {
    for (let col = 0; col < 30; col++) {
      const value = sheet.value(row, col);
      if (typeof value === "string") cols.set(value, col);
      if (value === "Код") headerRow = row;
    }
    if (headerRow < 0) cols.clear();
  }
  for (let row = headerRow + 1; row < headerRow + 3000; row++) {
    if (sheet.value(row, cols.get("Код")!) === code && sheet.value(row, cols.get("ОО")!) === school) {
      return [row, cols.get(header)!];
    }
  }
  throw new Error(`${code} ${school} not found`);
}

describe("«Проверить данные» through the Office.js shell", () => {
  test("finds a numerator above its denominator, marks the cell, and unmarks it once fixed", async () => {
    const host = createExcelHost();
    const operations = createWorkbookOperations(host.run, host.supports);
    await operations.createSheets({
      frameworkId: "asino",
      useWorkbookCatalog: false,
      periods,
      municipality: "Энский район",
      schools: SCHOOLS,
      flavour: "msoko",
    });
    const framework = findFramework("asino")!;
    const indicator = indicatorsOf(framework).find(
      (i) => entryOf(i).per === "school" && entryOf(i).quotient === "share",
    )!;
    const system = framework.systems.find((s) => s.criteria.some((c) => c.indicators.includes(indicator)))!;
    const sheetName = host.state.sheets.find(
      (s) => s.name.startsWith(system.sheetName.slice(0, 20)) && s.name.endsWith("(ОО)"),
    )!.name;
    const sheet = host.state.sheet(sheetName);
    for (const period of periods) {
      for (const school of SCHOOLS) {
        const [row, num] = find(sheet, `Числитель ${period.label}`, indicator.code, school);
        const [, den] = find(sheet, `Знаменатель ${period.label}`, indicator.code, school);
        sheet.write(row, num, 20);
        sheet.write(row, den, 40);
      }
    }
    const [row, num] = find(sheet, "Числитель 2024/2025", indicator.code, SCHOOLS[1]);
    sheet.write(row, num, 45);

    const syncsBefore = host.stats.syncs;
    const findings = await operations.validate();
    const mine = findings.filter((f) => f.code === indicator.code);
    expect(mine).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "partAboveWhole",
        sheet: sheetName,
        row,
        col: num,
        school: SCHOOLS[1],
        period: "2024/2025",
        message: expect.stringContaining("числитель 45 больше знаменателя 40"),
      }),
    ]);
    expect(host.stats.syncs - syncsBefore).toBeLessThanOrEqual(5);
    expect(sheet.cell(row, num)?.format.fill).toBe("#FF9999");

    await operations.select(sheetName, mine[0].cell);

    sheet.write(row, num, 25);
    const again = await operations.validate();
    expect(again.filter((f) => f.code === indicator.code)).toEqual([]);
    expect(sheet.cell(row, num)?.format.fill).toBe("#FFF8DC");
  });
});
