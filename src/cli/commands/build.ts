import * as fs from "node:fs";
import * as ExcelJS from "exceljs";
import { builtInCatalog, findFramework } from "../../core/catalog";
import type { Framework } from "../../core/catalog/schema";
import { OWN_FRAMEWORK_ID } from "../../core/catalog/frameworks/own";
import { cliCatalogText as c } from "../../core/base/i18n/cli";
import { libraryTexts } from "../../core/base/i18n/library";
import { ru } from "../../core/base/i18n/ru";
import type { FormulaFlavour } from "../../core/base/plan/formulas";
import type { CellValue } from "../../core/base/plan/types";
import { countOf } from "../../core/base/text/format";
import { CATALOG_ROLE } from "../../core/sheets/catalogSheetPlan";
import { BuildResult, planWorkbook } from "../../core/operations/build";
import { BuildRequest } from "../../core/sheets/buildRequest";
import { ExistingSheet } from "../../core/workbook/existing";
import { parsePeriods } from "../../core/workbook/periods";
import { settingsOfRole, StoredSettings } from "../../core/workbook/settings";
import { readSchools } from "../../core/sheets/simpleSheets";
import { workbookCatalog } from "../../core/sheets/storedCatalog";
import { existingSheets } from "../../xlsx/buildFile";
import { saveWorkbook } from "../../xlsx/package/save";
import { readRoles, readSheetGrid, ROLES_SHEET } from "../../xlsx/readWorkbook";
import { loadWorkbook } from "../../xlsx/loadFile";
import { applyPlanToWorkbook } from "../../xlsx/writePlan";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";

const t = ru.cliBuild;
const FLAVOURS: readonly FormulaFlavour[] = ["portable", "msoko"];

/** School names from a text: one per line, BOM, blank lines and repeats dropped, order kept. */
export function schoolsFromText(text: string): string[] {
  const names = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** Text files from Windows Notepad may still be in Windows-1251: read UTF-8 unless that garbles. */
function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  if (!utf8.includes("\uFFFD")) return utf8;
  try {
    return new TextDecoder("windows-1251").decode(bytes);
  } catch {
    return utf8;
  }
}

const isHeaderWord = (cell: string) => (t.schoolHeaders as readonly string[]).includes(cell.trim().toLowerCase());

/** The first column's texts, without a header word and numbers. */
function firstColumn(grid: readonly (readonly CellValue[])[]): string[] {
  const names = grid
    .map((row) => row[0])
    .filter((cell): cell is string => typeof cell === "string")
    .map((cell) => cell.replace(/\s+/g, " ").trim())
    .filter((cell) => cell !== "" && !isHeaderWord(cell));
  return [...new Set(names)];
}

/** Schools from an .xlsx: its «ОО» sheet (ours, read by header; or a plain first column), else the first sheet. */
async function schoolsFromWorkbook(file: string): Promise<string[]> {
  const workbook = await loadWorkbook(file);
  const named = workbook.worksheets.find(
    (sheet) => sheet.name.trim().toLowerCase() === ru.sheets.schools.toLowerCase(),
  );
  const sheet = named ?? workbook.worksheets.find((s) => s.name !== ROLES_SHEET);
  if (!sheet) return [];
  const grid = readSheetGrid(sheet);
  const ours = readSchools(grid);
  return ours.length > 0 ? ours : firstColumn(grid);
}

export async function readSchoolsFile(file: string): Promise<string[]> {
  if (!fs.existsSync(file)) throw new Error(t.schoolsFileMissing(file));
  const schools = /\.xls[xm]$/i.test(file)
    ? await schoolsFromWorkbook(file)
    : schoolsFromText(decodeText(fs.readFileSync(file)));
  if (schools.length === 0) throw new UsageError(t.noSchoolsInFile(file));
  return schools;
}

/** The settings a workbook was built with, from its «Содержание» sheet's role. */
function storedSettings(workbook: ExcelJS.Workbook): StoredSettings | undefined {
  for (const role of readRoles(workbook).values()) {
    const settings = settingsOfRole(role);
    if (settings) return settings;
  }
  return undefined;
}

/** What a finished build prints: where, what, for whom; then the notices. */
export function describeBuild(request: BuildRequest, result: BuildResult, frameworkId: string): string[] {
  const names = result.plan.sheets.map((sheet) => sheet.name);
  return [
    t.framework(frameworkId, request.framework.title),
    t.municipality(request.municipality),
    t.periods(request.periods.map((period) => period.label).join(", ")),
    t.schools(countOf(result.schools.length, t.schoolNouns)),
    t.sheets(countOf(names.length, t.sheetNouns), names.join(", ")),
    t.flavour[request.flavour],
    ...result.notices.map(t.notice),
  ];
}

/**
 * Writes a workbook the safe way (see saveWorkbook): a temporary file renamed into place, the parts ExcelJS drops
 * carried over from the file it was read from. Returns notices for the user (what a copy could not keep).
 */
export async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<string[]> {
  return (await saveWorkbook(workbook, file)).notices;
}

export const buildSpec = {
  name: "build",
  options: {
    framework: { type: "string" },
    periods: { type: "string" },
    municipality: { type: "string" },
    schools: { type: "string" },
    out: { type: "string" },
    in: { type: "string" },
    formulas: { type: "string" },
    catalog: { type: "string" },
  },
  positionals: false,
} as const satisfies CommandSpec;

const CATALOG_CHOICES = ["workbook", "builtin"] as const;
type CatalogChoice = (typeof CATALOG_CHOICES)[number];

/**
 * The indicators an update is built from, as the pane's «Взять показатели с листа «Показатели»» does:
 * the workbook's own sheet with the user's edits when it was made for this framework, unless --catalog
 * builtin asks for the built-in catalog. The lines say which was taken.
 */
function chooseCatalog(
  existing: readonly ExistingSheet[],
  builtin: Framework,
  storedFramework: string | undefined,
  choice: CatalogChoice | undefined,
  file: string,
): { framework: Framework; lines: string[] } {
  const hasSheet = existing.some((sheet) => sheet.role === CATALOG_ROLE);
  if (choice === "builtin") return { framework: builtin, lines: [c.builtin] };
  if (choice === "workbook" && !hasSheet) throw new UsageError(c.noSheet(file));
  if (!hasSheet) return { framework: builtin, lines: [c.builtin] };
  if (choice === undefined && storedFramework !== undefined && storedFramework !== builtin.id) {
    return { framework: builtin, lines: [c.otherFramework(storedFramework, builtin.id)] };
  }
  const own = workbookCatalog(existing, builtin);
  return { framework: own.framework, lines: [c.fromWorkbook, ...own.notices.map(c.problem)] };
}

/** The «Показатели» of a catalog file (msoko catalog --from writes one) over its base framework. */
async function catalogOfFile(file: string, base: Framework): Promise<{ framework: Framework; lines: string[] }> {
  if (!fs.existsSync(file)) throw new UsageError(libraryTexts.cli.notFound(file));
  const existing = existingSheets(await loadWorkbook(file));
  if (!existing.some((sheet) => sheet.role === CATALOG_ROLE))
    throw new UsageError(libraryTexts.cli.noCatalogSheet(file));
  const own = workbookCatalog(existing, base);
  return { framework: own.framework, lines: [libraryTexts.cli.fromCatalogFile(file), ...own.notices.map(c.problem)] };
}

/**
 * msoko build: lays a framework out in a new workbook, or updates an existing one (--in) keeping every
 * value typed there. Settings missing from the command line are taken from the existing workbook.
 */
export async function buildCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseCommand(buildSpec, args);
  const out = values.out?.trim();
  if (!out) throw new UsageError(t.noOut);
  const flavour = (values.formulas?.trim().toLowerCase() ?? undefined) as FormulaFlavour | undefined;
  if (flavour !== undefined && !FLAVOURS.includes(flavour)) throw new UsageError(t.badFormulas(values.formulas ?? ""));
  if (!values.in && fs.existsSync(out)) throw new UsageError(t.outExists(out));

  const catalogText = values.catalog?.trim();
  const catalogChoice = CATALOG_CHOICES.find((choice) => choice === catalogText?.toLowerCase());
  // Anything else is a catalog file, as msoko catalog --from writes one.
  const catalogFile = catalogText && !catalogChoice ? catalogText : undefined;
  if (catalogFile && !/\.xlsx$/i.test(catalogFile)) throw new UsageError(c.badChoice(catalogFile));
  if (catalogChoice === "workbook" && !values.in) throw new UsageError(c.needsIn);

  const workbook = values.in ? await loadWorkbook(values.in) : new ExcelJS.Workbook();
  const stored = values.in ? storedSettings(workbook) : undefined;
  const existing = existingSheets(workbook);

  const known = builtInCatalog().frameworks.map((f) => f.id);
  const frameworkId = values.framework?.trim() ?? stored?.framework ?? (catalogFile ? OWN_FRAMEWORK_ID : undefined);
  if (!frameworkId) throw new UsageError(t.noFramework(known.join(", ")));
  const builtin = findFramework(frameworkId);
  if (!builtin) throw new UsageError(ru.cli.unknownFramework(frameworkId, known.join(", ")));
  const catalog = catalogFile
    ? await catalogOfFile(catalogFile, builtin)
    : values.in
      ? chooseCatalog(existing, builtin, stored?.framework, catalogChoice, values.in)
      : { framework: builtin, lines: [] };
  const framework = catalog.framework;

  const periodsText = values.periods ?? stored?.periods.join(",");
  if (periodsText === undefined) throw new UsageError(t.noPeriods);
  const periods = parsePeriods(periodsText);
  if (!periods.ok) throw new UsageError(periods.messages.join("\n"));

  const municipality = values.municipality?.trim() || stored?.municipality;
  if (!municipality) throw new UsageError(t.noMunicipality);

  if (!values.schools && !values.in) throw new UsageError(t.noSchools);
  const schools = values.schools ? await readSchoolsFile(values.schools) : [];

  const request: BuildRequest = {
    framework,
    periods: periods.periods,
    municipality,
    schools,
    flavour: flavour ?? stored?.flavour ?? "portable",
  };
  if (!workbook.creator) workbook.creator = ru.taskpane.title;
  const result = planWorkbook(request, existing);
  if (result.schools.length === 0) throw new UsageError(t.noSchoolsInBook(values.in ?? out));
  applyPlanToWorkbook(workbook, result.plan);
  const saved = await writeWorkbook(workbook, out);

  output.out(values.in ? t.updated(values.in, out) : t.wrote(out));
  for (const line of catalog.lines) output.out(line);
  for (const line of describeBuild(request, result, framework.id)) output.out(line);
  for (const line of saved) output.out(line);
  return 0;
}
