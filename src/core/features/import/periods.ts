import type { Period } from "../../workbook/periods";

/**
 * The book period a procedure held in a calendar year belongs to. ВПР, ОГЭ and ЕГЭ are held in spring
 * and summer, so «ВПР 2026» and a ГИА of 2026 belong to 2025/2026; a book kept by calendar years takes 2026.
 */
export function periodOfYear(year: number, kind: Period["kind"]): Period {
  return kind === "academic"
    ? { kind, label: `${year - 1}/${year}`, endYear: year }
    : { kind, label: String(year), endYear: year };
}
