import { ROLE_SHEET } from "./looks";
import type { WorkbookPlan } from "./types";

const LIST_SOURCE_LIMIT = 255;
const BAD_SHEET_NAME = /[:\\/?*[\]]/;

function cellName(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * Refuses, before anything is written, what Excel would refuse halfway through. Both shells check a
 * plan by this one rule before landing it, so a plan one shell refuses the other does not half-write.
 */
export function checkPlan(plan: WorkbookPlan): void {
  const fail = (sheet: string, text: string) => {
    throw new Error(`Лист «${sheet}»: ${text}`);
  };
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    const name = sheet.name;
    if (name.length === 0 || name.length > 31 || BAD_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
      fail(name, "имя листа должно быть от 1 до 31 символа, без знаков : \\ / ? * [ ] и без апострофа по краям");
    }
    if (name.toLowerCase() === ROLE_SHEET) fail(name, "это имя служебного листа надстройки");
    if (sheetNames.has(name.toLowerCase())) fail(name, "лист с таким именем встречается в плане дважды");
    sheetNames.add(name.toLowerCase());
    for (const block of sheet.blocks) {
      const width = block.cells[0]?.length ?? 0;
      block.cells.forEach((row, r) => {
        if (row.length !== width || width === 0)
          fail(name, `строки блока с ячейки ${cellName(block.row, block.col)} разной длины`);
        row.forEach((cell, c) => {
          if (typeof cell === "number" && !Number.isFinite(cell)) {
            fail(name, `в ячейке ${cellName(block.row + r, block.col + c)} не число (${cell})`);
          }
        });
      });
    }
    for (const table of sheet.tables) {
      if (tableNames.has(table.name.toLowerCase())) fail(name, `таблица «${table.name}» встречается в плане дважды`);
      tableNames.add(table.name.toLowerCase());
    }
    for (const { rule } of sheet.validations) {
      if (rule.kind !== "list") continue;
      if (rule.items.some((item) => item.includes(","))) {
        fail(name, "элемент списка допустимых значений содержит запятую: задайте список диапазоном ячеек");
      }
      if (rule.items.join(",").length > LIST_SOURCE_LIMIT) {
        fail(name, `список допустимых значений длиннее ${LIST_SOURCE_LIMIT} символов: задайте его диапазоном ячеек`);
      }
    }
  }
}
