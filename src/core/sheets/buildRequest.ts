import type { Framework, OrgKind } from "../catalog/schema";
import type { MedallistRow, ResultRow } from "../base/model/results";
import type { FormulaFlavour } from "../base/plan/formulas";
import type { CellValue } from "../base/plan/types";
import type { Inputs } from "../workbook/inputs";
import type { Period } from "../workbook/periods";
import type { SchoolIds } from "../workbook/schoolIds";
import type { OrgFlags } from "../workbook/statuses";
import type { FiokoListRow } from "./fiokoListSheet";

/** What «Создать листы» lays out: the framework, periods and schools, and values to fill in. */
export interface BuildRequest {
  readonly framework: Framework;
  readonly periods: readonly Period[];
  readonly municipality: string;
  /** Schools in order; empty means: take them from the workbook's «ОО» sheet. */
  readonly schools: readonly string[];
  readonly flavour: FormulaFlavour;
  /** Values to fill in where the workbook has none (e.g. demo data); what the workbook holds wins. */
  readonly data?: Inputs;
  /** Kinds of the organisations, where known; the «ОО» sheet wins, and the rest are guessed from the names. */
  readonly kinds?: ReadonlyMap<string, OrgKind>;
  /** Values that win over what the workbook holds (e.g. collected from organisations' forms). */
  readonly overrides?: Inputs;
  /** Procedure results and medallists for a workbook that has no such sheets yet (e.g. demo data). */
  readonly results?: readonly ResultRow[];
  readonly medallists?: readonly MedallistRow[];
  /** The results sheet's rows after an import (sheet and files merged): they replace the rows read. */
  readonly importedResults?: readonly ResultRow[];
  /**
   * The inputs the results determine, as the caller has just computed them from this request's sources
   * (an import compares them with the book's before it plans): taken as given, not computed again.
   */
  readonly resultValues?: ReadonlyMap<string, CellValue>;
  /** «Список ФИОКО» after an import of the list: it replaces the rows read, and the book keeps the sheet. */
  readonly importedFiokoList?: readonly FiokoListRow[];
  /**
   * Lay out only these systems' sheets (the others keep their names and places in «Содержание»), and
   * no «Архив данных»: for an operation that writes some sheets only, such as an import.
   */
  readonly onlySystems?: ReadonlySet<string>;
  /** ФИС ОКО logins and regional codes to write on «ОО» (accepted by an import); over what the sheet holds. */
  readonly schoolIds?: ReadonlyMap<string, SchoolIds>;
  /** ШНОР / ШНСУ marks by school and period for a book whose «ОО» has none yet (the demo); the sheet wins. */
  readonly statuses?: ReadonlyMap<string, ReadonlyMap<string, OrgFlags>>;
}
