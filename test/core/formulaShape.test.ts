import { findFramework } from "../../src/core/catalog";
import { formulaShape } from "../../src/core/base/plan/formulas";
import { planWorkbook } from "../../src/core/operations/build";
import { parsePeriods } from "../../src/core/workbook/periods";
import { computedFormulaShapes } from "../../src/core/sheets/systemSheet";

/**
 * A rebuild tells our formulas in computed cells from the user's by their shape (sheets/carryOver.ts): every formula
 * the planner writes on system and school sheets must have a known shape, in any flavour and for any number of
 * periods, or the rebuild would archive its own formulas as the user's.
 */
const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБДОУ «Детский сад № 5»"];

function plannedFormulas(id: string, periodsText: string, flavour: "msoko" | "portable"): string[] {
  const parsed = parsePeriods(periodsText);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  const { plan } = planWorkbook({
    framework: findFramework(id)!,
    periods: parsed.periods,
    municipality: "Тестовый район",
    schools: SCHOOLS,
    flavour,
  });
  return plan.sheets
    .filter((sheet) => sheet.role.startsWith("system:") || sheet.role.startsWith("schools:"))
    .flatMap((sheet) =>
      sheet.blocks.flatMap((block) =>
        block.cells.flatMap((line) =>
          line.flatMap((cell) => (typeof cell === "object" && cell !== null ? [cell.formula] : [])),
        ),
      ),
    );
}

test.each([
  ["asino", "2023/2024,2024/2025", "portable"],
  ["asino", "2021/2022,2022/2023,2023/2024,2024/2025,2025/2026", "portable"],
  ["asino", "2023/2024,2024/2025,2025/2026", "msoko"],
  ["tula", "2021,2022,2023", "portable"],
  ["abinsk", "2024,2025", "msoko"],
] as const)("every formula %s plans for %s (%s) has a shape a rebuild knows as ours", (id, periods, flavour) => {
  const formulas = plannedFormulas(id, periods, flavour);
  expect(formulas.length).toBeGreaterThan(100);
  const known = computedFormulaShapes();
  expect(formulas.filter((formula) => !known.has(formulaShape(formula)))).toEqual([]);
});

test("formulas a methodologist types over a computed cell have other shapes", () => {
  const known = computedFormulaShapes();
  for (const typed of ["=M7-L7", "=5", "=G7/H7*100", "=SUM(G7:G9)", "=ROUND(G7/H7*100,1)", "='Лист 2'!B4", "=M7 - L7"])
    expect({ typed, ours: known.has(formulaShape(typed)) }).toEqual({ typed, ours: false });
});

test("a formula keeps its shape when the cells it reads move, and spaces or letter case do not change it", () => {
  expect(formulaShape('=IF(AND(ISNUMBER(G7),ISNUMBER(H7)),G7-H7,"")')).toBe(
    formulaShape('=if(and(isnumber($M$12), isnumber(N12)), M12-N12, "")'),
  );
  expect(formulaShape("=SUMIFS('1 Подготовка (ОО)'!$F$6:$F$40,'1 Подготовка (ОО)'!$A$6:$A$40,$F7)")).toBe(
    formulaShape("=SUMIFS('Другой лист'!$H$6:$H$90,'Другой лист'!$A$6:$A$90,$F9)"),
  );
  // Text inside quotes is kept as it is: «Достигнуто» and «достигнуто» differ.
  expect(formulaShape('=IF(A1>1,"Достигнуто","")')).not.toBe(formulaShape('=IF(A1>1,"достигнуто","")'));
  // A function name that looks like a cell (LOG10) is not a reference.
  expect(formulaShape("=LOG10(A1)")).toBe("LOG10(#)");
});

test("our formulas read back from a file Excel saved, with its prefixes on add-in and new functions, are ours", () => {
  const known = computedFormulaShapes();
  const ours = plannedFormulas("asino", "2023/2024,2024/2025", "msoko").filter((f) => f.includes("MSOKO."));
  expect(ours.length).toBeGreaterThan(10);
  for (const formula of ours.slice(0, 50)) {
    const saved = formula.replace(/MSOKO\.(\w+)\(/g, "_xldudf_MSOKO_$1(");
    expect(saved).not.toBe(formula);
    expect({ saved, ours: known.has(formulaShape(saved)) }).toEqual({ saved, ours: true });
    const linked = formula.replace(/MSOKO\.(\w+)\(/g, "[2]!_xldudf_MSOKO_$1(");
    expect(known.has(formulaShape(linked))).toBe(true);
  }
});
