import { ROLES } from "../workbook/roles";
import { feedWords } from "../base/i18n/feeds";
import { CATALOG_COLUMNS, CatalogColumn, catalogColumn, catalogRows } from "./catalogSheet";
import type { Framework } from "../catalog/schema";
import { ru } from "../base/i18n/ru";
import type { PlannedValidation, SheetPlan, StyledRange } from "../base/plan/types";

const words = ru.catalogSheet;

export const CATALOG_ROLE = ROLES.catalog;
export const CATALOG_TABLE = "MsokoCatalog";
/** Zero-based row of the header; the title and the note stand above it. */
export const CATALOG_HEADER_ROW = 3;
/** Rows below the indicators that still carry the drop-down lists, for rows the user adds. */
const SPARE_ROWS = 200;

const WIDTHS: Readonly<Record<CatalogColumn, number>> = {
  code: 14,
  systemCode: 10,
  system: 28,
  criterion: 32,
  name: 56,
  label: 48,
  unit: 10,
  computation: 20,
  numerator: 40,
  denominator: 36,
  breakdowns: 24,
  parts: 30,
  direction: 17,
  collectedPer: 18,
  audience: 24,
  source: 36,
};

const WRAPPED: ReadonlySet<CatalogColumn> = new Set([
  "system",
  "criterion",
  "name",
  "label",
  "numerator",
  "denominator",
  "breakdowns",
  "parts",
  "audience",
  "source",
]);

const LISTS: readonly [CatalogColumn, readonly string[], string][] = [
  ["unit", Object.values(words.units), words.listSubjects.unit],
  ["computation", Object.values(words.computations), words.listSubjects.computation],
  ["direction", Object.values(words.directions), words.listSubjects.direction],
  [
    "collectedPer",
    [...Object.values(words.collectedPer), feedWords.fromResults, feedWords.fromMedallists, feedWords.fromStatuses],
    words.listSubjects.collectedPer,
  ],
];

/** The sheet «Показатели»: the workbook's own catalog, one editable table row per indicator. */
export function catalogSheetPlan(framework: Framework): SheetPlan {
  const rows = catalogRows(framework);
  const dataRows = rows.length - 1;
  const firstData = CATALOG_HEADER_ROW + 1;
  const cols = CATALOG_COLUMNS.length;
  const column = (col: number, count: number) => ({ row: firstData, col, rows: count, cols: 1 });
  const styles: StyledRange[] = [
    { range: { row: CATALOG_HEADER_ROW, col: 0, rows: 1, cols }, style: "header", wrap: true },
    ...(dataRows > 0
      ? CATALOG_COLUMNS.map((name, col) => ({
          range: column(col, dataRows),
          style: "label" as const,
          wrap: WRAPPED.has(name),
        }))
      : []),
  ];
  const validations: PlannedValidation[] = LISTS.map(([name, items, subject]) => ({
    range: column(catalogColumn(name), dataRows + SPARE_ROWS),
    rule: { kind: "list", items },
    errorMessage: words.chooseFromList(subject, items),
  }));
  return {
    name: words.sheetName,
    role: CATALOG_ROLE,
    columnWidths: CATALOG_COLUMNS.map((name) => WIDTHS[name]),
    blocks: [
      { row: 0, col: 0, style: "title", cells: [[words.title(framework.municipality)]] },
      { row: 1, col: 0, style: "subtitle", cells: [[words.note]] },
      { row: CATALOG_HEADER_ROW, col: 0, cells: rows },
    ],
    styles,
    tables: [{ name: CATALOG_TABLE, range: { row: CATALOG_HEADER_ROW, col: 0, rows: rows.length, cols } }],
    validations,
    conditionalFormats: [],
    hyperlinks: [],
    freeze: { rows: firstData, cols: 1 },
    print: { landscape: true, fitToWidth: true },
  };
}
