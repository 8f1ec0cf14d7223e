import type { FiokoListRow } from "../../sheets/fiokoListSheet";

/** The ФИОКО list entries of one period, matched to the book's schools: the works marked per school. */
export interface ListedSchools {
  readonly period: string;
  readonly source: string;
  readonly schools: ReadonlyMap<string, { readonly works: readonly string[]; readonly markers: number }>;
}

export interface ListMerge {
  readonly rows: FiokoListRow[];
  readonly added: number;
  readonly completed: number;
  readonly unchanged: number;
}

const worksOf = (row: FiokoListRow | undefined) =>
  (row?.works ?? "")
    .split(",")
    .map((work) => work.trim())
    .filter(Boolean);

const withSource = (sources: string | undefined, source: string) => {
  const list = (sources ?? "").split("; ").filter(Boolean);
  return list.includes(source) ? (sources ?? source) : [...list, source].join("; ");
};

/**
 * «Список ФИОКО» after an import: for every period a file covers, a row per general-education school
 * of the book — «да» with the works marked for those on the list, «нет» for the others. A school
 * already on the sheet as listed stays listed (another list of the same year may have named it), and
 * its works are joined; rows of other periods and schools are kept as they are. Importing again
 * changes nothing.
 */
export function mergeFiokoList(
  held: readonly FiokoListRow[],
  lists: readonly ListedSchools[],
  schools: readonly string[],
): ListMerge {
  const key = (period: string, school: string) => `${period}\u0000${school.trim().toLowerCase()}`;
  const rows = new Map<string, FiokoListRow>(held.map((row) => [key(row.period, row.school), row]));
  const counts = { added: 0, completed: 0, unchanged: 0 };
  for (const list of lists) {
    for (const school of schools) {
      const k = key(list.period, school);
      const before = rows.get(k);
      const listed = list.schools.get(school);
      const works = [...new Set([...worksOf(before), ...(listed?.works ?? [])])];
      const next: FiokoListRow = {
        ...before,
        period: list.period,
        school: before?.school ?? school,
        listed: Boolean(before?.listed) || Boolean(listed),
        ...(works.length > 0 && { works: works.join(", ") }),
        ...((listed || before?.markers !== undefined) && {
          markers: Math.max(listed?.markers ?? 0, before?.markers ?? 0),
        }),
        source: withSource(before?.source, list.source),
      };
      if (!before) counts.added += 1;
      else if (JSON.stringify(before) === JSON.stringify(next)) counts.unchanged += 1;
      else counts.completed += 1;
      rows.set(k, next);
    }
  }
  return { rows: [...rows.values()], ...counts };
}
