import * as ExcelJS from "exceljs";
import { MSOKO_FUNCTIONS, MSOKO_NAMESPACE } from "../../src/core/base/cells/registry";
import { demoRequest } from "../../src/core/features/demo/demoData";
import { asCustomFunction } from "../../src/core/base/plan/cachedFunctions";
import { createEvaluator } from "../../src/core/base/plan/evaluate";
import { planSelfAssessment } from "../../src/core/operations/selfAssess";
import type { BuildRequest } from "../../src/core/sheets/buildRequest";
import { analyzeWorkbook } from "../../src/cli/commands/analyze";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";
import { applyPlanToWorkbook } from "../../src/xlsx/writePlan";
import { createExcelHost, ExcelHost } from "../helpers/excelHost";
import { columnName, MAX_COLS } from "../helpers/excelHost/address";

/**
 * One shell contract: the same operations (a fresh build, a rebuild with a new period and school, the
 * analysis, the self-assessment) landed through the Office.js shell on the in-memory Excel and through
 * the .xlsx shell on ExcelJS, read back and compared cell by cell.
 */

type Value = string | number | boolean | null;

interface Cell {
  /** The value typed, or «=FORMULA» for a formula. */
  readonly content: Value;
  readonly numberFormat: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

interface Validation {
  readonly kind: string;
  readonly operator?: string;
  readonly formulae: readonly string[];
  readonly alert: string;
  readonly title: string;
  readonly message: string;
}

interface Sheet {
  readonly name: string;
  readonly visibility: string;
  readonly cells: Map<string, Cell>;
  readonly validations: Map<string, Validation>;
  readonly tables: readonly string[];
}

const blank = (value: unknown): boolean => value === null || value === undefined || value === "";
const colour = (value: string | undefined): string | undefined =>
  value ? `#${value.replace(/^#/, "").slice(-6).toUpperCase()}` : undefined;
const formula = (text: string): string => `=${text.replace(/^=/, "")}`;
/** «GreaterThanOrEqualTo» (Office.js) and «greaterThanOrEqual» (OOXML) are one operator. */
const operator = (name: string): string => name.toLowerCase().replace(/to$/, "");
const general = (format: string | undefined): string => (!format || format === "General" ? "General" : format);

/**
 * Excel computes every formula; the in-memory host stores them only. So that what the operations read
 * back is what Excel would show, the host's formulas get the values the core computes for them (the
 * same evaluator gives the file its cached values).
 */
function recalculate(host: ExcelHost): void {
  const evaluator = createEvaluator(
    {
      cell(sheet, row, col) {
        const cell = host.state.findSheet(sheet)?.cell(row, col);
        if (!cell) return null;
        if (cell.formula) return { formula: cell.formula };
        return cell.value === "" ? null : cell.value;
      },
    },
    Object.fromEntries(MSOKO_FUNCTIONS.map((f) => [`${MSOKO_NAMESPACE}.${f.name}`, asCustomFunction(f.range)])),
  );
  for (const sheet of host.state.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [row, col] = [Math.floor(key / MAX_COLS), key % MAX_COLS];
      const value = evaluator.cell(sheet.name, row, col);
      sheet.setComputed(row, col, value === null || typeof value === "object" ? "" : value);
    }
  }
}

function hostSheets(host: ExcelHost): Sheet[] {
  return host.state.sheets.map((sheet) => {
    const cells = new Map<string, Cell>();
    for (const [key, cell] of sheet.cells) {
      const [row, col] = [Math.floor(key / MAX_COLS), key % MAX_COLS];
      const content = cell.formula ? formula(cell.formula) : blank(cell.value) ? null : cell.value;
      const record: Cell = {
        content,
        numberFormat: general(cell.numberFormat),
        fill: colour(cell.format.fill),
        fontColor: colour(cell.format.fontColor),
      };
      if (record.content !== null || record.numberFormat !== "General" || record.fill)
        cells.set(`${columnName(col)}${row + 1}`, record);
    }
    const validations = new Map<string, Validation>();
    for (const v of sheet.validations) {
      const [kind, rule] = Object.entries(v.rule ?? {})[0] as [string, Record<string, unknown>];
      const formulae = [rule.formula1, rule.formula2, rule.source].filter((f) => f !== undefined).map(String);
      const record: Validation = {
        kind: { wholeNumber: "whole", decimal: "decimal", list: "list" }[kind] ?? kind,
        operator: rule.operator ? operator(String(rule.operator)) : undefined,
        formulae: kind === "list" ? formulae.map((f) => f.replace(/^=/, "")) : formulae,
        alert: v.errorAlert.style.toLowerCase(),
        title: v.errorAlert.title,
        message: v.errorAlert.message,
      };
      for (let r = 0; r < v.rect.rows; r++)
        for (let c = 0; c < v.rect.cols; c++)
          validations.set(`${columnName(v.rect.col + c)}${v.rect.row + r + 1}`, record);
    }
    const tables = host.state.tablesOn(sheet).map((t) => `${t.name} ${t.style}`);
    return {
      name: sheet.name,
      visibility: sheet.visibility.toLowerCase(),
      cells,
      validations,
      tables,
    };
  });
}

function fileValue(value: ExcelJS.CellValue): Value {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return blank(value) ? null : value;
  if (value instanceof Date) return value.toISOString();
  if ("formula" in value) return formula(value.formula ?? "");
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return String(value.text);
  return JSON.stringify(value);
}

function expand(range: string): string[] {
  const [from, to = from] = range.split(":");
  const parse = (a1: string) => {
    const m = a1.replace(/\$/g, "").match(/^([A-Z]+)(\d+)$/)!;
    return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
  };
  const [a, b] = [parse(from), parse(to)];
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(`${columnName(c)}${r + 1}`);
  return out;
}

function fileSheets(workbook: ExcelJS.Workbook): Sheet[] {
  return workbook.worksheets.map((sheet) => {
    const cells = new Map<string, Cell>();
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // A merged range's other cells read as its first cell's value: they hold no value of their own.
        const slave = cell.isMerged && cell.master.address !== cell.address;
        const fill =
          cell.fill?.type === "pattern" && cell.fill.fgColor?.argb
            ? colour(cell.fill.fgColor.argb as string)
            : undefined;
        const record: Cell = {
          content: slave ? null : fileValue(cell.value),
          numberFormat: general(cell.numFmt),
          fill,
          fontColor: colour(cell.font?.color?.argb),
        };
        if (record.content !== null || record.numberFormat !== "General" || record.fill)
          cells.set(cell.address, record);
      }),
    );
    const validations = new Map<string, Validation>();
    const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    for (const [range, v] of Object.entries(model)) {
      const record: Validation = {
        kind: v.type,
        operator: v.type === "list" || !v.operator ? undefined : operator(v.operator),
        formulae: (v.formulae ?? []).map((f) => String(f).replace(/^"(.*)"$/, "$1")),
        alert: v.errorStyle ?? "stop",
        title: v.errorTitle ?? "",
        message: v.error ?? "",
      };
      for (const address of expand(range.replace(/^range:/, ""))) validations.set(address, record);
    }
    const tables = (sheet.getTables() as unknown as { table: ExcelJS.TableProperties }[]).map(
      ({ table }) => `${table.name} ${table.style?.theme}`,
    );
    return {
      name: sheet.name,
      visibility: sheet.state.toLowerCase(),
      cells,
      validations,
      tables,
    };
  });
}

/** Every difference between the two workbooks, as lines a reader can act on (first of each kind per sheet). */
function differences(excel: Sheet[], file: Sheet[]): string[] {
  const out: string[] = [];
  const names = (sheets: Sheet[]) =>
    sheets.map((s) => `${s.name}${s.visibility === "visible" ? "" : ` (${s.visibility})`}`);
  if (names(excel).join("|") !== names(file).join("|"))
    out.push(`sheets: Excel [${names(excel).join(", ")}] vs file [${names(file).join(", ")}]`);
  for (const a of excel) {
    const b = file.find((s) => s.name === a.name);
    if (!b) continue;
    if (a.tables.join("|") !== b.tables.join("|")) out.push(`${a.name} tables: ${a.tables} vs ${b.tables}`);
    const seen = new Set<string>();
    const note = (kind: string, line: string) => {
      if (seen.has(kind)) return;
      seen.add(kind);
      out.push(`${a.name} ${line}`);
    };
    for (const address of new Set([...a.cells.keys(), ...b.cells.keys()])) {
      const [x, y] = [a.cells.get(address), b.cells.get(address)];
      for (const field of ["content", "numberFormat", "fill", "fontColor"] as const) {
        const [p, q] = [
          x?.[field] ?? (field === "numberFormat" ? "General" : null),
          y?.[field] ?? (field === "numberFormat" ? "General" : null),
        ];
        if (p !== q) note(field, `${address} ${field}: Excel ${JSON.stringify(p)} vs file ${JSON.stringify(q)}`);
      }
    }
    for (const address of new Set([...a.validations.keys(), ...b.validations.keys()])) {
      const [x, y] = [JSON.stringify(a.validations.get(address)), JSON.stringify(b.validations.get(address))];
      if (x !== y) note("validation", `${address} validation: Excel ${x} vs file ${y}`);
    }
  }
  return out;
}

describe("both shells land the same plans the same way", () => {
  const demo = demoRequest();
  const first: BuildRequest = { ...demo, schools: demo.schools.slice(0, 4), periods: demo.periods.slice(0, 2) };
  const rebuild: BuildRequest = {
    ...first,
    periods: demo.periods.slice(0, 3),
    schools: [...first.schools, "МБОУ «СОШ с. Новиково»"],
    data: undefined,
    results: undefined,
    medallists: undefined,
  };
  const lastPeriod = rebuild.periods[rebuild.periods.length - 1].label;
  // Role sheets, not custom properties: ExcelApi 1.11, so both shells keep the roles in a sheet of their own.
  const host = createExcelHost({ apiVersion: 11, sheets: ["Лист1"] });
  const operations = createWorkbookOperations(host.run, host.supports);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Лист1");

  const steps: [string, () => Promise<void>][] = [
    [
      "a fresh build",
      async () => {
        await operations.createSheets({ ...first, frameworkId: first.framework.id, useWorkbookCatalog: false });
        buildIntoWorkbook(workbook, first);
      },
    ],
    [
      "a rebuild with a new period and school",
      async () => {
        await operations.createSheets({ ...rebuild, frameworkId: rebuild.framework.id, useWorkbookCatalog: true });
        buildIntoWorkbook(workbook, rebuild);
      },
    ],
    [
      "the analysis",
      async () => {
        await operations.analyze(lastPeriod);
        analyzeWorkbook(workbook, lastPeriod);
      },
    ],
    [
      "the self-assessment",
      async () => {
        await operations.selfAssess();
        applyPlanToWorkbook(workbook, planSelfAssessment(existingSheets(workbook)).plan);
      },
    ],
  ];

  test.each(steps.map(([name], i) => [name, i] as const))("after %s", async (_name, i) => {
    await steps[i][1]();
    recalculate(host);
    const [excel, file] = [hostSheets(host), fileSheets(workbook)];
    expect(differences(excel, file)).toEqual([]);
    // The comparison is over real content: formulas, typed values, validations.
    const cells = excel.flatMap((sheet) => [...sheet.cells.values()]);
    expect(
      cells.filter((cell) => typeof cell.content === "string" && cell.content.startsWith("=")).length,
    ).toBeGreaterThan(50);
    expect(excel.some((sheet) => sheet.validations.size > 0)).toBe(true);
  });
});
