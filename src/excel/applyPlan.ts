import { ru } from "../core/base/i18n/ru";
import type {
  CellRange,
  PlannedCell,
  PlannedConditionalFormat,
  PlannedValidation,
  SheetPlan,
  ValidationRule,
  WorkbookPlan,
} from "../core/base/plan/types";
import {
  CHUNK_BYTES,
  jsonBytes,
  matrixOps,
  op,
  OP_BYTES,
  officeSupports,
  Supports,
  WriteOp,
  writeChunked,
} from "./chunkedWriter";
import { rangeA1 } from "../core/base/plan/a1";
import { ROLE_HEADER, ROLE_PROPERTY, ROLE_SHEET, roleRows } from "./readSheet";
import { applyLook, columnPoints, CONDITIONAL_LOOKS, lookSize } from "./styles";
import { landingText } from "../core/base/i18n/landing";
import { checkPlan } from "../core/base/plan/checks";
import { ALERT_MESSAGE_LIMIT, TABLE_STYLE } from "../core/base/plan/looks";

export interface ApplyOptions {
  /** Requirement-set check; Office.context.requirements.isSetSupported by default. */
  readonly supports?: Supports;
  readonly maxChunkBytes?: number;
}

const MAX_ROWS = 1_048_576;

interface Features {
  readonly conditionalFormats: boolean;
  readonly hyperlinks: boolean;
  readonly sheetView: boolean;
  readonly suspend: boolean;
  readonly validation: boolean;
  readonly pageLayout: boolean;
  readonly customProperties: boolean;
}

function features(supports: Supports): Features {
  const has = (minor: number) => supports("ExcelApi", `1.${minor}`);
  return {
    conditionalFormats: has(6),
    hyperlinks: has(7),
    sheetView: has(7),
    suspend: has(8),
    validation: has(8),
    pageLayout: has(9),
    customProperties: has(12),
  };
}

interface Existing {
  /** Sheet names in the workbook, by lower-case name. */
  readonly sheets: ReadonlyMap<string, string>;
  /** Tables to turn back into plain ranges before a reused sheet is rewritten, by plan sheet name. */
  readonly staleTables: ReadonlyMap<string, readonly string[]>;
  /** Charts on reused sheets that plan charts: removed before the new ones are drawn, so reruns never pile them up. */
  readonly staleCharts: ReadonlyMap<string, readonly string[]>;
  /** Rows of the hidden role sheet when it is the role store; null when there is no such sheet. */
  readonly roleRows: readonly (readonly [string, string])[] | null;
}

type SheetRef = () => Excel.Worksheet;

/**
 * Applies a plan to the open workbook: one or two reading syncs, then chunked writes whose number
 * depends on the bytes written, not on the number of rows. Sheets named in the plan are reused and
 * the columns the plan writes to are cleared; other sheets are left alone. `onProgress` counts chunks.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  onProgress?: (done: number, total: number) => void,
  options: ApplyOptions = {},
): Promise<void> {
  checkPlan(plan);
  const api = features(options.supports ?? officeSupports);
  const maxBytes = options.maxChunkBytes ?? CHUNK_BYTES;
  const existing = await discover(context, plan, api);
  const sheets = new Map<string, Excel.Worksheet>();
  const refOf =
    (name: string): SheetRef =>
    () => {
      const sheet = sheets.get(name);
      if (!sheet) throw new Error(ru.shell.sheetMissing(name));
      return sheet;
    };
  const each = (build: (sheet: SheetPlan, ws: SheetRef) => WriteOp[]) =>
    plan.sheets.flatMap((sheet) => build(sheet, refOf(sheet.name)));
  const ops = [
    ...plan.sheets.flatMap((sheet) => prepareOps(context, sheet, existing, api, sheets)),
    ...each((sheet, ws) => numberFormatOps(sheet, ws, maxBytes)),
    ...each((sheet, ws) => valueOps(sheet, ws, maxBytes)),
    ...each(formatOps),
    ...each((sheet, ws) => objectOps(sheet, ws, api)),
    ...each((sheet, ws) => chartOps(sheet, ws)),
    ...roleOps(context, plan, existing, api, refOf),
    ...plan.sheets.slice(0, 1).map((sheet) => op(() => refOf(sheet.name)().activate())),
  ];
  await writeChunked(context, ops, { maxBytes, suspendCalculation: api.suspend, onProgress });
}

async function discover(context: Excel.RequestContext, plan: WorkbookPlan, api: Features): Promise<Existing> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const planned = new Map(plan.sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const plannedTables = new Set(plan.sheets.flatMap((sheet) => sheet.tables.map((t) => t.name.toLowerCase())));
  const found = tables.items.flatMap((table) => {
    const sheet = planned.get(table.worksheet.name.toLowerCase());
    const ours = plannedTables.has(table.name.toLowerCase());
    if (!sheet && ours) {
      throw new Error(ru.shell.tableTaken(table.name, table.worksheet.name));
    }
    if (!sheet) return [];
    return [{ sheet, name: table.name, start: ours ? undefined : table.getRange().load("columnIndex") }];
  });
  const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet.name]));
  const store =
    !api.customProperties && sheets.has(ROLE_SHEET)
      ? worksheets.getItem(ROLE_SHEET).getUsedRangeOrNullObject(true).load("values")
      : undefined;
  const charted = plan.sheets
    .filter((sheet) => (sheet.charts?.length ?? 0) > 0 && sheets.has(sheet.name.toLowerCase()))
    .map((sheet) => ({
      sheet,
      charts: worksheets.getItem(sheets.get(sheet.name.toLowerCase()) as string).charts.load("items/name"),
    }));
  if (store || charted.length > 0 || found.some((table) => table.start)) await context.sync();
  const staleTables = new Map<string, string[]>();
  for (const { sheet, name, start } of found) {
    if (start && start.columnIndex >= footprintColumns(sheet)) continue;
    staleTables.set(sheet.name, [...(staleTables.get(sheet.name) ?? []), name]);
  }
  return {
    sheets,
    staleTables,
    staleCharts: new Map(charted.map(({ sheet, charts }) => [sheet.name, charts.items.map((chart) => chart.name)])),
    roleRows: store ? (store.isNullObject ? [] : roleRows(store.values)) : null,
  };
}

function prepareOps(
  context: Excel.RequestContext,
  sheet: SheetPlan,
  existing: Existing,
  api: Features,
  sheets: Map<string, Excel.Worksheet>,
): WriteOp[] {
  const current = existing.sheets.get(sheet.name.toLowerCase());
  const worksheets = context.workbook.worksheets;
  const open = op(() => sheets.set(sheet.name, current ? worksheets.getItem(current) : worksheets.add(sheet.name)));
  if (!current) return [open];
  const width = footprintColumns(sheet);
  const clear = op(() => {
    const ws = sheets.get(sheet.name) as Excel.Worksheet;
    for (const name of existing.staleTables.get(sheet.name) ?? []) ws.tables.getItem(name).convertToRange();
    for (const name of existing.staleCharts.get(sheet.name) ?? []) ws.charts.getItem(name).delete();
    if (api.sheetView) ws.freezePanes.unfreeze();
    if (width === 0) return;
    const area = ws.getRangeByIndexes(0, 0, MAX_ROWS, width);
    if (api.conditionalFormats) area.conditionalFormats.clearAll();
    if (api.validation) area.dataValidation.clear();
    area.unmerge();
    area.clear();
  }, OP_BYTES * 6);
  return [open, clear];
}

const rangeOf = (ws: SheetRef, range: CellRange) =>
  ws().getRangeByIndexes(range.row, range.col, range.rows, range.cols);

const blockRange = (block: SheetPlan["blocks"][number]): CellRange => ({
  row: block.row,
  col: block.col,
  rows: block.cells.length,
  cols: block.cells[0]?.length ?? 0,
});

function numberFormatOps(sheet: SheetPlan, ws: SheetRef, maxBytes: number): WriteOp[] {
  const formats = [
    ...sheet.blocks.map((block) => ({ range: blockRange(block), format: block.numberFormat })),
    ...sheet.styles.map((styled) => ({ range: styled.range, format: styled.numberFormat })),
  ];
  return formats.flatMap(({ range, format }) => {
    if (format === undefined || range.rows === 0) return [];
    const matrix = Array.from({ length: range.rows }, () => new Array<string>(range.cols).fill(format));
    return matrixOps(matrix, maxBytes, (offset, slice) => {
      rangeOf(ws, { ...range, row: range.row + offset, rows: slice.length }).numberFormat = slice;
    });
  });
}

/**
 * Whether a cell is formatted as text («@») when its value is written: the number formats go first, the
 * last one over a cell wins. Excel keeps a text cell's input as typed, so it must get no quote prefix.
 */
function textCells(sheet: SheetPlan): (row: number, col: number) => boolean {
  const formats = [
    ...sheet.blocks.map((block) => ({ range: blockRange(block), format: block.numberFormat })),
    ...sheet.styles.map((styled) => ({ range: styled.range, format: styled.numberFormat })),
  ].filter((entry) => entry.format !== undefined);
  if (!formats.some((entry) => entry.format === "@")) return () => false;
  return (row, col) => {
    for (let i = formats.length - 1; i >= 0; i--) {
      const { range, format } = formats[i];
      const inside =
        row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
      if (inside) return format === "@";
    }
    return false;
  };
}

function valueOps(sheet: SheetPlan, ws: SheetRef, maxBytes: number): WriteOp[] {
  const isText = textCells(sheet);
  return sheet.blocks.flatMap((block) => {
    if (block.cells.length === 0) return [];
    const hasFormulas = block.cells.some((row) => row.some((cell) => isFormula(cell)));
    return matrixOps(
      block.cells.map((row, r) => row.map((cell, c) => toInput(cell, isText(block.row + r, block.col + c)))),
      maxBytes,
      (offset, slice) => {
        const range = ws().getRangeByIndexes(block.row + offset, block.col, slice.length, slice[0].length);
        if (hasFormulas) range.formulas = slice;
        else range.values = slice;
      },
    );
  });
}

function formatOps(sheet: SheetPlan, ws: SheetRef): WriteOp[] {
  const widths = runs(sheet.columnWidths).map(({ start, length, value }) =>
    op(() => {
      ws().getRangeByIndexes(0, start, 1, length).format.columnWidth = columnPoints(value);
    }),
  );
  const blocks = sheet.blocks.flatMap((block) => {
    const style = block.style;
    if (!style || block.cells.length === 0) return [];
    return [op(() => applyLook(rangeOf(ws, blockRange(block)), style), OP_BYTES * lookSize(style))];
  });
  const styled = sheet.styles.map(({ range, style, wrap }) =>
    op(() => applyLook(rangeOf(ws, range), style, wrap), OP_BYTES * lookSize(style)),
  );
  const heights = (sheet.rowHeights ?? []).map(({ row, rows, height }) =>
    op(() => {
      ws().getRangeByIndexes(row, 0, rows, 1).format.rowHeight = height;
    }),
  );
  const merges = (sheet.merges ?? []).map((range) => op(() => rangeOf(ws, range).merge(false)));
  return [...widths, ...heights, ...blocks, ...styled, ...merges];
}

// String forms of Excel.ChartType, so this module loads where the Excel namespace does not exist (tests, Node).
const CHART_TYPES = { line: "LineMarkers", columnClustered: "ColumnClustered", barClustered: "BarClustered" } as const;

/** Charts go last, over data that already exists, with the chart type and series direction set explicitly. */
function chartOps(sheet: SheetPlan, ws: SheetRef): WriteOp[] {
  return (sheet.charts ?? []).map((chart) =>
    op(() => {
      const seriesBy = chart.seriesBy === "rows" ? "Rows" : "Columns";
      const added = ws().charts.add(CHART_TYPES[chart.type], rangeOf(ws, chart.data), seriesBy);
      added.title.text = chart.title;
      const { row, col, rows, cols } = chart.anchor;
      added.setPosition(
        ws().getRangeByIndexes(row, col, 1, 1),
        ws().getRangeByIndexes(row + rows - 1, col + cols - 1, 1, 1),
      );
    }, OP_BYTES * 4),
  );
}

function objectOps(sheet: SheetPlan, ws: SheetRef, api: Features): WriteOp[] {
  const ops = sheet.tables.map((table) =>
    op(() => {
      const added = ws().tables.add(rangeOf(ws, table.range), true);
      added.name = table.name;
      added.style = TABLE_STYLE;
    }, OP_BYTES * 3),
  );
  if (api.validation) ops.push(...sheet.validations.map((validation) => validationOp(validation, ws)));
  if (api.conditionalFormats) ops.push(...sheet.conditionalFormats.map((format) => conditionalOp(format, ws)));
  ops.push(
    ...sheet.hyperlinks.map((link) =>
      op(
        () => {
          const cell = ws().getRangeByIndexes(link.row, link.col, 1, 1);
          if (api.hyperlinks) cell.hyperlink = { documentReference: link.target, textToDisplay: link.text };
          else cell.formulas = [[`=HYPERLINK("#${quoted(link.target)}","${quoted(link.text)}")`]];
        },
        OP_BYTES + jsonBytes(link),
      ),
    ),
  );
  const { freeze, print, tabColor } = sheet;
  if (api.sheetView && freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    ops.push(
      op(() => {
        const panes = ws().freezePanes;
        if (freeze.cols === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.cols);
        else panes.freezeAt(ws().getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
      }),
    );
  }
  if (api.pageLayout) {
    ops.push(
      op(() => {
        const layout = ws().pageLayout;
        layout.orientation = print.landscape ? "Landscape" : "Portrait";
        layout.paperSize = "A4";
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.area) {
          const { row, col, rows, cols } = print.area;
          layout.setPrintArea(rangeA1(row, col, rows, cols));
        }
        if (print.titleRows) {
          layout.setPrintTitleRows(`$${print.titleRows.row + 1}:$${print.titleRows.row + print.titleRows.rows}`);
        }
      }, OP_BYTES * 5),
    );
    // Page breaks (ExcelApi 1.9, as pageLayout): hosts without the collection print without them.
    const breaks = (print.rowBreaks ?? []).filter((row) => row > 0);
    if (breaks.length > 0) {
      ops.push(
        op(() => {
          const collection = (ws() as { horizontalPageBreaks?: Excel.PageBreakCollection }).horizontalPageBreaks;
          breaks.forEach((row) => collection?.add(ws().getRangeByIndexes(row, 0, 1, 1)));
        }, OP_BYTES * breaks.length),
      );
    }
  }
  if (sheet.hidden) {
    ops.push(
      op(() => {
        ws().visibility = "Hidden";
      }),
    );
  }
  if (api.sheetView && tabColor) {
    ops.push(
      op(() => {
        ws().tabColor = tabColor.startsWith("#") ? tabColor : `#${tabColor}`;
      }),
    );
  }
  return ops;
}

function validationOp(validation: PlannedValidation, ws: SheetRef): WriteOp {
  return op(
    () => {
      const target = rangeOf(ws, validation.range).dataValidation;
      target.clear();
      target.ignoreBlanks = true;
      target.rule = ruleOf(validation.rule);
      target.errorAlert = {
        showAlert: true,
        style: validation.allowOtherText ? "Warning" : "Stop",
        title: landingText.validationAlertTitle,
        message: validation.errorMessage.slice(0, ALERT_MESSAGE_LIMIT),
      };
    },
    OP_BYTES * 4 + jsonBytes(validation),
  );
}

function ruleOf(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "wholeNumber":
      return {
        wholeNumber:
          rule.max === undefined
            ? { operator: "GreaterThanOrEqualTo", formula1: rule.min }
            : { operator: "Between", formula1: rule.min, formula2: rule.max },
      };
    case "decimal":
      return { decimal: { operator: "Between", formula1: rule.min, formula2: rule.max } };
    case "list":
      return { list: { inCellDropDown: true, source: rule.items.join(",") } };
    case "listFromRange":
      return { list: { inCellDropDown: true, source: asFormula(rule.source) } };
  }
}

function conditionalOp(format: PlannedConditionalFormat, ws: SheetRef): WriteOp {
  return op(
    () => {
      const added = rangeOf(ws, format.range).conditionalFormats.add("Custom");
      const look = CONDITIONAL_LOOKS[format.look];
      added.custom.rule.formula = asFormula(format.formula);
      added.custom.format.fill.color = look.fill;
      added.custom.format.font.color = look.color;
    },
    OP_BYTES * 4 + jsonBytes(format.formula),
  );
}

function roleOps(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  existing: Existing,
  api: Features,
  refOf: (name: string) => SheetRef,
): WriteOp[] {
  if (plan.sheets.length === 0) return [];
  if (api.customProperties) {
    return plan.sheets.map((sheet) => op(() => refOf(sheet.name)().customProperties.add(ROLE_PROPERTY, sheet.role)));
  }
  const planned = new Set(plan.sheets.map((sheet) => sheet.name.toLowerCase()));
  const rows = [
    ROLE_HEADER,
    ...(existing.roleRows ?? []).filter(([name]) => !planned.has(name.toLowerCase())),
    ...plan.sheets.map((sheet) => [sheet.name, sheet.role]),
  ].map((row) => row.map((cell) => toInput(cell)));
  return [
    op(
      () => {
        const worksheets = context.workbook.worksheets;
        const store = existing.roleRows ? worksheets.getItem(ROLE_SHEET) : worksheets.add(ROLE_SHEET);
        if (existing.roleRows) store.getRangeByIndexes(0, 0, MAX_ROWS, 2).clear();
        store.getRangeByIndexes(0, 0, rows.length, 2).values = rows;
        store.visibility = "VeryHidden";
      },
      OP_BYTES * 4 + jsonBytes(rows),
    ),
  ];
}

/** The widest column the plan touches (exclusive): what a reused sheet has cleared. */
function footprintColumns(sheet: SheetPlan): number {
  const ranges = [...sheet.styles, ...sheet.tables, ...sheet.validations, ...sheet.conditionalFormats];
  return Math.max(
    0,
    ...sheet.blocks.map((block) => block.col + (block.cells[0]?.length ?? 0)),
    ...ranges.map(({ range }) => range.col + range.cols),
    ...sheet.hyperlinks.map((link) => link.col + 1),
  );
}

const isFormula = (cell: PlannedCell): cell is { readonly formula: string } =>
  typeof cell === "object" && cell !== null;

/** Text Excel would read as something else (a formula, number, date, boolean, error) gets a quote prefix. */
const AMBIGUOUS_TEXT = /^(\s|[=+\-'@#\d]|\.\d|(true|false)$)/i;

function toInput(cell: PlannedCell, textCell = false): string | number | boolean {
  if (cell === null) return "";
  if (isFormula(cell)) return asFormula(cell.formula);
  if (textCell) return cell;
  if (typeof cell === "string" && AMBIGUOUS_TEXT.test(cell)) return `'${cell}`;
  return cell;
}

const asFormula = (text: string) => (text.startsWith("=") ? text : `=${text}`);
const quoted = (text: string) => text.replace(/"/g, '""');

function runs(values: readonly number[]): { start: number; length: number; value: number }[] {
  const result: { start: number; length: number; value: number }[] = [];
  values.forEach((value, index) => {
    const last = result[result.length - 1];
    if (last && last.value === value && last.start + last.length === index) last.length++;
    else if (value > 0) result.push({ start: index, length: 1, value });
  });
  return result;
}

export { checkPlan };
