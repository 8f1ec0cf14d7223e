import { demoRequest } from "../../src/core/features/demo/demoData";
import { planWorkbook } from "../../src/core/operations/build";
import { applyPlan } from "../../src/excel/applyPlan";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { createExcelHost } from "../helpers/excelHost";

describe("«Сформировать аналитическую справку» through the Office.js shell", () => {
  test("writes «Анализ 2024-2025» as text and charts, and a rerun updates it in place", async () => {
    const host = createExcelHost();
    const request = { ...demoRequest(), flavour: "msoko" as const };
    await host.run((context) => applyPlan(context, planWorkbook(request).plan, undefined, { supports: host.supports }));
    const operations = createWorkbookOperations(host.run, host.supports);

    const first = await operations.analyze("2024/2025");
    expect(first.notices).toEqual([]);
    const names = () => host.state.sheets.map((sheet) => sheet.name);
    expect(names()).toEqual(
      expect.arrayContaining(["Анализ 2024-2025", "Банк формулировок", "Управленческие решения"]),
    );

    const sheet = host.state.sheet("Анализ 2024-2025");
    let texts = 0;
    sheet.eachCell({ row: 0, col: 0, rows: 5000, cols: 40 }, (cell, row, col) => {
      expect(sheet.formula(row, col)).toBeUndefined();
      if (typeof cell.value === "string" && cell.value.length > 60) texts++;
    });
    expect(texts).toBeGreaterThan(20);
    expect(sheet.value(0, 0)).toBe("Аналитическая справка: Энский муниципальный район, 2024/2025 учебный год");
    const charts = sheet.charts.length;
    expect(charts).toBeGreaterThanOrEqual(8);
    expect(sheet.charts.every((chart) => chart.title !== "" && chart.position !== undefined)).toBe(true);

    const syncs = host.stats.syncs;
    await operations.analyze("2024/2025");
    expect(names().filter((name) => name.startsWith("Анализ"))).toEqual(["Анализ 2024-2025"]);
    expect(host.state.sheet("Анализ 2024-2025").charts).toHaveLength(charts);
    expect(host.stats.syncs - syncs).toBeLessThanOrEqual(12);
  });

  test("a period the workbook does not have is refused in Russian", async () => {
    const host = createExcelHost();
    await host.run((context) =>
      applyPlan(context, planWorkbook(demoRequest()).plan, undefined, { supports: host.supports }),
    );
    await expect(createWorkbookOperations(host.run, host.supports).analyze("2030/2031")).rejects.toThrow(
      "Периода 2030/2031 в книге нет. Есть: 2022/2023, 2023/2024, 2024/2025.",
    );
  });
});
