/**
 * The in-memory Excel host as a browser script: injected into the pane's page before its scripts,
 * it stands in for office.js (Office.onReady, requirement sets, the theme) and Excel.run.
 * `window.__msokoHost.control` lets a test make Excel slow, or put it in cell-edit mode.
 * `?dark=1` in the page's address gives the pane Excel's dark theme.
 */
import { createExcelHost, HostError } from "../helpers/excelHost";

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

const host = createExcelHost({ sheets: ["Лист1"] });
const control = { cellEdit: false, delayMs: 0, runs: 0 };
const dark = new URLSearchParams(location.search).get("dark") === "1";

/** Types `value` into the first `count` input cells of a period's «Числитель» column, as a user does. */
function typeValues(period: string, count: number, value: unknown = 5): number {
  let typed = 0;
  for (const sheet of host.state.sheets) {
    const header = (row: number) => Array.from({ length: 40 }, (_, col) => sheet.value(row, col));
    const headerRow = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((row) => header(row).includes("Код"));
    if (headerRow === undefined) continue;
    const codeCol = header(headerRow).indexOf("Код");
    const valueCol = header(headerRow).indexOf(`Числитель ${period}`);
    if (valueCol < 0) continue;
    for (let row = headerRow + 1; row < headerRow + 400 && typed < count; row++) {
      const code = sheet.value(row, codeCol);
      // Indicator rows only («ASN.1.01.01»): notes below a table are no input cells.
      if (typeof code !== "string" || !/^[A-Z]+\.\d/.test(code) || sheet.formula(row, valueCol) !== undefined) continue;
      sheet.write(row, valueCol, value as number);
      typed++;
    }
  }
  return typed;
}

/** A sheet's values from A1 to its last used cell, as a grid; empty when there is no such sheet. */
function sheetValues(name: string): unknown[][] {
  const sheet = host.state.findSheet(name);
  const used = sheet?.usedRect(true);
  if (!sheet || !used) return [];
  const rows = used.row + used.rows;
  const cols = used.col + used.cols;
  return Array.from({ length: rows }, (_, row) => Array.from({ length: cols }, (_, col) => sheet.value(row, col)));
}

Object.assign(window, {
  __msokoHost: {
    host,
    control,
    typeValues,
    sheetValues,
    sheetNames: () => host.state.sheets.map((sheet) => sheet.name),
  },
  Office: {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: {
      requirements: { isSetSupported: (set: string, version: string) => host.supports(set, version) },
      officeTheme: dark
        ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1F1F1F" }
        : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF" },
    },
  },
  Excel: {
    run: async (first: unknown, second?: unknown) => {
      const batch = (typeof first === "function" ? first : second) as Batch;
      control.runs++;
      if (control.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, control.delayMs));
      if (control.cellEdit) {
        // What Office.js raises when a cell is being edited and delayForCellEdit is off.
        throw new HostError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      return host.run(batch);
    },
  },
});
