import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { catalogColumn, catalogRows } from "../../src/core/sheets/catalogSheet";
import type { Indicator } from "../../src/core/catalog/schema";
import { analyseIndicators } from "../../src/core/features/analysis/analyse";
import { DEMO_PERIODS, DEMO_SCHOOLS, demoRequest, demoStatuses } from "../../src/core/features/demo/demoData";
import { readFormBook, rowsFor } from "../../src/core/features/forms/book";
import { statusTexts } from "../../src/core/base/i18n/statuses";
import type { PlannedCell } from "../../src/core/base/plan/types";
import { readDataset } from "../../src/core/sheets/dataset";
import { validateDataset } from "../../src/core/features/validation/checks";
import { planWorkbook } from "../../src/core/operations/build";
import { BuildRequest } from "../../src/core/sheets/buildRequest";
import { ExistingSheet } from "../../src/core/workbook/existing";
import { entryOf } from "../../src/core/workbook/entry";
import { keyOf } from "../../src/core/workbook/inputs";
import { parsePeriods } from "../../src/core/workbook/periods";
import { plannedSheets } from "../../src/core/sheets/plannedSheets";
import {
  answersByFlags,
  flagsIn,
  flagTopic,
  readOrgStatuses,
  statusesOf,
  statusTopic,
} from "../../src/core/workbook/statuses";
import { suggestedStatuses } from "../../src/core/features/statuses/suggestions";

const parsed = parsePeriods("2022/2023,2023/2024,2024/2025");
if (!parsed.ok) throw new Error(parsed.messages.join("; "));
const periods = parsed.periods;
const labels = periods.map((period) => period.label);
const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБОУ «СОШ № 3»", "МБДОУ «Детский сад № 5»"];
const [FIRST, SECOND, THIRD] = SCHOOLS;

const request = (id: string, extra: Partial<BuildRequest> = {}): BuildRequest => ({
  framework: findFramework(id)!,
  periods,
  municipality: "Тестовый район",
  schools: SCHOOLS,
  flavour: "portable",
  ...extra,
});

const indicator = (id: string, code: string): Indicator =>
  indicatorsOf(findFramework(id)!).find((i) => i.code === code)!;
const schoolsSheet = (sheets: readonly ExistingSheet[]) => sheets.find((sheet) => sheet.role === "schools")!;

/** The «ОО» sheet with `marks` typed under its status headers («ШНОР 2024/2025» → school → «да»). */
function mark(sheets: readonly ExistingSheet[], marks: Record<string, Record<string, string>>): ExistingSheet[] {
  return sheets.map((sheet) => {
    if (sheet.role !== "schools") return sheet;
    const cells = sheet.cells!.map((row) => [...row]) as PlannedCell[][];
    const header = cells.findIndex((row) => row.includes("Наименование ОО"));
    for (const [title, bySchool] of Object.entries(marks)) {
      const col = cells[header].indexOf(title);
      expect(col).toBeGreaterThan(0);
      for (const [school, value] of Object.entries(bySchool)) {
        const row = cells.findIndex((line) => line[1] === school);
        cells[row][col] = value;
      }
    }
    return { ...sheet, cells };
  });
}

/** The schools a school sheet has rows for, by indicator code, and which of their cells are inputs. */
function rowsOn(sheets: readonly ExistingSheet[], code: string): Map<string, PlannedCell[]> {
  const rows = new Map<string, PlannedCell[]>();
  for (const sheet of sheets.filter((s) => s.role?.startsWith("schools:"))) {
    for (const row of sheet.cells ?? []) if (row[0] === code) rows.set(String(row[3]), [...row]);
  }
  return rows;
}

describe("which status an indicator is about", () => {
  test.each([
    ["asino", "ASN.2.01.01", "either"],
    ["asino", "ASN.2.02.01", "either"],
    ["asino", "ASN.2.03.01", "either"],
    ["tula", "TUL.3.2.09", "either"],
    ["tula", "TUL.4.1.06", "shnor"],
    ["tula", "TUL.4.2.36", "shnsu"],
    ["abinsk", "ABN.1.2.14", "either"],
    // Pupils with low results are not ШНОР: every school answers.
    ["abinsk", "ABN.1.2.12", undefined],
    ["asino", "ASN.2.01.02", undefined],
    // The status itself, counted over all schools: computed from the marks, asked of nobody.
    ["tula", "TUL.3.2.01", undefined],
  ])("%s %s → %s", (id, code, topic) => {
    expect(flagTopic(indicator(id, code))).toBe(topic);
  });

  test("the share of schools of the risk zone is the only status share of the catalogs", () => {
    const found = ["asino", "tula", "abinsk", "taimyr"].flatMap((id) =>
      indicatorsOf(findFramework(id)!).filter((i) => statusTopic(i)),
    );
    expect(found.map((i) => [i.code, statusTopic(i)])).toEqual([["TUL.3.2.01", "either"]]);
  });
});

describe("the marks on «ОО»", () => {
  const { plan } = planWorkbook(request("asino"));
  const sheets = plannedSheets(plan);

  test("«ОО» has a «ШНОР» and a «ШНСУ» column per period, blank, offering «да» and «нет»", () => {
    const plannedSchools = plan.sheets.find((sheet) => sheet.role === "schools")!;
    const header = schoolsSheet(sheets).cells![3];
    expect(header.slice(5)).toEqual(labels.flatMap((label) => [`ШНОР ${label}`, `ШНСУ ${label}`]));
    const body = schoolsSheet(sheets).cells!.slice(4, 8);
    expect(body.every((row) => row.slice(5).every((cell) => cell === null))).toBe(true);
    const statusRules = plannedSchools.validations.filter((v) => v.range.col >= 5);
    expect(statusRules).toHaveLength(6);
    expect(statusRules.every((v) => v.rule.kind === "list" && v.rule.items.join() === "да,нет")).toBe(true);
  });

  test("read back: a blank is «нет», a period with no mark at all is undecided, a column without a period marks every period", () => {
    const marked = mark(sheets, { "ШНОР 2024/2025": { [SECOND]: "да" }, "ШНСУ 2023/2024": { [THIRD]: "Да" } });
    const statuses = readOrgStatuses(schoolsSheet(marked).cells!);
    expect(flagsIn(statuses, SECOND, "2024/2025")).toEqual({ shnor: true, shnsu: false });
    expect(flagsIn(statuses, SECOND, "2023/2024")).toEqual({ shnor: false, shnsu: false });
    expect(flagsIn(statuses, THIRD, "2023/2024")).toEqual({ shnor: false, shnsu: true });
    expect([...statuses.decided].sort()).toEqual(["2023/2024", "2024/2025"]);

    const handMade = [
      ["Наименование ОО", "ШНОР"],
      [FIRST, "да"],
      [SECOND, null],
    ];
    const plain = readOrgStatuses(handMade);
    expect(flagsIn(plain, FIRST, "2022/2023")).toEqual({ shnor: true, shnsu: undefined });
    expect(flagsIn(plain, SECOND, "2022/2023")).toEqual({ shnor: false, shnsu: undefined });
    // No column, no filter: a book made before the marks existed.
    expect(flagsIn(readOrgStatuses([["Наименование ОО"], [FIRST]]), FIRST, "2022/2023")).toBeUndefined();
  });

  test("a new book has no ШНОР rows and says so; marked schools get them, for the periods they are marked", () => {
    const built = planWorkbook(request("asino"));
    expect(built.notices).toContain(statusTexts.noneMarked);
    expect(rowsOn(plannedSheets(built.plan), "ASN.2.01.01").size).toBe(0);

    const marked = mark(plannedSheets(built.plan), {
      "ШНОР 2024/2025": { [FIRST]: "да", [SECOND]: "да" },
      "ШНСУ 2023/2024": { [SECOND]: "да" },
    });
    const rebuilt = planWorkbook({ ...request("asino"), schools: [] }, marked);
    expect(rebuilt.notices).not.toContain(statusTexts.noneMarked);
    const again = plannedSheets(rebuilt.plan);
    // The marks survive the rebuild; blanks of a decided period are written out as «нет».
    const statuses = readOrgStatuses(schoolsSheet(again).cells!);
    expect(flagsIn(statuses, FIRST, "2024/2025")?.shnor).toBe(true);
    expect(schoolsSheet(again).cells![4 + SCHOOLS.indexOf(THIRD)][5 + 2 * 2]).toBe("нет");
    expect(schoolsSheet(again).cells![4 + SCHOOLS.indexOf(THIRD)][5]).toBeNull();

    const rows = rowsOn(again, "ASN.2.01.01");
    expect([...rows.keys()]).toEqual([FIRST, SECOND]);
    // FIRST is marked in 2024/2025 only: earlier periods have no input there.
    const valueCol = (p: number) => 4 + 3 * p + 2;
    const built2 = again.find((s) => s.role === "schools:2")!;
    const header = built2.cells!.find((row) => row[0] === "Код")!;
    expect(header[valueCol(2)]).toBe("Значение 2024/2025");
    const planned = rebuilt.plan.sheets.find((s) => s.role === "schools:2")!;
    const rowOf = (school: string) => built2.cells!.findIndex((row) => row[0] === "ASN.2.01.01" && row[3] === school);
    const validated = (row: number, col: number) =>
      planned.validations.some(
        (v) =>
          v.range.row <= row &&
          row < v.range.row + v.range.rows &&
          v.range.col <= col &&
          col < v.range.col + v.range.cols,
      );
    expect(validated(rowOf(FIRST), valueCol(2))).toBe(true);
    expect(validated(rowOf(FIRST), valueCol(1))).toBe(false);
    expect(validated(rowOf(SECOND), valueCol(1))).toBe(true);
    expect(validated(rowOf(SECOND), valueCol(0))).toBe(false);
  });

  test("a share about ШНОР counts over the marked schools only, and a school unmarked later keeps its values in the archive", () => {
    const built = plannedSheets(planWorkbook(request("asino")).plan);
    const marks = { "ШНОР 2024/2025": { [FIRST]: "да", [SECOND]: "да", [THIRD]: "да" } };
    const code = "ASN.2.02.01";
    const data = new Map(
      [FIRST, SECOND, THIRD].flatMap((school, i) => [
        [keyOf({ code, field: "num", period: "2024/2025", school }), 5 + i],
        [keyOf({ code, field: "den", period: "2024/2025", school }), 10],
      ]),
    );
    const withData = planWorkbook({ ...request("asino"), schools: [], overrides: data }, mark(built, marks));
    const sheets = plannedSheets(withData.plan);
    const dataset = readDataset(findFramework("asino")!, labels, sheets);
    const value = analyseIndicators(dataset, "2024/2025").find((a) => a.indicator.code === code)!;
    expect(value.values[2]).toMatchObject({ numerator: 18, denominator: 30 });
    expect(validateDataset(dataset).filter((f) => f.rule === "missingPeriod")).toEqual([]);

    // THIRD is no longer ШНОР: its row goes, its numbers wait in «Архив данных».
    const unmarked = planWorkbook(
      { ...request("asino"), schools: [] },
      mark(sheets, { "ШНОР 2024/2025": { [THIRD]: "нет" } }),
    );
    const after = plannedSheets(unmarked.plan);
    expect([...rowsOn(after, code).keys()]).toEqual([FIRST, SECOND]);
    const archive = after.find((sheet) => sheet.role === "archive")!;
    expect(archive.cells!.some((row) => row[1] === code && row[2] === THIRD)).toBe(true);
    const share = analyseIndicators(readDataset(findFramework("asino")!, labels, after), "2024/2025").find(
      (a) => a.indicator.code === code,
    )!;
    expect(share.values[2]).toMatchObject({ numerator: 11, denominator: 20 });
  });

  test("forms ask each organisation exactly the rows the book lays out for it in that period", () => {
    const built = plannedSheets(planWorkbook(request("asino")).plan);
    const marked = mark(built, { "ШНОР 2024/2025": { [FIRST]: "да" }, "ШНСУ 2022/2023": { [SECOND]: "да" } });
    const sheets = plannedSheets(planWorkbook({ ...request("asino"), schools: [] }, marked).plan);
    const book = readFormBook(sheets);
    const shnorCodes = indicatorsOf(book.framework)
      .filter((i) => entryOf(i).per === "school" && flagTopic(i))
      .map((i) => i.code);
    expect(shnorCodes.length).toBeGreaterThan(3);
    for (const school of [FIRST, SECOND, THIRD]) {
      for (const period of labels) {
        const asked = new Set(rowsFor(book, school, period).flatMap((group) => group.indicators.map((i) => i.code)));
        const laidOut = shnorCodes.filter((code) =>
          answersByFlags(flagTopic(indicator("asino", code)), flagsIn(book.flags, school, period)),
        );
        expect(shnorCodes.filter((code) => asked.has(code))).toEqual(laidOut);
        const onBook = shnorCodes.filter((code) => rowsOn(sheets, code).has(school));
        // Laid out where marked in some period; asked only in the periods marked.
        expect(laidOut.every((code) => onBook.includes(code))).toBe(true);
      }
    }
    expect(rowsFor(book, FIRST, "2024/2025").some((g) => g.indicators.some((i) => i.code === "ASN.2.01.01"))).toBe(
      true,
    );
    expect(rowsFor(book, FIRST, "2023/2024").some((g) => g.indicators.some((i) => i.code === "ASN.2.01.01"))).toBe(
      false,
    );
  });
});

describe("the share of schools of the risk zone (Тула, 3.2.01)", () => {
  const code = "TUL.3.2.01";

  test("is computed from the marks: «да» where ШНОР or ШНСУ, «нет» elsewhere, blank in an undecided period", () => {
    const built = plannedSheets(planWorkbook(request("tula")).plan);
    const marked = mark(built, {
      "ШНОР 2024/2025": { [FIRST]: "да" },
      "ШНСУ 2024/2025": { [SECOND]: "да" },
      "ШНОР 2023/2024": { [FIRST]: "нет" },
    });
    const sheets = plannedSheets(planWorkbook({ ...request("tula"), schools: [] }, marked).plan);
    const rows = rowsOn(sheets, code);
    expect([...rows.keys()]).toEqual([FIRST, SECOND, THIRD]);
    const value = (school: string, p: number) => rows.get(school)![4 + 3 * p + 2];
    expect([value(FIRST, 2), value(SECOND, 2), value(THIRD, 2)]).toEqual(["да", "да", "нет"]);
    expect([value(FIRST, 1), value(SECOND, 1), value(THIRD, 1)]).toEqual(["нет", "нет", "нет"]);
    expect([value(FIRST, 0), value(SECOND, 0), value(THIRD, 0)]).toEqual([null, null, null]);
    const analysed = analyseIndicators(readDataset(findFramework("tula")!, labels, sheets), "2024/2025").find(
      (a) => a.indicator.code === code,
    )!;
    expect(analysed.values.map((v) => v.value)).toEqual([undefined, 0, 66.7]);
    // Nobody is asked for it.
    const book = readFormBook(sheets);
    expect(rowsFor(book, FIRST, "2024/2025").some((g) => g.indicators.some((i) => i.code === code))).toBe(false);
  });

  test("«Сбор данных» on «Показатели» says where it comes from", () => {
    const rows = catalogRows(findFramework("tula")!);
    const row = rows.find((r) => r[catalogColumn("code")] === code)!;
    expect(row[catalogColumn("collectedPer")]).toBe("из отметок «ШНОР» и «ШНСУ» на листе «ОО»");
  });
});

describe("the risk rule suggests, the methodologist decides", () => {
  test("schools the rule fires on and that are not marked are named in a notice", () => {
    const demo = demoRequest("asino");
    const suggested = suggestedStatuses(demo.results!, [...DEMO_PERIODS]);
    expect(suggested.length).toBeGreaterThan(2);
    const built = plannedSheets(planWorkbook(demo).plan);
    // The demo marks them all: no notice.
    expect(planWorkbook({ ...demo, schools: [] }, built).notices.some((n) => n.startsWith("Правило риска"))).toBe(
      false,
    );
    const [dropped] = suggested;
    const unmarked = mark(built, { "ШНОР 2024/2025": { [dropped]: "нет" } });
    const notices = planWorkbook({ ...demo, schools: [] }, unmarked).notices;
    expect(notices).toContain(statusTexts.suggested("2024/2025", [dropped]));
    expect(statusTexts.suggested("2024/2025", [dropped])).toBe(
      `Правило риска (лист «Пороги результатов») предлагает рассмотреть как ШНОР в 2024/2025: «${dropped}» — эта школа не отмечена на листе «ОО». Статус решает методист.`,
    );
  });

  test("the demo's marks: ШНОР where the rule fires, ШНСУ at two village schools, no kindergarten, and every count of ШНОР within the marked", () => {
    const marks = statusesOf(demoStatuses(periods, DEMO_SCHOOLS));
    const either = (period: string) =>
      DEMO_SCHOOLS.filter((school) => {
        const flags = flagsIn(marks, school, period);
        return flags?.shnor || flags?.shnsu;
      });
    expect(labels.map((label) => either(label).length)).toEqual([6, 6, 7]);
    expect(either("2024/2025").some((school) => /Детский сад/.test(school))).toBe(false);
    for (const id of ["asino", "abinsk", "taimyr", "tula"]) {
      const demo = demoRequest(id);
      const counts = indicatorsOf(demo.framework).filter(
        (i) => flagTopic(i) && entryOf(i).per === "municipality" && i.computation.kind === "count",
      );
      for (const i of counts) {
        for (const period of labels) {
          const value = demo.data!.get(keyOf({ code: i.code, field: "val", period })) as number;
          expect(value).toBeLessThanOrEqual(either(period).length);
        }
      }
    }
  });
});

describe("Абинск: the ШССУ signs by school feed the ШНСУ suggestion", () => {
  const signs = ["ABN.1.2.23", "ABN.1.2.24", "ABN.1.2.25", "ABN.1.2.26", "ABN.1.2.27", "ABN.1.2.28", "ABN.1.2.29"];

  test("each sign is a school's да/нет with the Программа's words beside the label", () => {
    const seed = require("fs").readFileSync(`${__dirname}/../fixtures/seeds/002_d95a040aa3f20d92.txt`, "utf8");
    const lines: string[] = seed.split("\n");
    for (const code of [...signs, "ABN.1.2.21", "ABN.1.2.22"]) {
      const i = indicator("abinsk", code);
      expect(lines[i.source.line - 1]).toContain(i.name);
      expect(entryOf(i).per).toBe("school");
      expect(flagTopic(i)).toBeUndefined();
    }
    expect(signs.every((code) => entryOf(indicator("abinsk", code)).inputs === "flag")).toBe(true);
  });

  test("three signs or more at an unmarked school suggest it as ШНСУ; marked, it is not named", () => {
    const period = "2024/2025";
    const yes = (school: string, codes: readonly string[]) =>
      new Map(codes.map((code) => [keyOf({ code, field: "val", period, school }), "да"]));
    const data = new Map([...yes(SECOND, signs.slice(0, 3)), ...yes(THIRD, signs.slice(0, 2))]);
    const built = planWorkbook(request("abinsk", { data }));
    const expected = statusTexts.suggestedSocial(period, [SECOND], 3);
    expect(built.notices).toContain(expected);
    expect(expected).toContain("порог по умолчанию");
    const marked = mark(plannedSheets(built.plan), { [`ШНСУ ${period}`]: { [SECOND]: "да" } });
    const again = planWorkbook({ ...request("abinsk"), schools: [] }, marked);
    expect(again.notices.some((n) => n.startsWith("Признаки сложных социальных условий"))).toBe(false);
  });
});
