/**
 * Writes a formula into the top-left cell of the selection and returns that cell's address.
 * Formulas go through range.formulasLocal so the Russian separators of the examples («;») work.
 */
export async function insertFormulaIntoSelection(formula: string): Promise<string> {
  // No waiting for cell edit: the pane tells the user to finish typing instead of hanging silently.
  return Excel.run({ delayForCellEdit: false }, async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulasLocal = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
