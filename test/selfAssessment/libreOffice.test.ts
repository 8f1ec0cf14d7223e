import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { builtInCatalog } from "../../src/core/catalog";
import type { CellValue } from "../../src/core/base/plan/types";
import { COLUMNS, selfAssessmentSheetPlan } from "../../src/core/features/selfAssessment/sheetPlan";
import { readScores } from "../../src/core/features/selfAssessment/readScores";
import { levelMatrix, totals } from "../../src/core/features/selfAssessment/scoring";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { writePlanToFile } from "../../src/xlsx/writeFile";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const methodology = builtInCatalog().methodology;
const positions = methodology.blocks.flatMap((block) => block.subsystems.flatMap((s) => s.positions));

/** Every fourth position at its maximum, every seventh at 1, a penalty; one maximum changed. */
const scores = new Map<string, number>();
positions.forEach((p, i) => {
  if (p.rule.kind === "penalty") return;
  if (i % 4 === 0) scores.set(p.code, p.maxScore);
  else if (i % 7 === 0) scores.set(p.code, 1);
});
scores.set("FED.2.2.2.11", -2);
const maxima = new Map([["FED.1.1.2.01", 6]]);

test("LibreOffice computes the portable totals and levels the core computes", async () => {
  const plan = selfAssessmentSheetPlan(methodology, scores, maxima, "Тестовый район");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-self-"));
  const file = path.join(dir, "self.xlsx");
  await writePlanToFile({ sheets: [plan] }, file);
  const workbook = await loadWorkbook(await recalculateWithLibreOffice(file));
  const grid = readSheetGrid(workbook.getWorksheet("Самооценка") as ExcelJS.Worksheet);
  const expected = totals(methodology, scores, maxima);
  const rowOf = (test: (row: CellValue[]) => boolean) => grid.findIndex((row) => test(row ?? []));
  for (const subsystem of expected.blocks.flatMap((block) => block.subsystems)) {
    const label = `${subsystem.code} ${subsystem.label}`;
    const row = grid[rowOf((r) => r[0] === "по подсистеме" && r[2] === label)];
    expect([row[4], row[5], row[6], row[7] === "" ? undefined : row[7]]).toEqual([
      ({ full: "полный", partial: "частичный", absent: "отсутствует" } as const)[subsystem.level],
      subsystem.points,
      subsystem.maximum,
      subsystem.percent,
    ]);
  }
  const all = grid[rowOf((r) => r[0] === "всего")];
  expect([all[5], all[6], all[7]]).toEqual([
    expected.overall.points,
    expected.overall.maximum,
    expected.overall.percent,
  ]);
  const header = plan.charts?.[0].data.row as number;
  levelMatrix(expected).forEach((row, i) => {
    expect(grid[header + 1 + i].slice(COLUMNS.position, COLUMNS.position + 6)).toEqual(row.words);
  });
  // The file read back gives the same scores.
  const read = readScores(readSheetGrid(workbook.getWorksheet("Самооценка") as ExcelJS.Worksheet), methodology);
  expect(read.scores).toEqual(scores);
  expect(read.maxima).toEqual(maxima);
  fs.rmSync(dir, { recursive: true, force: true });
}, 180_000);
