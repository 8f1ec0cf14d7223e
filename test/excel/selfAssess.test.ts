import { demoRequest } from "../../src/core/features/demo/demoData";
import { planWorkbook } from "../../src/core/operations/build";
import { applyPlan } from "../../src/excel/applyPlan";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { createExcelHost } from "../helpers/excelHost";

test("«Самооценка» through the Office.js shell: the methodology sheet, its chart and the workbook's own cycle", async () => {
  const host = createExcelHost();
  await host.run((context) =>
    applyPlan(context, planWorkbook(demoRequest()).plan, undefined, { supports: host.supports }),
  );
  const operations = createWorkbookOperations(host.run, host.supports);
  await operations.selfAssess();
  const sheet = host.state.sheet("Самооценка");
  expect(sheet.charts.length).toBeGreaterThanOrEqual(1);
  expect(host.state.sheet("Цикл управления").value(0, 0)).toMatch(/^Управленческий цикл по системам книги/);
  await operations.selfAssess();
  expect(host.state.sheets.filter((s) => s.name.startsWith("Самооценка"))).toHaveLength(1);
  expect(host.state.sheet("Самооценка").charts).toHaveLength(sheet.charts.length);
});
