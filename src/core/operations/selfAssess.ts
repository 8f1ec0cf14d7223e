import { ROLES } from "../workbook/roles";
import { builtInCatalog } from "../catalog";
import { ru } from "../base/i18n/ru";
import { SheetGrid } from "../base/plan/sheetGrid";
import type { SheetPlan, WorkbookPlan } from "../base/plan/types";
import { SheetNamer } from "./build";
import { ExistingSheet } from "../workbook/existing";
import { StoredBuild, storedBuild } from "../sheets/storedCatalog";
import { readDataset } from "../sheets/dataset";
import { valuesFromDataset } from "../features/rating/data";
import { readRatingEntries } from "../features/rating/readEntries";
import { TULA_RATING } from "../features/rating/rubric";
import { RATING_ROLE, ratingSheetPlan } from "../features/rating/sheetPlan";
import { cycleFromWorkbook, CycleRow } from "../features/selfAssessment/fromWorkbook";
import { readScores } from "../features/selfAssessment/readScores";
import { CYCLE_STAGES } from "../features/selfAssessment/scoring";
import { SELF_ASSESSMENT_ROLE, selfAssessmentSheetPlan } from "../features/selfAssessment/sheetPlan";

const CYCLE_ROLE = ROLES.cycle;
const c = ru.cycleSheet;

/** «Цикл управления»: each system of the workbook × the six stages, from what the workbook holds. */
export function cycleSheetPlan(rows: readonly CycleRow[], municipality: string, sheetName: string): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, c.title(municipality), { style: "title" });
  grid.set(1, 0, c.note, { style: "note" });
  const header = [c.system, ...CYCLE_STAGES.map((stage) => ru.selfAssessment.stages[stage])];
  header.forEach((text, col) => grid.set(3, col, text, { style: "header", wrap: true }));
  rows.forEach((row, index) => {
    grid.set(4 + index, 0, row.label, { style: "label", wrap: true });
    row.cells.forEach((cell, col) => grid.set(4 + index, col + 1, cell.word, { style: "computed" }));
  });
  if (rows.length > 0) {
    grid.tables.push({ name: "MsokoCycle", range: { row: 3, col: 0, rows: rows.length + 1, cols: header.length } });
    const range = { row: 4, col: 1, rows: rows.length, cols: CYCLE_STAGES.length };
    const levels = ru.selfAssessment.levels;
    grid.conditionalFormats.push(
      { range, formula: `=B5="${levels.full}"`, look: "good" },
      { range, formula: `=B5="${levels.partial}"`, look: "flag" },
      { range, formula: `=B5="${levels.absent}"`, look: "bad" },
    );
  }
  let row = 6 + rows.length;
  grid.set(row++, 0, c.evidence, { style: "subtitle" });
  for (const system of rows) {
    for (const cell of system.cells) {
      grid.set(row, 0, c.evidenceLine(system.label, ru.selfAssessment.stages[cell.stage], cell.evidence), {
        style: "label",
      });
      grid.merges.push({ row, col: 0, rows: 1, cols: header.length });
      row++;
    }
  }
  return grid.toSheet(sheetName, CYCLE_ROLE, {
    columnWidths: [48, 16, 20, 16, 20, 20, 20],
    freeze: { rows: 4, cols: 1 },
  });
}

/** Tula's director rating over the workbook's last period: values from the data, hand entries kept. */
function ratingSheet(existing: readonly ExistingSheet[], stored: StoredBuild, namer: SheetNamer): SheetPlan {
  const periods = stored.periods.map((period) => period.label);
  const last = periods[periods.length - 1];
  const dataset = readDataset(stored.framework, periods, existing);
  const previous = existing.find((sheet) => sheet.role === RATING_ROLE)?.cells;
  const entered = previous ? readRatingEntries(previous, TULA_RATING) : new Map();
  const plan = ratingSheetPlan(
    TULA_RATING,
    dataset.schools,
    valuesFromDataset(TULA_RATING, dataset, last),
    last,
    entered,
  );
  return { ...plan, name: namer.name(RATING_ROLE, plan.name) };
}

/**
 * Plans the self-assessment: «Самооценка» on the federal methodology (scores, maxima and remarks
 * typed earlier are kept), and — in a workbook the add-in laid out — «Цикл управления» for its own
 * systems, which also covers frameworks that list only goals (Таймырский район); for Tula, the
 * director-rating sheet of programme 4.2.
 */
export function planSelfAssessment(
  existing: readonly ExistingSheet[],
  municipality?: string,
): { plan: WorkbookPlan; notices: readonly string[] } {
  const { methodology } = builtInCatalog();
  const namer = new SheetNamer(existing);
  const previous = existing.find((sheet) => sheet.role === SELF_ASSESSMENT_ROLE)?.cells;
  const typed = previous ? readScores(previous, methodology) : undefined;
  let stored: StoredBuild | undefined;
  try {
    stored = storedBuild(existing);
  } catch {
    stored = undefined;
  }
  const place = municipality?.trim() || stored?.settings.municipality || c.defaultMunicipality;
  const sheets: SheetPlan[] = [
    selfAssessmentSheetPlan(methodology, typed?.scores ?? new Map(), typed?.maxima ?? new Map(), place, {
      remarks: typed?.remarks,
      threshold: typed?.threshold,
      sheetName: namer.name(SELF_ASSESSMENT_ROLE, ru.selfAssessment.sheetName),
    }),
  ];
  if (stored) {
    const rows = cycleFromWorkbook(stored.framework, existing);
    sheets.push(cycleSheetPlan(rows, place, namer.name(CYCLE_ROLE, c.sheetName)));
    if (stored.framework.id === "tula") sheets.push(ratingSheet(existing, stored, namer));
  }
  return { plan: { sheets }, notices: [...(stored?.notices ?? []), ...namer.notices] };
}
