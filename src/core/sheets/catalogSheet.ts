import { ru } from "../base/i18n/ru";
import { parseDirection } from "../base/math/status";
import type { CellValue } from "../base/plan/types";
import { feedWords } from "../base/i18n/feeds";
import { documentSection, parseDocumentSection } from "../catalog/documents";
import { feedSourceOf, NOT_FROM_RESULTS } from "../catalog/resultFeeds";
import { statusTopic } from "../catalog/statusTopic";
import { derivedAudience, indicatorAudience, ORG_KINDS, sameAudience } from "../catalog/audience";
import {
  Breakdown,
  CollectedPer,
  Computation,
  Criterion,
  Framework,
  frameworkSchema,
  Indicator,
  indicatorSchema,
  OrgKind,
  SourceRef,
  sourceRefSchema,
  System,
  Unit,
} from "../catalog/schema";
import { Direction } from "../base/model/terms";

const words = ru.catalogSheet;
const problems = words.problems;

/** The columns of the sheet «Показатели», in order. */
export const CATALOG_COLUMNS = [
  "code",
  "systemCode",
  "system",
  "criterion",
  "name",
  "label",
  "unit",
  "computation",
  "numerator",
  "denominator",
  "breakdowns",
  "parts",
  "direction",
  "collectedPer",
  "audience",
  "source",
] as const;
export type CatalogColumn = (typeof CATALOG_COLUMNS)[number];

const REQUIRED: readonly CatalogColumn[] = [
  "code",
  "systemCode",
  "criterion",
  "label",
  "unit",
  "computation",
  "direction",
  "collectedPer",
];

export const catalogColumn = (column: CatalogColumn): number => CATALOG_COLUMNS.indexOf(column);

export const catalogHeaders = (): string[] => CATALOG_COLUMNS.map((column) => words.headers[column]);

export interface CatalogProblem {
  /** 1-based row of the sheet. */
  readonly row: number;
  readonly code?: string;
  readonly message: string;
}

export interface CatalogReading {
  readonly framework: Framework;
  readonly problems: CatalogProblem[];
}

const BREAKDOWN_SEPARATOR = "; ";
const PART_SEPARATOR = "; ";
const AUDIENCE_SEPARATOR = ", ";

function computationCells(computation: Computation): [CellValue, CellValue] {
  switch (computation.kind) {
    case "share":
    case "ratio":
      return [computation.numerator, computation.denominator];
    case "flagShare":
      return [computation.flag, computation.population];
    case "count":
    case "average":
    case "score":
      return [computation.of, null];
    case "yesno":
      return [null, null];
  }
}

function sourceText(source: SourceRef): string {
  return source.section === words.sheetSection
    ? words.sheetSource(source.line)
    : documentSection(source.document, source.section);
}

/** «по ОО», «по муниципалитету», «из результатов процедур», «из листа «Медалисты»», or why not from results. */
function collectedPerText(indicator: Indicator): string {
  const plain = words.collectedPer[indicator.collectedPer];
  if (indicator.collectedPer === "school" && statusTopic(indicator)) return feedWords.fromStatuses;
  switch (feedSourceOf(indicator)) {
    case "results":
      return feedWords.fromResults;
    case "medallists":
      return feedWords.fromMedallists;
    case "fiokoList":
      return feedWords.fromFiokoList;
    case "notComputable":
      return feedWords.notComputable(plain, NOT_FROM_RESULTS[indicator.code]);
    case "typed":
      return plain;
  }
}

function indicatorRow(system: System, criterion: Criterion, indicator: Indicator): CellValue[] {
  const [numerator, denominator] = computationCells(indicator.computation);
  const cells: Record<CatalogColumn, CellValue> = {
    code: indicator.code,
    systemCode: system.code,
    system: system.label,
    criterion: criterion.label || null,
    name: indicator.name,
    label: indicator.label,
    unit: words.units[indicator.unit],
    computation: words.computations[indicator.computation.kind],
    numerator,
    denominator,
    breakdowns: indicator.breakdowns.map((breakdown) => words.breakdowns[breakdown]).join(BREAKDOWN_SEPARATOR) || null,
    parts: indicator.parts?.join(PART_SEPARATOR) ?? null,
    direction: words.directions[indicator.direction],
    collectedPer: collectedPerText(indicator),
    audience:
      indicator.collectedPer === "school"
        ? indicatorAudience(system, indicator)
            .map((kind) => words.audience[kind])
            .join(AUDIENCE_SEPARATOR)
        : null,
    source: sourceText(indicator.source),
  };
  return CATALOG_COLUMNS.map((column) => cells[column]);
}

/** The sheet «Показатели» as rows: the header, then one self-contained row per indicator. */
export function catalogRows(framework: Framework): CellValue[][] {
  return [
    catalogHeaders(),
    ...framework.systems.flatMap((system) =>
      system.criteria.flatMap((criterion) =>
        criterion.indicators.map((indicator) => indicatorRow(system, criterion, indicator)),
      ),
    ),
  ];
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** A loose key for words typed by hand: case, «ё», spaces, dashes and a final dot don't matter. */
const wordKey = (value: string): string =>
  value
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[—–]/g, "-")
    .replace(/\s*([/()-])\s*/g, "$1")
    .replace(/\.$/, "")
    .trim();

function lookup<T extends string>(canonical: Readonly<Record<T, string>>, aliases: Readonly<Record<string, T>>) {
  const table = new Map<string, T>();
  for (const [value, word] of Object.entries(canonical) as [T, string][]) table.set(wordKey(word), value);
  for (const [word, value] of Object.entries(aliases)) table.set(wordKey(word), value);
  return (typed: string): T | undefined => table.get(wordKey(typed));
}

const parseUnit = lookup<Unit>(words.units, {
  процент: "percent",
  проценты: "percent",
  "в %": "percent",
  "(%)": "percent",
  единица: "count",
  единицы: "count",
  единиц: "count",
  шт: "count",
  штук: "count",
  чел: "count",
  человек: "count",
  человека: "count",
  баллы: "score",
  баллов: "score",
});

const parseComputationKind = lookup<Computation["kind"]>(words.computations, {
  число: "count",
  "кол-во": "count",
  "среднее значение": "average",
  балл: "score",
});

const collectedPerWord = lookup<CollectedPer>(words.collectedPer, {
  оо: "school",
  "по школам": "school",
  муниципалитет: "municipality",
  [feedWords.fromResults]: "school",
  [feedWords.fromMedallists]: "school",
  [feedWords.fromFiokoList]: "school",
  [feedWords.fromStatuses]: "school",
});

/** «по ОО — из результатов процедур не считается: …» reads as «по ОО». */
const parseCollectedPer = (typed: string): CollectedPer | undefined => collectedPerWord(typed.split(/\s+—\s+/)[0]);

const parseBreakdown = lookup<Breakdown>(words.breakdowns, {
  уровень: "level",
  этап: "olympiadStage",
  предметы: "subject",
  классы: "grade",
  параллель: "grade",
  процедура: "procedure",
});

const allowed = (canonical: Readonly<Record<string, string>>): string =>
  problems.alternatives(Object.values(canonical));

const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
};

const latinise = (code: string): string => code.replace(/[А-Яа-я]/g, (letter) => CYRILLIC_LOOKALIKES[letter] ?? letter);

/** «asn.1.01 » as «ASN.1.01»: Cyrillic look-alikes become Latin, the letter prefix upper case. */
function normaliseCode(typed: string): string {
  const code = latinise(typed.replace(/\s+/g, ""));
  const dot = code.indexOf(".");
  return dot < 0 ? code.toUpperCase() : code.slice(0, dot).toUpperCase() + code.slice(dot);
}

const isIndicatorCode = (code: string): boolean => indicatorSchema.shape.code.safeParse(code).success;

const DOCUMENT_SOURCE = /^(\S+),\s*(.+),\s*стр\.\s*(\d+)$/i;
const SHEET_SOURCE = /^лист\s*[«"']?\s*показатели\s*[»"']?\s*,\s*строка\s*(\d+)$/i;

/**
 * «Источник» as typed: the base indicator's own source when it still reads the same (the line in the
 * document is kept), a known document and section, the older «file, section, стр. N», or the sheet row.
 */
function parseSource(typed: string, document: string, row: number, known?: SourceRef): SourceRef {
  if (known && typed === sourceText(known)) return known;
  const sheet = SHEET_SOURCE.exec(typed);
  if (sheet) return { document, section: words.sheetSection, line: Number(sheet[1]) };
  const found = DOCUMENT_SOURCE.exec(typed);
  if (found) {
    const parsed = sourceRefSchema.safeParse({ document: found[1], section: found[2].trim(), line: Number(found[3]) });
    if (parsed.success) return parsed.data;
  }
  const named = parseDocumentSection(typed);
  if (named) return { ...named, line: known?.document === named.document ? known.line : 1 };
  return { document, section: words.sheetSection, line: row };
}

type Cells = Readonly<Record<CatalogColumn, string>>;

function parseComputation(cells: Cells, reasons: string[]): Computation | undefined {
  if (!cells.computation) {
    reasons.push(problems.emptyComputation);
    return undefined;
  }
  const kind = parseComputationKind(cells.computation);
  if (!kind) {
    reasons.push(problems.unknownComputation(cells.computation, allowed(words.computations)));
    return undefined;
  }
  const { numerator, denominator } = cells;
  const needed = (value: string, reason: string): string => {
    if (!value) reasons.push(reason);
    return value;
  };
  switch (kind) {
    case "share":
    case "ratio": {
      const share = kind === "share";
      return {
        kind,
        numerator: needed(numerator, share ? problems.noNumerator : problems.noRatioNumerator),
        denominator: needed(denominator, share ? problems.noDenominator : problems.noRatioDenominator),
      };
    }
    case "flagShare":
      return { kind, flag: needed(numerator, problems.noFlag), population: needed(denominator, problems.noPopulation) };
    case "count":
    case "average":
    case "score":
      return { kind, of: needed(numerator, problems.noSubject) };
    case "yesno":
      return { kind };
  }
}

const parseAudienceWord = lookup<OrgKind>(words.audience, {
  школа: "school",
  "детский сад": "preschool",
  доо: "preschool",
  доу: "preschool",
  "дополнительное образование детей": "additional",
  до: "additional",
  все: "school",
});

/** «школы, детские сады»; «все» means every kind; blank means: read from the names. */
function parseAudience(typed: string, reasons: string[]): OrgKind[] | undefined {
  const parts = typed
    .split(/[;,\n]/)
    .map(text)
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  if (parts.some((part) => wordKey(part) === wordKey("все"))) return [...ORG_KINDS];
  const found: OrgKind[] = [];
  for (const part of parts) {
    const kind = parseAudienceWord(part);
    if (!kind) reasons.push(problems.unknownAudience(part, allowed(words.audience)));
    else if (!found.includes(kind)) found.push(kind);
  }
  return found;
}

function parseBreakdowns(typed: string, reasons: string[]): Breakdown[] {
  const found: Breakdown[] = [];
  for (const part of typed
    .split(/[;,\n]/)
    .map(text)
    .filter(Boolean)) {
    const breakdown = parseBreakdown(part);
    if (!breakdown) reasons.push(problems.unknownBreakdown(part, allowed(words.breakdowns)));
    else if (!found.includes(breakdown)) found.push(breakdown);
  }
  return found;
}

/** «школьный этап; муниципальный этап»: two parts at least, or none (the value is typed whole). */
function parseParts(typed: string, reasons: string[]): string[] | undefined {
  const parts = typed.split(/[;\n]/).map(text).filter(Boolean);
  if (parts.length === 1) reasons.push(problems.onePart(parts[0]));
  return parts.length > 1 ? parts : undefined;
}

function parseWord<T>(
  typed: string,
  parse: (typed: string) => T | undefined,
  empty: string,
  unknown: string,
  reasons: string[],
) {
  if (!typed) reasons.push(empty);
  else {
    const value = parse(typed);
    if (value === undefined) reasons.push(unknown);
    return value;
  }
  return undefined;
}

interface ParsedRow {
  readonly row: number;
  readonly systemCode: string;
  readonly systemText: string;
  readonly criterionText: string;
  readonly indicator: Indicator;
}

interface RowContext {
  readonly base: Framework;
  /** Whether the sheet has the column «Части (в т. ч.)»: a book made before it keeps the built-in parts. */
  readonly partsColumn: boolean;
  readonly baseIndicators: ReadonlyMap<string, Indicator>;
  readonly baseSystemCodes: ReadonlyMap<string, string>;
  readonly accepted: Map<string, number>;
}

function parseRow(cells: Cells, row: number, context: RowContext): ParsedRow | { reasons: string[]; code?: string } {
  const reasons: string[] = [];
  const code = normaliseCode(cells.code);
  if (!code) reasons.push(problems.emptyCode);
  else if (!isIndicatorCode(code)) reasons.push(problems.badCode(cells.code));
  else if (context.accepted.has(code)) reasons.push(problems.duplicateCode(code, context.accepted.get(code) ?? row));
  if (!cells.systemCode) reasons.push(problems.emptySystem);
  const label = cells.label || cells.name;
  if (!label) reasons.push(problems.emptyName);
  const unit = parseWord(
    cells.unit,
    parseUnit,
    problems.emptyUnit,
    problems.unknownUnit(cells.unit, allowed(words.units)),
    reasons,
  );
  const computation = parseComputation(cells, reasons);
  const breakdowns = parseBreakdowns(cells.breakdowns, reasons);
  const typedParts = context.partsColumn ? parseParts(cells.parts, reasons) : undefined;
  const audience = parseAudience(cells.audience, reasons);
  const direction = parseWord<Direction>(
    cells.direction,
    parseDirection,
    problems.emptyDirection,
    problems.unknownDirection(cells.direction, allowed(words.directions)),
    reasons,
  );
  const collectedPer = parseWord(
    cells.collectedPer,
    parseCollectedPer,
    problems.emptyCollectedPer,
    problems.unknownCollectedPer(cells.collectedPer, allowed(words.collectedPer)),
    reasons,
  );
  if (reasons.length > 0 || !unit || !computation || !direction || !collectedPer) {
    return { reasons, ...(code ? { code } : {}) };
  }
  context.accepted.set(code, row);
  const known = context.baseIndicators.get(code);
  const unitVerbatim = known?.unit === unit ? known.unitVerbatim : undefined;
  // A sheet made before the column «Части (в т. ч.)» keeps the built-in parts while the row keeps its kind.
  const keepsParts = known?.parts && known.unit === unit && known.computation.kind === computation.kind;
  const parts = context.partsColumn ? typedParts : keepsParts ? known.parts : undefined;
  return {
    row,
    systemCode: context.baseSystemCodes.get(wordKey(latinise(cells.systemCode))) ?? cells.systemCode,
    systemText: cells.system,
    criterionText: cells.criterion,
    indicator: {
      code,
      name: cells.name || label,
      label,
      unit,
      ...(unitVerbatim !== undefined ? { unitVerbatim } : {}),
      computation,
      breakdowns,
      ...(parts ? { parts } : {}),
      direction,
      collectedPer,
      ...(audience && collectedPer === "school" ? { audience } : {}),
      source: parseSource(cells.source, context.base.document, row, known?.source),
    },
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function freshCode(prefix: string, taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}.${n}`)) n++;
  const code = `${prefix}.${n}`;
  taken.add(code);
  return code;
}

/** The base system's criteria that the sheet still fills (or that were empty already), then the sheet's new ones. */
function mergeCriteria(
  systemCode: string,
  baseCriteria: readonly Criterion[],
  rows: readonly ParsedRow[],
): Criterion[] {
  const groups = groupBy(rows, (row) => wordKey(row.criterionText));
  const used = new Set<string>();
  const kept: Criterion[] = [];
  for (const criterion of baseCriteria) {
    const keys = [wordKey(criterion.label), ...(criterion.name ? [wordKey(criterion.name)] : [])];
    const key = keys.find((candidate) => groups.has(candidate) && !used.has(candidate));
    if (key !== undefined) {
      used.add(key);
      kept.push({ ...criterion, indicators: (groups.get(key) ?? []).map((row) => row.indicator) });
    } else if (criterion.indicators.length === 0) kept.push(criterion);
  }
  const codes = new Set(baseCriteria.map((criterion) => criterion.code));
  const added = [...groups]
    .filter(([key]) => !used.has(key))
    .map(([, group]) => ({
      code: freshCode(systemCode, codes),
      name: group[0].criterionText,
      label: group[0].criterionText,
      indicators: group.map((row) => row.indicator),
    }));
  return [...kept, ...added];
}

const SHEET_NAME_LIMIT = 31;

/** A valid worksheet name, unique among `taken` (compared case-insensitively), which it joins. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/\s+/g, " ")
      .replace(/^[\s']+|[\s']+$/g, "")
      .slice(0, SHEET_NAME_LIMIT)
      .trim() || words.systemFallback("").trim();
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, SHEET_NAME_LIMIT - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

function mergeSystem(system: System, rows: readonly ParsedRow[]): System {
  const typed = rows[0]?.systemText ?? "";
  const renamed = typed !== "" && ![system.label, system.name].some((name) => wordKey(name) === wordKey(typed));
  return {
    ...system,
    label: renamed ? typed : system.label,
    criteria: mergeCriteria(system.code, system.criteria, rows),
  };
}

function newSystem(code: string, rows: readonly ParsedRow[], document: string, sheetNames: Set<string>): System {
  const name = rows.find((row) => row.systemText)?.systemText ?? words.systemFallback(code);
  return {
    code,
    name,
    label: name,
    sheetName: uniqueSheetName(`${code} ${name}`, sheetNames),
    goals: [],
    tasks: [],
    criteria: mergeCriteria(code, [], rows),
    source: { document, section: words.sheetSection, line: rows[0].row },
  };
}

/** An audience the sheet merely repeats from the names is not kept: the catalog stays as it was. */
function withoutDerivedAudience(system: System): System {
  const criteria = system.criteria.map((criterion) => ({
    ...criterion,
    indicators: criterion.indicators.map((indicator) => {
      const { audience, ...rest } = indicator;
      return audience && !sameAudience(audience, derivedAudience(system, indicator)) ? indicator : rest;
    }),
  }));
  return { ...system, criteria };
}

function buildSystems(base: Framework, rows: readonly ParsedRow[]): System[] {
  const bySystem = groupBy(rows, (row) => row.systemCode);
  const kept = base.systems.map((system) => mergeSystem(system, bySystem.get(system.code) ?? []));
  const sheetNames = new Set([words.sheetName, ...kept.map((system) => system.sheetName)].map((n) => n.toLowerCase()));
  const baseCodes = new Set(base.systems.map((system) => system.code));
  const added = [...bySystem]
    .filter(([code]) => !baseCodes.has(code))
    .map(([code, group]) => newSystem(code, group, base.document, sheetNames));
  return [...kept, ...added];
}

const headerKey = (value: CellValue | undefined): string => wordKey(text(value));

/** Index of the header row: the first with a cell that reads «Код» (the first cell, unless columns were moved). */
export function findCatalogHeader(rows: readonly (readonly CellValue[])[]): number {
  const wanted = headerKey(words.headers.code);
  return rows.findIndex((row) => row.some((value) => headerKey(value) === wanted));
}

function columnIndices(header: readonly CellValue[]): Map<CatalogColumn, number> {
  const indices = new Map<CatalogColumn, number>();
  const keys = header.map(headerKey);
  for (const column of CATALOG_COLUMNS) {
    const index = keys.indexOf(wordKey(words.headers[column]));
    if (index >= 0) indices.set(column, index);
  }
  return indices;
}

const unread = (base: Framework, problem: CatalogProblem): CatalogReading => ({ framework: base, problems: [problem] });

/**
 * Reads the sheet «Показатели» (all its rows, the header found by «Код») into a framework built on `base`:
 * systems keep their metadata, the sheet decides the indicators. Broken rows are skipped and reported.
 */
export function readCatalogRows(rows: readonly (readonly CellValue[])[], base: Framework): CatalogReading {
  const headerIndex = findCatalogHeader(rows);
  if (headerIndex < 0) return unread(base, { row: 1, message: problems.noHeader });
  const indices = columnIndices(rows[headerIndex]);
  const missing = REQUIRED.filter((column) => !indices.has(column));
  if (missing.length > 0) {
    return unread(base, {
      row: headerIndex + 1,
      message: problems.missingColumns(missing.map((column) => words.headers[column])),
    });
  }
  const context: RowContext = {
    base,
    partsColumn: indices.has("parts"),
    baseIndicators: new Map(
      base.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i] as const))),
    ),
    baseSystemCodes: new Map(base.systems.map((system) => [wordKey(latinise(system.code)), system.code])),
    accepted: new Map(),
  };
  const found: CatalogProblem[] = [];
  const parsed: ParsedRow[] = [];
  rows.forEach((line, index) => {
    if (index <= headerIndex || line.every((value) => text(value) === "")) return;
    const cells = Object.fromEntries(
      CATALOG_COLUMNS.map((column) => {
        const at = indices.get(column);
        return [column, at === undefined ? "" : text(line[at])];
      }),
    ) as Cells;
    const row = index + 1;
    const result = parseRow(cells, row, context);
    if ("reasons" in result) {
      found.push({
        row,
        ...(result.code ? { code: result.code } : {}),
        message: problems.skipped(row, result.reasons),
      });
    } else parsed.push(result);
  });
  const framework = frameworkSchema.parse({ ...base, systems: buildSystems(base, parsed).map(withoutDerivedAudience) });
  return { framework, problems: found };
}
