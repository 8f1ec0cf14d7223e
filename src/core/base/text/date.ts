/** Dates as a Russian document prints them: «6 декабря 2026 г.», «до 1 октября 2025 г.». */

const NBSP = "\u00a0";

/** Month names in the genitive, as they stand after a day number. */
const MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
] as const;

/** A calendar day without a time zone: month 1–12. */
export interface DayDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** «1 октября 2025 г.» (non-breaking spaces keep it on one line). */
export function formatLongDate({ year, month, day }: DayDate): string {
  return `${day}${NBSP}${MONTHS_GENITIVE[month - 1]}${NBSP}${year}${NBSP}г.`;
}

/** «до 1 октября 2025 г.» */
export function formatDeadline(date: DayDate): string {
  return `до ${formatLongDate(date)}`;
}

/** «01.10.2025», the form the register's deadline column keeps. */
export function formatShortDate({ year, month, day }: DayDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(day)}.${pad(month)}.${year}`;
}

/** The calendar day of a JavaScript date in UTC. */
export function dayOf(date: Date): DayDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
