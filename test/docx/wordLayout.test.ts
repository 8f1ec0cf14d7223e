import { wordReportTexts } from "../../src/core/base/i18n/wordReport";
import type { PlannedCell } from "../../src/core/base/plan/types";
import { DEFAULT_RESULT_SETTINGS } from "../../src/core/base/model/results";
import {
  changedSettings,
  readResultSettings,
  resultSettingsSheetPlan,
} from "../../src/core/sheets/resultSettingsSheet";
import { DEFAULT_WORD_LAYOUT, wordLayoutOf } from "../../src/core/base/model/wordLayout";

const labels = wordReportTexts.layoutLabels;
const cellsOf = () => resultSettingsSheetPlan().blocks[0].cells.map((row) => [...row]);
const rowOf = (cells: PlannedCell[][], label: string) => cells.findIndex((row) => row[0] === label);

describe("the Word layout on «Пороги результатов»", () => {
  test("a fresh sheet holds the управление's layout, and it reads back as the defaults", () => {
    const cells = cellsOf();
    expect(cells[rowOf(cells, labels.wordFont)].slice(1, 3)).toEqual(["Times New Roman", "Times New Roman"]);
    expect(cells[rowOf(cells, labels.wordMarginRight)].slice(1, 3)).toEqual([1.5, 1.5]);
    expect(wordLayoutOf(readResultSettings(cells).settings)).toEqual(DEFAULT_WORD_LAYOUT);
  });

  test("edits are read as typed, with a decimal comma; the layout is not counted as a changed threshold", () => {
    const cells = cellsOf();
    cells[rowOf(cells, labels.wordFont)][1] = "pt astra serif";
    cells[rowOf(cells, labels.wordBodySize)][1] = 13;
    cells[rowOf(cells, labels.wordLineSpacing)][1] = "1,15";
    const read = readResultSettings(cells);
    expect(read.problems).toEqual([]);
    expect(wordLayoutOf(read.settings)).toEqual({
      ...DEFAULT_WORD_LAYOUT,
      font: "PT Astra Serif",
      bodySize: 13,
      lineSpacing: 1.15,
    });
    expect(changedSettings(read.settings)).toBe(0);
    expect(changedSettings({ ...read.settings, smallSample: 5 })).toBe(1);
  });

  test("a size under 10 pt is refused and the default kept, with the row named", () => {
    const cells = cellsOf();
    const row = rowOf(cells, labels.wordTableSize);
    cells[row][1] = 8;
    const read = readResultSettings(cells);
    expect(read.settings.wordTableSize).toBe(DEFAULT_RESULT_SETTINGS.wordTableSize);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].row).toBe(row);
    expect(read.problems[0].message).toContain(labels.wordTableSize);
  });
});
