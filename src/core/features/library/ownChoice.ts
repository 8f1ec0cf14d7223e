import { derivedAudience, indicatorAudience } from "../../catalog/audience";
import { OWN_DOCUMENT } from "../../catalog/frameworks/own";
import { Mechanism, MECHANISMS } from "../../base/model/terms";
import type { OrgKind, Unit } from "../../catalog/schema";
import type { Direction } from "../../base/model/terms";
import { ownTexts } from "../../base/i18n/ownFramework";
import { libraryTexts as t } from "../../base/i18n/library";
import {
  AppendixDraft,
  collectedPerOf,
  directionOfWording,
  DraftCriterion,
  DraftIndicator,
  DraftSystem,
  kindOfUnit,
} from "./appendix";
import { closestEntry, LibraryEntry } from "./library";

/**
 * One's own Положение put together in the pane: the indicators read from one's own appendix table,
 * those picked from the library (renamed or not) and those added by hand, as one draft that
 * frameworkFromDraft turns into the book's «Показатели».
 */

export interface LibraryCriterionGroup {
  readonly name: string;
  readonly entries: readonly LibraryEntry[];
}

export interface LibraryGroup {
  readonly mechanism: Mechanism;
  readonly criteria: readonly LibraryCriterionGroup[];
  readonly size: number;
}

/** The library by mechanism (the methodology's order) and, inside, by criterion in the order met. */
export function libraryGroups(library: readonly LibraryEntry[]): LibraryGroup[] {
  const order: readonly Mechanism[] = [...MECHANISMS, "other"];
  return order.flatMap((mechanism) => {
    const criteria = new Map<string, LibraryEntry[]>();
    for (const entry of library) {
      if (entry.mechanism !== mechanism) continue;
      const name = entry.criterion || ownTexts.library.noCriterion;
      criteria.set(name, [...(criteria.get(name) ?? []), entry]);
    }
    if (criteria.size === 0) return [];
    const groups = [...criteria].map(([name, entries]) => ({ name, entries }));
    return [{ mechanism, criteria: groups, size: groups.reduce((n, group) => n + group.entries.length, 0) }];
  });
}

/** Entries whose label, document wordings or criterion hold every word typed, case and «ё» aside. */
export function filterLibrary(library: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const fold = (text: string) => text.toLowerCase().replace(/ё/g, "е");
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...library];
  return library.filter((entry) => {
    const text = fold([entry.label, entry.criterion, ...entry.sources.map((source) => source.name)].join(" "));
    return words.every((word) => text.includes(word));
  });
}

/** A library indicator taken as it is, under one's own wording when given; the document's wording stays as its name. */
export function pickedIndicator(entry: LibraryEntry, label?: string): DraftIndicator {
  const indicator = entry.indicator;
  const own = label?.replace(/\s+/g, " ").trim();
  return {
    name: indicator.name,
    label: own || indicator.label,
    unit: entry.unit,
    unitVerbatim: indicator.unitVerbatim ?? "",
    unitGuessed: false,
    kind: entry.kind,
    direction: entry.direction,
    audience: indicatorAudience(entry.system, indicator),
    collectedPer: indicator.collectedPer,
    match: { entry, similarity: 1 },
    table: 0,
    row: 0,
    source: indicator.source,
  };
}

export interface OwnAddition {
  readonly mechanism: Mechanism;
  readonly criterion: string;
  readonly name: string;
  readonly unit: Unit;
}

/**
 * An indicator typed by hand: kind from its unit, direction and audience guessed from its wording, and
 * the library's closest indicator, when there is one, lends it its computation. `n` numbers it among one's own.
 */
export function addedIndicator(addition: OwnAddition, library: readonly LibraryEntry[], n: number): DraftIndicator {
  const name = addition.name.replace(/\s+/g, " ").trim();
  const match = closestEntry(library, name);
  return {
    name,
    unit: addition.unit,
    unitVerbatim: "",
    unitGuessed: false,
    kind: kindOfUnit(addition.unit, name),
    direction: match?.entry.direction ?? directionOfWording(name),
    audience: derivedAudience({ label: t.mechanisms[addition.mechanism] }, { label: name }),
    collectedPer: match?.entry.indicator.collectedPer ?? collectedPerOf(name, addition.unit),
    ...(match && { match }),
    table: 0,
    row: 0,
    source: { document: OWN_DOCUMENT, section: ownTexts.addedSection, line: n },
  };
}

export interface GuessEdit {
  readonly unit?: Unit;
  readonly direction?: Direction;
  readonly audience?: readonly OrgKind[];
}

/** A guess corrected by the user: a new unit changes the kind too, and is no longer a guess. */
export function withEdit(indicator: DraftIndicator, edit: GuessEdit): DraftIndicator {
  const unit = edit.unit ?? indicator.unit;
  return {
    ...indicator,
    ...edit,
    unit,
    kind: edit.unit ? kindOfUnit(unit, indicator.name) : indicator.kind,
    unitGuessed: edit.unit ? false : indicator.unitGuessed,
  };
}

/** The imported draft with one indicator (found by its table and row) corrected. */
export function editImported(draft: AppendixDraft, table: number, row: number, edit: GuessEdit): AppendixDraft {
  return {
    ...draft,
    systems: draft.systems.map((system) => ({
      ...system,
      criteria: system.criteria.map((criterion) => ({
        ...criterion,
        indicators: criterion.indicators.map((indicator) =>
          indicator.table === table && indicator.row === row ? withEdit(indicator, edit) : indicator,
        ),
      })),
    })),
  };
}

export interface OwnSelection {
  /** The appendix read from one's own file or pasted text, with the user's corrections. */
  readonly imported?: AppendixDraft;
  /** Library entries taken, each with one's own wording when given, in the library's order. */
  readonly picks: readonly { readonly entry: LibraryEntry; readonly label?: string }[];
  readonly added: readonly { readonly addition: OwnAddition; readonly indicator: DraftIndicator }[];
}

/**
 * One draft of everything chosen: the imported systems as the document has them; a pick or an
 * addition joins the system of its mechanism (under its criterion), or starts that mechanism's system.
 */
export function composeDraft(selection: OwnSelection): AppendixDraft {
  const systems: DraftSystem[] = (selection.imported?.systems ?? []).map((system) => ({
    ...system,
    criteria: system.criteria.map((criterion) => ({ ...criterion, indicators: [...criterion.indicators] })),
  }));
  const place = (mechanism: Mechanism, systemName: string, criterionName: string, indicator: DraftIndicator) => {
    let system = systems.find((s) =>
      mechanism === "other" ? s.mechanism === "other" && s.name === systemName : s.mechanism === mechanism,
    );
    if (!system) {
      system = { name: systemName, mechanism, criteria: [] };
      systems.push(system);
    }
    let criterion: DraftCriterion | undefined = system.criteria.find((c) => c.name === criterionName);
    if (!criterion) {
      criterion = { name: criterionName, indicators: [] };
      system.criteria.push(criterion);
    }
    criterion.indicators.push(indicator);
  };
  for (const { entry, label } of selection.picks) {
    const systemName = entry.mechanism === "other" ? entry.system.name : t.mechanisms[entry.mechanism];
    place(entry.mechanism, systemName, entry.criterion, pickedIndicator(entry, label));
  }
  for (const { addition, indicator } of selection.added) {
    const criterion = addition.criterion.replace(/\s+/g, " ").trim() || ownTexts.added.defaultCriterion;
    place(addition.mechanism, t.mechanisms[addition.mechanism], criterion, indicator);
  }
  return {
    systems,
    problems: selection.imported?.problems ?? [],
    skippedTables: selection.imported?.skippedTables ?? 0,
  };
}
