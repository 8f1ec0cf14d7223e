import { CellSource, createEvaluator, Scalar, SourceCell } from "../../src/core/base/plan/evaluate";

/**
 * The evaluator that gives written files their cached values, on the conditional aggregates the
 * planners write over the «(ОО)» sheets (COUNTIFS, SUMIFS, AVERAGEIFS): Excel's matching rules over
 * ranges of mixed kinds, whatever shortcut the evaluator takes for large ranges.
 */

type Grid = Record<string, SourceCell[][]>;

function source(grid: Grid, reads?: { count: number }): CellSource {
  return {
    cell(sheet, row, col) {
      if (reads) reads.count++;
      return grid[sheet]?.[row]?.[col] ?? null;
    },
    lastRow: (sheet) => (grid[sheet] ? grid[sheet].length - 1 : undefined),
  };
}

// Codes in column A, numbers (or text, blanks, formulas) in B, flags in C.
const DATA: SourceCell[][] = [
  ["Код", "Значение", "Флаг"],
  ["ASN.1", 10, "да"],
  ["asn.1", 5, "ДА"],
  ["ASN.2", 7, "нет"],
  ["ASN.1", null, "не проводилось"],
  ["ASN.1", "5", "да"],
  [5, 3, null],
  ["5", 2, ""],
  ["ASN.2", { formula: "B2+B3" }, "да"],
  [null, 4, "да"],
  ["ASN.1", true, "да"],
];

const evaluate = (formula: string, extra: SourceCell[][] = []): Scalar =>
  createEvaluator(source({ Data: DATA, Other: extra })).formula("Other", formula);

describe("COUNTIFS, SUMIFS and AVERAGEIFS as Excel matches", () => {
  test.each([
    // Text equality ignores case; the text «5» and the number 5 are different to a text criterion.
    ['COUNTIFS(Data!$A$2:$A$11,"ASN.1")', 5],
    ['COUNTIFS(Data!$A$2:$A$11,"asn.2")', 2],
    ['COUNTIFS(Data!$A$2:$A$11,"=ASN.1")', 5],
    // A number-like criterion matches numbers only.
    ['COUNTIFS(Data!$A$2:$A$11,"5")', 1],
    ["COUNTIFS(Data!$A$2:$A$11,5)", 1],
    ['COUNTIFS(Data!$B$2:$B$11,">=5")', 4],
    ['COUNTIFS(Data!$B$2:$B$11,"<5")', 3],
    // Blank and not blank.
    ['COUNTIFS(Data!$B$2:$B$11,"<>")', 9],
    ['COUNTIFS(Data!$C$2:$C$11,"")', 2],
    ['COUNTIFS(Data!$A$2:$A$11,"<>ASN.1")', 5],
    // Several pairs: all must hold.
    ['COUNTIFS(Data!$A$2:$A$11,"ASN.1",Data!$B$2:$B$11,"<>")', 4],
    ['COUNTIFS(Data!$A$2:$A$11,"ASN.1",Data!$C$2:$C$11,"да")', 4],
    ['COUNTIFS(Data!$C$2:$C$11,"да",Data!$A$2:$A$11,"ASN.2")', 1],
    // SUMIFS adds numbers only (not the text «5», not TRUE); a formula in the range is computed.
    ['SUMIFS(Data!$B$2:$B$11,Data!$A$2:$A$11,"ASN.1")', 15],
    ['SUMIFS(Data!$B$2:$B$11,Data!$A$2:$A$11,"ASN.2")', 22],
    ['SUMIFS(Data!$B$2:$B$11,Data!$A$2:$A$11,"ASN.9")', 0],
    ['AVERAGEIFS(Data!$B$2:$B$11,Data!$A$2:$A$11,"ASN.1")', 7.5],
    ['AVERAGEIFS(Data!$B$2:$B$11,Data!$A$2:$A$11,"ASN.9")', { error: "#DIV/0!" }],
    // The criterion taken from a cell.
    ["COUNTIFS(Data!$A$2:$A$11,A1)", 5],
    // A number criterion matches the number 5 in the codes, not the text «5».
    ["SUMIFS(Data!$B$2:$B$11,Data!$A$2:$A$11,A2)", 3],
    // Ranges of different sizes are an error, as in Excel.
    ['COUNTIFS(Data!$A$2:$A$11,"ASN.1",Data!$B$2:$B$10,"<>")', { error: "#VALUE!" }],
  ])("%s = %j", (formula, expected) => {
    expect(evaluate(formula, [["asn.1"], [5]])).toEqual(expected);
  });

  test("the aggregates of a system sheet over many rows agree with a count done by hand", () => {
    const codes = ["ASN.1.01", "ASN.1.02", "ASN.1.03", "asn.1.02"];
    const rows: SourceCell[][] = [["Код", "Числитель", "Знаменатель"]];
    for (let i = 0; i < 3000; i++) {
      const num = i % 7 === 0 ? null : i % 11 === 0 ? "не проводилось" : (i * 37) % 101;
      rows.push([codes[i % codes.length], num, (i * 13) % 97]);
    }
    const reads = { count: 0 };
    const evaluator = createEvaluator(source({ Data: rows }, reads));
    const last = rows.length;
    for (const code of ["ASN.1.01", "ASN.1.02", "ASN.1.03"]) {
      const mine = rows.slice(1).filter((row) => String(row[0]).toLowerCase() === code.toLowerCase());
      const filled = mine.filter((row) => row[1] !== null && row[1] !== "").length;
      const sum = mine.reduce((total, row) => total + (typeof row[1] === "number" ? row[1] : 0), 0);
      const codesRange = `Data!$A$2:$A$${last}`;
      expect(evaluator.formula("Data", `COUNTIFS(${codesRange},"${code}",Data!$B$2:$B$${last},"<>")`)).toBe(filled);
      expect(evaluator.formula("Data", `SUMIFS(Data!$B$2:$B$${last},${codesRange},"${code}")`)).toBe(sum);
      expect(evaluator.formula("Data", `COUNTIFS(${codesRange},"${code}",Data!$C$2:$C$${last},">=50")`)).toBe(
        mine.filter((row) => (row[2] as number) >= 50).length,
      );
    }
    // Each cell of a range is read once, however many formulas aggregate over it.
    expect(reads.count).toBeLessThanOrEqual(3 * (last - 1));
  });
});
