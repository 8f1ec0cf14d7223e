/** The academic year that started in September of `today`'s school year (a year runs September to August). */
function currentStart(today: Date): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

const academic = (start: number) => `${start}/${start + 1}`;

/** The three last completed academic years: the default periods the form names as a default. */
export function lastCompletedYears(today = new Date()): string {
  const start = currentStart(today);
  return [3, 2, 1].map((back) => academic(start - back)).join(", ");
}

/** The last completed academic year: the default report period. */
export function lastCompletedYear(today = new Date()): string {
  return academic(currentStart(today) - 1);
}
