import { err, describeFormulaCases, FormulaCase } from "../helpers/formulaCases";
import { evaluateSpill } from "../helpers/formulaEngine";

/** MSOKO.RISK: share of «2» ≥ threshold in at least `years` of the last three filled periods. */
const cases: FormulaCase[] = [
  // The default threshold (20 %): at it, just below, just above.
  ["=MSOKO.RISK(A1:C1)", "риск", [[20, 20, 5]]],
  ["=MSOKO.RISK(A1:C1)", "нет риска", [[19.9, 19.9, 5]]],
  ["=MSOKO.RISK(A1:C1)", "риск", [[20.1, 5, 20.1]]],
  // Two of the last three: one risk year is not enough; only the last three count.
  ["=MSOKO.RISK(A1:C1)", "нет риска", [[25, 5, 5]]],
  ["=MSOKO.RISK(A1:D1)", "нет риска", [[25, 25, 5, 5]]],
  ["=MSOKO.RISK(A1:D1)", "риск", [[5, 25, 5, 25]]],
  ["=MSOKO.RISK(A1:A3)", "риск", [[30], [5], [22]]],
  // The stricter Tula variant and the number of years.
  ["=MSOKO.RISK(A1:C1, 30)", "нет риска", [[25, 29.9, 5]]],
  ["=MSOKO.RISK(A1:C1, 30)", "риск", [[30, 30, 5]]],
  ["=MSOKO.RISK(A1:C1, 20, 3)", "нет риска", [[25, 25, 5]]],
  ["=MSOKO.RISK(A1:C1, 20, 3)", "риск", [[25, 25, 20]]],
  ["=MSOKO.RISK(A1:C1, 20, 1)", "риск", [[5, 5, 20]]],
  // Blanks are skipped; too few periods to decide.
  ["=MSOKO.RISK(A1:C1)", "риск", [[25, null, 25]]],
  ["=MSOKO.RISK(A1:C1)", "мало данных", [[null, 25, null]]],
  ["=MSOKO.RISK(A1:C1)", "нет риска", [[null, 5, 5]]],
  ["=MSOKO.RISK(A1:C1)", "мало данных", [[null, 25, 5]]],
  ["=MSOKO.RISK(A1:C1)", "", [[null, null, null]]],
  ["=MSOKO.RISK(A1:C1)", "риск", [["25", "не проводилось", "20,5"]]],
  // Text and bad arguments.
  ["=MSOKO.RISK(A1:C1)", err("VALUE", /Доля «2»: ожидается число, а введён текст «н\/д»/), [[25, "н/д", 25]]],
  ["=MSOKO.RISK(A1:C1)", err("NUM", /от 0 до 100/), [[25, 120, 25]]],
  ['=MSOKO.RISK(A1:C1, "двадцать")', err("VALUE", /Порог доли «2»/), [[25, 25, 25]]],
  ["=MSOKO.RISK(A1:C1, 101)", err("NUM", /Порог доли «2» должен быть от 0 до 100/), [[25, 25, 25]]],
  ["=MSOKO.RISK(A1:C1, 20, 4)", err("NUM", /целым от 1 до 3/), [[25, 25, 25]]],
  ["=MSOKO.RISK(A1:C1, 20, 1.5)", err("NUM", /целым от 1 до 3/), [[25, 25, 25]]],
];

describeFormulaCases("MSOKO.RISK in a formula engine", cases);

describe("MSOKO.RISK in a formula engine: ranges", () => {
  test("a block gives one answer per school row", () => {
    const data = [
      [25, 5, 21],
      [19, 19, 19],
      [null, null, 40],
    ];
    expect(evaluateSpill("=MSOKO.RISK(A1:C3)", data, 3, 1)).toEqual([["риск"], ["нет риска"], ["мало данных"]]);
  });
});
