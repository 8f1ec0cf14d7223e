import { importTexts } from "../base/i18n/import";
import { ru } from "../base/i18n/ru";

/** A school's identifiers in received files: the ФИС ОКО login («edu203389») and the regional code («Код ОО»). */
export interface SchoolIds {
  readonly login?: string;
  readonly code?: string;
}

const text = (cell: unknown) =>
  typeof cell === "string" || typeof cell === "number" ? String(cell).replace(/\s+/g, " ").trim() : "";

/** «Логин ФИС ОКО» and «Код ОО» typed on the «ОО» sheet, by school name; schools with neither are left out. */
export function readSchoolIds(grid: readonly (readonly unknown[])[]): Map<string, SchoolIds> {
  const ids = new Map<string, SchoolIds>();
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.schoolName));
  if (headerRow < 0) return ids;
  const header = grid[headerRow];
  const nameCol = header.indexOf(ru.layout.schoolName);
  const loginCol = header.indexOf(importTexts.loginHeader);
  const codeCol = header.indexOf(importTexts.codeHeader);
  for (const row of grid.slice(headerRow + 1)) {
    const name = text(row[nameCol]);
    if (!name) continue;
    const login = loginCol >= 0 ? text(row[loginCol]).toLowerCase() : "";
    const code = codeCol >= 0 ? text(row[codeCol]) : "";
    if (login || code) ids.set(name, { ...(login && { login }), ...(code && { code }) });
  }
  return ids;
}
