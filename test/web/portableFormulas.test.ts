import { formulasFor } from "../../src/core/base/plan/formulas";
import { portableExamples, withSemicolons } from "../../src/web/PortableFormulasHelp";

/** The page's formulas tab shows the book's own formulas, as a Russian interface writes them. */

test("arguments are separated by semicolons, commas inside quoted text kept", () => {
  expect(withSemicolons('=IF(A1>0,"да, больше","нет")')).toBe('=IF(A1>0;"да, больше";"нет")');
  expect(withSemicolons("=ROUND(B5/C5*100,1)")).toBe("=ROUND(B5/C5*100;1)");
});

test("the examples are the formulas the book is written with, never MSOKO functions", () => {
  const examples = portableExamples();
  const portable = formulasFor("portable");
  expect(examples.map((example) => example.formula)).toContain(withSemicolons(portable.share("B5", "C5")));
  expect(examples.map((example) => example.formula)).toContain(withSemicolons(portable.status("F5", "G5", "higher")));
  for (const example of examples) {
    expect(example.formula).not.toMatch(/MSOKO\./);
    expect(example.formula).not.toMatch(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  }
});
