import { indicatorAudience } from "../../catalog/audience";
import type { Framework, Indicator, OrgKind, System, Unit } from "../../catalog/schema";
import type { Direction } from "../../base/model/terms";
import { mappingOf } from "../results/indicators";
import { mechanismOf } from "../../catalog/mechanisms";
import { Mechanism, MECHANISMS } from "../../base/model/terms";
import { stemSimilarity, wordingStems } from "./similarity";

/** What an indicator is, in the words a methodologist uses: доля, количество, да/нет, среднее, баллы. */
export type IndicatorKind = "share" | "count" | "yesno" | "average" | "score" | "ratio";

/** Where the values of an indicator come from in the book. */
export type Feed = "results" | "schools" | "municipality";

export interface LibrarySource {
  readonly frameworkId: string;
  readonly municipality: string;
  readonly code: string;
  /** The wording exactly as in that document. */
  readonly name: string;
}

export interface LibraryEntry {
  /** The code of the entry's first source: stable as long as the catalog is. */
  readonly key: string;
  readonly mechanism: Mechanism;
  readonly criterion: string;
  readonly label: string;
  readonly kind: IndicatorKind;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly audience: readonly OrgKind[];
  readonly feed: Feed;
  /** Every document that has this indicator; more than one when near-duplicates were recognised. */
  readonly sources: readonly LibrarySource[];
  /** The first source's indicator, as the catalog holds it: what a framework built from the library gets. */
  readonly indicator: Indicator;
  readonly system: System;
}

/** Wordings at least this similar (stems in common over stems in either) are one indicator. */
export const SAME_INDICATOR = 0.75;

export function kindOf(indicator: Pick<Indicator, "computation">): IndicatorKind {
  const kind = indicator.computation.kind;
  return kind === "flagShare" ? "share" : kind;
}

export function feedOf(indicator: Indicator): Feed {
  if (mappingOf(indicator)) return "results";
  return indicator.collectedPer === "school" ? "schools" : "municipality";
}

interface Candidate {
  readonly entry: LibraryEntry;
  readonly stems: ReadonlySet<string>;
}

function entryOf(framework: Framework, system: System, criterion: string, indicator: Indicator): LibraryEntry {
  return {
    key: indicator.code,
    mechanism: mechanismOf(system),
    criterion,
    label: indicator.label,
    kind: kindOf(indicator),
    unit: indicator.unit,
    direction: indicator.direction,
    audience: indicator.collectedPer === "school" ? indicatorAudience(system, indicator) : [],
    feed: feedOf(indicator),
    sources: [
      { frameworkId: framework.id, municipality: framework.municipality, code: indicator.code, name: indicator.name },
    ],
    indicator,
    system,
  };
}

/** The near-duplicate of `entry` already in the library: same mechanism, kind and unit, wording alike. */
function twinOf(candidates: readonly Candidate[], entry: LibraryEntry, stems: ReadonlySet<string>) {
  let best: Candidate | undefined;
  let bestScore = SAME_INDICATOR;
  for (const candidate of candidates) {
    const other = candidate.entry;
    if (other.mechanism !== entry.mechanism || other.kind !== entry.kind || other.unit !== entry.unit) continue;
    if (other.sources.some((source) => source.frameworkId === entry.sources[0].frameworkId)) continue;
    const score = stemSimilarity(stems, candidate.stems);
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Every indicator of the given frameworks, grouped by mechanism in the methodology's order; an
 * indicator that another document words almost the same way is one entry with both sources.
 */
export function buildLibrary(frameworks: readonly Framework[]): LibraryEntry[] {
  const candidates: Candidate[] = [];
  for (const framework of frameworks) {
    for (const system of framework.systems) {
      for (const criterion of system.criteria) {
        for (const indicator of criterion.indicators) {
          const entry = entryOf(framework, system, criterion.label, indicator);
          const stems = wordingStems(indicator.label);
          const twin = twinOf(candidates, entry, stems);
          if (twin) {
            const merged = { ...twin.entry, sources: [...twin.entry.sources, ...entry.sources] };
            candidates[candidates.indexOf(twin)] = { entry: merged, stems: twin.stems };
          } else candidates.push({ entry, stems });
        }
      }
    }
  }
  const order = [...MECHANISMS, "other"];
  return candidates
    .map((candidate) => candidate.entry)
    .sort((a, b) => order.indexOf(a.mechanism) - order.indexOf(b.mechanism));
}

const entryStems = new WeakMap<LibraryEntry, readonly ReadonlySet<string>[]>();

/** The entry's wordings: its label and each document's verbatim name. */
function stemsOf(entry: LibraryEntry): readonly ReadonlySet<string>[] {
  let stems = entryStems.get(entry);
  if (!stems) {
    stems = [entry.label, ...entry.sources.map((source) => source.name)].map(wordingStems);
    entryStems.set(entry, stems);
  }
  return stems;
}

/** The library entry worded closest to `wording` (its label or any document's name), when close enough. */
export function closestEntry(
  library: readonly LibraryEntry[],
  wording: string,
  threshold = SAME_INDICATOR,
): { entry: LibraryEntry; similarity: number } | undefined {
  const stems = wordingStems(wording);
  let best: { entry: LibraryEntry; similarity: number } | undefined;
  for (const entry of library) {
    const similarity = Math.max(...stemsOf(entry).map((other) => stemSimilarity(stems, other)));
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { entry, similarity };
  }
  return best;
}

/** How many indicators the library holds: entries, and sources behind them. */
export const librarySize = (library: readonly LibraryEntry[]) => ({
  entries: library.length,
  sources: library.reduce((total, entry) => total + entry.sources.length, 0),
});
