import { ru } from "../base/i18n/ru";

/** A reporting period: an academic year «2023/2024» or a calendar year «2024». */
export interface Period {
  readonly kind: "academic" | "calendar";
  readonly label: string;
  /** The calendar year the period ends in, for ordering. */
  readonly endYear: number;
}

const ACADEMIC = /^(\d{4})\s*[/\-–—]\s*(\d{2}|\d{4})$/;
const CALENDAR = /^(\d{4})$/;

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/** Reads «2023/2024», «2023-2024», «2023/24» or «2024». */
export function parsePeriod(text: string): PeriodResult {
  const trimmed = text.trim().replace(/\s*(уч\.?\s*г(од|\.)?|г\.?)$/i, "");
  const academic = ACADEMIC.exec(trimmed);
  if (academic) {
    const start = Number(academic[1]);
    const end = academic[2].length === 2 ? Math.floor(start / 100) * 100 + Number(academic[2]) : Number(academic[2]);
    if (end !== start + 1) return { ok: false, message: ru.periods.notConsecutive(text.trim()) };
    return { ok: true, period: { kind: "academic", label: `${start}/${end}`, endYear: end } };
  }
  const calendar = CALENDAR.exec(trimmed);
  if (calendar) return { ok: true, period: { kind: "calendar", label: calendar[1], endYear: Number(calendar[1]) } };
  return { ok: false, message: ru.periods.unreadable(text.trim()) };
}

export type PeriodsResult = { ok: true; periods: Period[] } | { ok: false; messages: string[] };

/**
 * Reads a list of periods in any order and separator (comma, semicolon, new line), sorts them
 * chronologically and refuses duplicates and a mix of academic and calendar years.
 */
export function parsePeriods(text: string): PeriodsResult {
  const parts = text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, messages: [ru.periods.none] };
  const messages: string[] = [];
  const periods: Period[] = [];
  for (const part of parts) {
    const result = parsePeriod(part);
    if (!result.ok) messages.push(result.message);
    else if (periods.some((period) => period.label === result.period.label)) messages.push(ru.periods.duplicate(part));
    else periods.push(result.period);
  }
  if (new Set(periods.map((period) => period.kind)).size > 1) messages.push(ru.periods.mixed);
  if (messages.length > 0) return { ok: false, messages };
  return { ok: true, periods: periods.sort((a, b) => a.endYear - b.endYear) };
}
