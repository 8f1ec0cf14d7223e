import * as ExcelJS from "exceljs";
import { planAnalysis } from "../../src/core/analysis/planAnalysis";
import { demoRequest } from "../../src/core/demo/demoData";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";

/**
 * Golden texts: the conclusions and recommendations the demo workbook gets for 2024/2025, system by
 * system. A change to the wording or to the analysis shows up here for review (jest -u to accept).
 */
describe("the analytical report of the demo workbook", () => {
  const workbook = new ExcelJS.Workbook();
  const request = demoRequest();
  buildIntoWorkbook(workbook, request);
  const result = planAnalysis(existingSheets(workbook), {
    framework: request.framework,
    periods: request.periods.map((period) => period.label),
    municipality: request.municipality,
    period: "2024/2025",
  });

  test.each(result.report.systems.map((system) => [system.system.label, system] as const))("%s", (_label, system) => {
    expect({
      conclusions: system.conclusions.map((conclusion) => conclusion.text),
      recommendations: system.recommendations.map((item) => `${item.actor}: ${item.text}`),
    }).toMatchSnapshot();
  });

  test("every text is written as a value, never as a formula", () => {
    const cells = result.plan.sheets.flatMap((sheet) => sheet.blocks.flatMap((block) => block.cells.flat()));
    expect(cells.some((cell) => typeof cell === "object" && cell !== null)).toBe(false);
    expect(cells.filter((cell) => typeof cell === "string" && cell.length > 40).length).toBeGreaterThan(50);
  });

  test("reads as Russian prose: no doubled spaces, no «0 школ», a capital letter first", () => {
    const texts = result.report.systems.flatMap((system) => [
      ...system.conclusions.map((conclusion) => conclusion.text),
      ...system.recommendations.map((item) => item.text),
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(/ {2}|\s[,.]|\b0 (школ|ОО|показател)/);
      expect(text.trim()).toBe(text);
    }
    for (const system of result.report.systems) {
      for (const conclusion of system.conclusions) expect(conclusion.text).toMatch(/^[А-ЯЁA-Z«]/);
    }
  });
});
