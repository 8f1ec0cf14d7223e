import type { ResultRow } from "../../base/model/results";

/** Merging a file's row into the results sheet's row: fill what is blank, keep what agrees, list what differs. */

export type MergeField =
  "participants" | "distribution" | "confirmation" | "averageScore" | "averagePrimary" | "sourceBands";
const FIELDS: readonly MergeField[] = [
  "participants",
  "distribution",
  "confirmation",
  "averageScore",
  "averagePrimary",
  "sourceBands",
];

export interface MergeOutcome {
  readonly row: ResultRow;
  readonly status: "added" | "completed" | "unchanged" | "replaced" | "conflict";
  /** Fields whose value in the book differs from the file's (kept unless replaced). */
  readonly conflicts: readonly { field: MergeField; book: unknown; file: unknown }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
function sorted(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
}

function withSource(sources: string | undefined, source: string | undefined): string | undefined {
  if (!source) return sources;
  const list = (sources ?? "").split("; ").filter(Boolean);
  return list.includes(source) ? sources : [...list, source].join("; ");
}

/** `incoming` into `book` (absent: a new row). A hand-typed «не проводилось» is a conflict like any differing value. */
export function mergeRow(book: ResultRow | undefined, incoming: ResultRow, replace: boolean): MergeOutcome {
  if (!book) return { row: incoming, status: "added", conflicts: [] };
  const merged: Record<string, unknown> = { ...book };
  const conflicts: { field: MergeField; book: unknown; file: unknown }[] = [];
  let filled = false;
  for (const field of FIELDS) {
    const value = incoming[field];
    if (value === undefined) continue;
    const held = book.notHeld && field === "participants" ? "не проводилось" : book[field];
    if (held === undefined) {
      merged[field] = value;
      filled = true;
    } else if (!same(held, value)) {
      conflicts.push({ field, book: held, file: value });
      if (replace) {
        merged[field] = value;
        if (field === "participants") delete merged.notHeld;
      }
    }
  }
  const source = withSource(book.source, incoming.source);
  if (source) merged.source = source;
  const row = merged as unknown as ResultRow;
  if (conflicts.length > 0) return { row, status: replace ? "replaced" : "conflict", conflicts };
  return { row, status: filled ? "completed" : "unchanged", conflicts };
}
