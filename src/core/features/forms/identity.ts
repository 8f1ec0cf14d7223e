import { indicatorsOf } from "../../catalog";
import type { Framework } from "../../catalog/schema";
import { formsText } from "../../base/i18n/forms";
import type { PlannedCell } from "../../base/plan/types";

/** What a form is: which book issued it, for which organisation and period, over which catalog. */
export interface FormIdentity {
  readonly book: string;
  readonly organisation: string;
  readonly period: string;
  readonly catalog: string;
  readonly framework: string;
  /** When the form was made, as «2026-12-06 08:30»; informative only. */
  readonly issued?: string;
}

const LABELS = formsText.identity;
const FIELDS = ["book", "organisation", "period", "catalog", "framework", "issued"] as const;

/** The identity as label/value rows: the visible block on the form and the hidden sheet hold the same rows. */
export function identityRows(identity: FormIdentity): [string, string][] {
  return FIELDS.filter((field) => identity[field] !== undefined).map((field) => [
    LABELS[field],
    String(identity[field]),
  ]);
}

/**
 * Finds the identity rows in a grid: a label cell followed by its value to the right, anywhere in
 * the first rows. Undefined when the book, organisation or period is missing.
 */
export function readIdentity(grid: readonly (readonly PlannedCell[])[], rows = 40): FormIdentity | undefined {
  const found = new Map<string, string>();
  const byLabel = new Map(FIELDS.map((field) => [LABELS[field].toLowerCase(), field] as const));
  for (const line of grid.slice(0, rows)) {
    line.forEach((cell, col) => {
      if (typeof cell !== "string") return;
      const field = byLabel.get(cell.trim().toLowerCase());
      if (!field || found.has(field)) return;
      const value = line.slice(col + 1).find((next) => next !== null && next !== "" && typeof next !== "object");
      if (value !== undefined && value !== null) found.set(field, String(value).trim());
    });
  }
  const [book, organisation, period] = [found.get("book"), found.get("organisation"), found.get("period")];
  if (!book || !organisation || !period) return undefined;
  return {
    book,
    organisation,
    period,
    catalog: found.get("catalog") ?? "",
    framework: found.get("framework") ?? "",
    issued: found.get("issued"),
  };
}

/** FNV-1a over a text: a short, stable fingerprint (not a security measure). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The catalog's version as a form records it: the framework and a fingerprint of what its rows ask for. */
export function catalogVersion(framework: Framework): string {
  const rows = indicatorsOf(framework).map((indicator) =>
    [indicator.code, indicator.unit, indicator.computation.kind, indicator.collectedPer, indicator.audience?.join("+")]
      .filter(Boolean)
      .join(":"),
  );
  return `${framework.id}-${fingerprint(rows.join("\n"))}`;
}
