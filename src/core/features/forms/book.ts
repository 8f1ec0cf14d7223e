import { ROLES, isSchoolSheetRole } from "../../workbook/roles";
import type { Framework, Indicator, OrgKind, System } from "../../catalog/schema";
import type { CellValue } from "../../base/plan/types";
import type { BuildRequest } from "../../sheets/buildRequest";
import type { ExistingSheet } from "../../workbook/existing";
import type { Inputs } from "../../workbook/inputs";
import { schoolIndicators } from "../../sheets/schoolSheet";
import { readInputsFromGrid } from "../../workbook/inputs";
import { guessKind, organisationsFor } from "../../workbook/organisations";
import { readSchoolKinds, readSchools } from "../../sheets/simpleSheets";
import { StoredBuild, storedBuild } from "../../sheets/storedCatalog";
import { bookIdOf } from "./bookId";
import { answersByFlags, flagsIn, flagTopic, OrgStatuses, readOrgStatuses, statusTopic } from "./flags";
import { catalogVersion } from "./identity";

/** What forms are made from and checked against: a read snapshot of the book. */
export interface FormBook {
  readonly existing: readonly ExistingSheet[];
  readonly stored: StoredBuild;
  readonly framework: Framework;
  readonly bookId?: string;
  readonly catalog: string;
  readonly schools: readonly string[];
  readonly kinds: ReadonlyMap<string, OrgKind>;
  /** ШНОР / ШНСУ marks of «ОО», by school and period. */
  readonly flags: OrgStatuses;
  /** Values typed on the per-school entry sheets, by input key. */
  readonly inputs: ReadonlyMap<string, CellValue>;
  readonly periods: readonly string[];
}

/** Reads the book once; throws the «not built» message for a book the add-in has not laid out. */
export function readFormBook(existing: readonly ExistingSheet[]): FormBook {
  const stored = storedBuild(existing);
  const list = existing.find((sheet) => sheet.role === ROLES.schools)?.cells ?? [];
  const schools = readSchools(list);
  const typed = readSchoolKinds(list).kinds;
  const inputs = new Map<string, CellValue>();
  for (const sheet of existing) {
    if (!isSchoolSheetRole(sheet.role)) continue;
    for (const [key, value] of readInputsFromGrid(sheet.cells ?? [])) inputs.set(key, value);
  }
  return {
    existing,
    stored,
    framework: stored.framework,
    bookId: bookIdOf(existing),
    catalog: catalogVersion(stored.framework),
    schools,
    kinds: new Map(schools.map((school) => [school, typed.get(school) ?? guessKind(school)])),
    flags: readOrgStatuses(list),
    inputs,
    periods: stored.periods.map((period) => period.label),
  };
}

/**
 * The per-school indicators an organisation answers in a period, by system: its kind, then its ШНОР/ШНСУ
 * marks in that period; an indicator computed from the marks themselves is asked of nobody.
 */
export function rowsFor(
  book: FormBook,
  organisation: string,
  period: string,
): { system: System; indicators: Indicator[] }[] {
  return book.framework.systems
    .map((system) => ({
      system,
      indicators: schoolIndicators(system).filter(
        (indicator) =>
          !statusTopic(indicator) &&
          organisationsFor(system, [organisation], book.kinds, indicator).length > 0 &&
          answersByFlags(flagTopic(indicator), flagsIn(book.flags, organisation, period)),
      ),
    }))
    .filter((group) => group.indicators.length > 0);
}

/** The period before `period` in the book, if any. */
export function previousPeriod(book: FormBook, period: string): string | undefined {
  const index = book.periods.indexOf(period);
  return index > 0 ? book.periods[index - 1] : undefined;
}

/** The request that lays the book out again as it was built, with `overrides` winning over its values. */
export function rebuildRequest(book: FormBook, overrides?: Inputs): BuildRequest {
  const { settings, periods } = book.stored;
  return {
    framework: book.framework,
    periods,
    municipality: settings.municipality,
    schools: [],
    flavour: settings.flavour,
    overrides,
  };
}

/** «2026-12-06 08:30», local time: when forms were made or received. */
export function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
