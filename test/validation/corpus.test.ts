import * as ExcelJS from "exceljs";
import { DEMO_FRAMEWORK_IDS, demoGaps, demoRequest } from "../../src/core/features/demo/demoData";
import { ru } from "../../src/core/base/i18n/ru";
import type { CellValue } from "../../src/core/base/plan/types";
import { formatPlain } from "../../src/core/base/text/format";
import { validateDataset } from "../../src/core/features/validation/checks";
import { readDataset } from "../../src/core/sheets/dataset";
import type { Finding, Rule } from "../../src/core/features/validation/findings";
import type { BuildRequest } from "../../src/core/sheets/buildRequest";
import { entryOf } from "../../src/core/workbook/entry";
import { schoolIndicators } from "../../src/core/sheets/schoolSheet";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";
import { readRoles, readSheetGrid } from "../../src/xlsx/readWorkbook";

const request = demoRequest();
const periods = request.periods.map((period) => period.label);
const [P0, P1, P2] = periods;
const gaps = demoGaps(request.framework, request.periods, request.schools);
const layout = ru.layout;

function demoWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  buildIntoWorkbook(workbook, request);
  return workbook;
}

const validate = (workbook: ExcelJS.Workbook): Finding[] =>
  validateDataset(readDataset(request.framework, periods, existingSheets(workbook)));

function sheetByRole(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const name = [...readRoles(workbook)].find(([, r]) => r === role)?.[0];
  const sheet = name ? workbook.getWorksheet(name) : undefined;
  if (!sheet) throw new Error(`no sheet with role ${role}`);
  return sheet;
}

/** An entry sheet read by its headers: the cell of a code (and school) under a header, wherever the layout put it. */
function entrySheet(workbook: ExcelJS.Workbook, role: string) {
  const sheet = sheetByRole(workbook, role);
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.includes(layout.code));
  const header = grid[headerRow];
  const [codeCol, schoolCol] = [header.indexOf(layout.code), header.indexOf(layout.school)];
  const rowOf = (code: string, school?: string) => {
    const row = grid.findIndex(
      (line, r) => r > headerRow && line[codeCol] === code && (school === undefined || line[schoolCol] === school),
    );
    if (row <= headerRow) throw new Error(`no row ${code} ${school ?? ""} on ${sheet.name}`);
    return row;
  };
  const colOf = (text: string) => {
    const col = header.indexOf(text);
    if (col < 0) throw new Error(`no header «${text}» on ${sheet.name}`);
    return col;
  };
  const cell = (code: string, school: string | undefined, text: string) =>
    sheet.getCell(rowOf(code, school) + 1, colOf(text) + 1);
  return { sheet, grid, headerRow, codeCol, schoolCol, rowOf, colOf, cell };
}

const numberIn = (cell: ExcelJS.Cell): number => {
  const value = cell.value;
  if (typeof value !== "number") throw new Error(`${cell.address} holds ${String(value)}, not a number`);
  return value;
};

const at = (sheet: string, cell: string) => `${sheet}!${cell}`;
const where = (finding: Finding) => at(finding.sheet, finding.cell);

/** What the deliberate gap implies: the unfilled organisation's rows warn of the missing period, nothing else. */
function gapFindings(workbook: ExcelJS.Workbook, of: BuildRequest = request): { where: string; rule: Rule }[] {
  const { unfilled } = demoGaps(of.framework, of.periods, of.schools);
  if (!unfilled) return [];
  const entry = entrySheet(workbook, `schools:${unfilled.system.code}`);
  return schoolIndicators(unfilled.system).map((indicator) => {
    const header =
      entryOf(indicator).inputs === "numDen" ? layout.numerator(unfilled.period) : layout.value(unfilled.period);
    return {
      where: at(entry.sheet.name, entry.cell(indicator.code, unfilled.school, header).address),
      rule: "missingPeriod",
    };
  });
}

describe.each(DEMO_FRAMEWORK_IDS)("the demo workbook of %s, validated", (id) => {
  const of = demoRequest(id);
  const workbook = new ExcelJS.Workbook();
  buildIntoWorkbook(workbook, of);
  const findings = validateDataset(
    readDataset(
      of.framework,
      of.periods.map((period) => period.label),
      existingSheets(workbook),
    ),
  );
  const expected = gapFindings(workbook, of);
  const gap = demoGaps(of.framework, of.periods, of.schools).unfilled!;

  test("gives exactly the findings its deliberate, announced gap implies: no error, no other warning", () => {
    expect(expected.length).toBeGreaterThan(5);
    const got = findings.map((f) => ({ where: where(f), rule: f.rule })).sort((a, b) => a.where.localeCompare(b.where));
    expect(got).toEqual([...expected].sort((a, b) => a.where.localeCompare(b.where)));
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    for (const finding of findings) {
      expect(finding.school).toBe(gap.school);
      expect(finding.period).toBe(gap.period);
      expect(finding.message).toContain(gap.school);
      expect(finding.message).toContain(`${P0}, ${P1}`);
    }
  });
});

describe("the demo workbook, validated", () => {
  const workbook = demoWorkbook();
  const findings = validate(workbook);

  test("«не проводилось» is neither blank nor a wrong value: it gives nothing", () => {
    const { notHeld } = gaps;
    expect(notHeld).toBeDefined();
    const system = request.framework.systems.find((s) => schoolIndicators(s).some((i) => i.code === notHeld!.code))!;
    const cell = entrySheet(workbook, `schools:${system.code}`).cell(
      notHeld!.code,
      notHeld!.school,
      layout.value(notHeld!.period),
    );
    expect(cell.value).toBe("не проводилось");
    expect(findings.filter((f) => f.school === notHeld!.school)).toEqual([]);
  });
});

const SOSH1 = "МБОУ «СОШ № 1»";
const SOSH4 = "МБОУ «СОШ № 4»";
const SOSH6 = "МБОУ «СОШ № 6»";
const GYMNASIUM = "МБОУ «Гимназия № 3»";
const NOVIKOVO = "МБОУ «СОШ с. Новиково»";
const YAGODNOE = "МБОУ «СОШ с. Ягодное»";
const SVETLOE = "МБОУ «СОШ с. Светлое»";
const OZERNOE = "МБОУ «СОШ с. Озёрное»";
const STRANGER = "МБОУ «СОШ № 99»";

interface Seed {
  readonly rule: Rule;
  /** Where the seeded rule must stand. */
  readonly at: string;
  /** Every cell the seed touched: other findings may stand there too (a jump that is also an outlier). */
  readonly touched: readonly string[];
  /** Numbers and words its message must show. */
  readonly shows: readonly string[];
}

/** Seeds one mistake of every kind into the demo workbook by editing its cells, found by header, code and school. */
function seedMistakes(workbook: ExcelJS.Workbook): Seed[] {
  const seeds: Seed[] = [];
  const s1 = entrySheet(workbook, "schools:1");
  const name1 = s1.sheet.name;
  const put = (cell: ExcelJS.Cell, value: CellValue) => {
    cell.value = value;
    return at(name1, cell.address);
  };
  const seed = (rule: Rule, cell: string, shows: readonly string[], touched: readonly string[] = [cell]) =>
    seeds.push({ rule, at: cell, touched, shows });

  // Text in a number cell.
  seed("type", put(s1.cell("ASN.1.01.01", SOSH1, layout.numerator(P1)), "двадцать"), ["«двадцать»", "число"]);
  // A negative.
  seed("range", put(s1.cell("ASN.1.01.02", SOSH1, layout.numerator(P1)), -5), ["−5"]);
  // A fractional count.
  const fractional = s1.cell("ASN.1.02.01", SOSH1, layout.numerator(P1));
  const half = numberIn(fractional) + 0.5;
  seed("range", put(fractional, half), [formatPlain(half), "целое"]);
  // A numerator above its denominator.
  const whole = numberIn(s1.cell("ASN.1.02.02", SOSH1, layout.denominator(P1)));
  seed("partAboveWhole", put(s1.cell("ASN.1.02.02", SOSH1, layout.numerator(P1)), whole + 5), [
    formatPlain(whole + 5),
    formatPlain(whole),
  ]);
  // A denominator of 0 with a numerator.
  const part = numberIn(s1.cell("ASN.1.02.03", SOSH1, layout.numerator(P1)));
  seed("zeroWhole", put(s1.cell("ASN.1.02.03", SOSH1, layout.denominator(P1)), 0), [formatPlain(part), "0"]);
  // A missing denominator.
  const lonely = numberIn(s1.cell("ASN.1.02.04", SOSH1, layout.numerator(P1)));
  seed("missingPair", put(s1.cell("ASN.1.02.04", SOSH1, layout.denominator(P1)), null), [formatPlain(lonely)]);

  // A jump of more than 15 п.п. in the last period.
  const share = (code: string, school: string, period: string) =>
    (numberIn(s1.cell(code, school, layout.numerator(period))) * 100) /
    numberIn(s1.cell(code, school, layout.denominator(period)));
  const before = share("ASN.1.03.01", SOSH4, P1);
  const jumpDen = numberIn(s1.cell("ASN.1.03.01", SOSH4, layout.denominator(P2)));
  const jumpTo = before > 50 ? before - 25 : before + 25;
  seed("jump", put(s1.cell("ASN.1.03.01", SOSH4, layout.numerator(P2)), Math.round((jumpDen * jumpTo) / 100)), [
    P1,
    P2,
    "15 п.п.",
  ]);

  // An organisation far from the others in every period (no jump: it is far all along).
  const outliers = periods.map((period) => {
    const den = numberIn(s1.cell("ASN.1.02.07", NOVIKOVO, layout.denominator(period)));
    return put(s1.cell("ASN.1.02.07", NOVIKOVO, layout.numerator(period)), Math.round(den * 0.3));
  });
  outliers.forEach((cell) => seed("outlier", cell, ["медиана"], outliers));

  // A small sample: 8 participants, the share kept near the year before.
  const kept = share("ASN.1.06.01", YAGODNOE, P1);
  const smallNum = put(s1.cell("ASN.1.06.01", YAGODNOE, layout.numerator(P2)), Math.round((8 * kept) / 100));
  const smallDen = put(s1.cell("ASN.1.06.01", YAGODNOE, layout.denominator(P2)), 8);
  seed("smallSample", smallDen, ["8", "10"], [smallNum, smallDen]);

  // A missing period on a municipal-level indicator.
  const system1 = entrySheet(workbook, "system:1");
  const municipalNum = system1.cell("ASN.1.06.05", undefined, layout.numerator(P2));
  municipalNum.value = null;
  system1.cell("ASN.1.06.05", undefined, layout.denominator(P2)).value = null;
  seed("missingPeriod", at(system1.sheet.name, municipalNum.address), [P2, `${P0}, ${P1}`]);

  // A different base: one of the many indicators over «обучающиеся» reports one pupil more.
  const s3 = entrySheet(workbook, "schools:3");
  const base = s3.cell("ASN.3.04.03", GYMNASIUM, layout.denominator(P1));
  const baseWas = numberIn(base);
  base.value = baseWas + 1;
  seed("sameBase", at(s3.sheet.name, base.address), [formatPlain(baseWas + 1), formatPlain(baseWas)]);

  // An organisation with no data at all on one school sheet.
  const s7 = entrySheet(workbook, "schools:7");
  const inputs = [...periods.flatMap((p) => [layout.numerator(p), layout.denominator(p), layout.value(p)])].map(
    s7.colOf,
  );
  let firstRow = -1;
  s7.grid.forEach((line, row) => {
    if (row <= s7.headerRow || line[s7.schoolCol] !== SOSH6) return;
    if (firstRow < 0) firstRow = row;
    for (const col of inputs) {
      const cell = s7.sheet.getCell(row + 1, col + 1);
      if (cell.type !== ExcelJS.ValueType.Formula) cell.value = null;
    }
  });
  const blankSchool = s7.sheet.getCell(firstRow + 1, s7.schoolCol + 1).address;
  seed("schoolWithoutData", at(s7.sheet.name, blankSchool), [SOSH6, s7.sheet.name]);

  // An unknown organisation name on a school sheet.
  const s2 = entrySheet(workbook, "schools:2");
  const renamedRow = s2.grid.findIndex((line, row) => row > s2.headerRow && line[s2.schoolCol] === SVETLOE);
  const renamed = s2.sheet.getCell(renamedRow + 1, s2.schoolCol + 1);
  renamed.value = STRANGER;
  seed("unknownSchool", at(s2.sheet.name, renamed.address), [STRANGER, "«ОО»"]);

  // A duplicated row: a school's second row takes the code of its first.
  const s5 = entrySheet(workbook, "schools:5");
  const ownRows = s5.grid.flatMap((line, row) => (row > s5.headerRow && line[s5.schoolCol] === OZERNOE ? [row] : []));
  const firstCode = String(s5.grid[ownRows[0]][s5.codeCol]);
  const repeated = s5.sheet.getCell(ownRows[1] + 1, s5.codeCol + 1);
  repeated.value = firstCode;
  seed("duplicateRow", at(s5.sheet.name, repeated.address), [firstCode, OZERNOE, String(ownRows[0] + 1)]);

  // A duplicated organisation in «ОО», appended below the list.
  const list = sheetByRole(workbook, "schools");
  const listGrid = readSheetGrid(list);
  const listHeader = listGrid.findIndex((row) => row.includes(layout.schoolName));
  const nameCol = listGrid[listHeader].indexOf(layout.schoolName);
  const firstOf = listGrid.findIndex((row) => row[nameCol] === SOSH4);
  const appended = list.getCell(listGrid.length + 1, nameCol + 1);
  list.getCell(listGrid.length + 1, nameCol).value = listGrid.length - listHeader;
  appended.value = SOSH4;
  seed("duplicateSchool", at(list.name, appended.address), [SOSH4, String(firstOf + 1)]);

  return seeds;
}

describe("the demo workbook with one mistake of every kind seeded", () => {
  const workbook = demoWorkbook();
  const gapCells = new Set(gapFindings(workbook).map((g) => g.where));
  const seeds = seedMistakes(workbook);
  const findings = validate(workbook);
  const touched = new Set(seeds.flatMap((s) => s.touched));

  test("seeds every kind the checks know, apart from a period the workbook does not have", () => {
    const kinds = new Set(seeds.map((s) => s.rule));
    const all: Rule[] = [
      "type",
      "range",
      "partAboveWhole",
      "zeroWhole",
      "missingPair",
      "missingPeriod",
      "schoolWithoutData",
      "sameBase",
      "jump",
      "outlier",
      "smallSample",
      "unknownSchool",
      "duplicateRow",
      "duplicateSchool",
    ];
    expect([...kinds].sort()).toEqual([...all].sort());
  });

  test.each(seeds.map((seed) => [seed.rule, seed.at, seed] as const))("%s at %s", (_rule, _at, seed) => {
    const found = findings.filter((f) => where(f) === seed.at && f.rule === seed.rule);
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding.message).toMatch(/^[«А-ЯЁA-Z0-9].*[.]$/u);
    expect(finding.message).toMatch(/[а-яё]{4,}/u);
    for (const text of seed.shows) expect(finding.message.replace(/\u00a0/g, " ")).toContain(text);
  });

  test("errors are errors and doubts are warnings", () => {
    const errors: Rule[] = [
      "type",
      "range",
      "partAboveWhole",
      "zeroWhole",
      "missingPair",
      "unknownSchool",
      "duplicateRow",
      "duplicateSchool",
    ];
    for (const finding of findings) expect(finding.severity).toBe(errors.includes(finding.rule) ? "error" : "warning");
  });

  test("nothing stands anywhere else than at a seeded cell or a gap's cell", () => {
    expect(seeds).toHaveLength(17);
    const astray = findings.filter((f) => !touched.has(where(f)) && !gapCells.has(where(f)));
    expect(astray).toEqual([]);
    // Every gap finding is still there, untouched by the seeds.
    for (const cell of gapCells)
      expect(findings.some((f) => where(f) === cell && f.rule === "missingPeriod")).toBe(true);
  });
});

describe("the Tula demo: values the book computes are its own, values typed over them are checked", () => {
  const of = demoRequest("tula");
  const labels = of.periods.map((period) => period.label);
  const GYMNASIUM_3 = "МБОУ «Гимназия № 3»";
  const check = (workbook: ExcelJS.Workbook) =>
    validateDataset(readDataset(of.framework, labels, existingSheets(workbook)));

  test("a gymnasium's quality from the results stands far above the others, yet is no typing slip until typed over", () => {
    const workbook = new ExcelJS.Workbook();
    buildIntoWorkbook(workbook, of);
    expect(check(workbook).filter((f) => f.code === "TUL.3.1.01")).toEqual([]);
    const sheet = entrySheet(workbook, "schools:3.1");
    const typed = labels.map((period) => {
      const cell = sheet.cell("TUL.3.1.01", GYMNASIUM_3, layout.numerator(period));
      cell.value = numberIn(cell) + 1;
      return at(sheet.sheet.name, cell.address);
    });
    const found = check(workbook).filter((f) => f.code === "TUL.3.1.01");
    expect(found.map((f) => [where(f), f.rule])).toEqual(typed.map((cell) => [cell, "outlier"]));
  });

  test("a school's medallists are few: the share «Медалисты» gives is no small sample, one typed over it is", () => {
    const abinsk = demoRequest("abinsk");
    const workbook = new ExcelJS.Workbook();
    buildIntoWorkbook(workbook, abinsk);
    const validateAbinsk = () => validateDataset(readDataset(abinsk.framework, labels, existingSheets(workbook)));
    const school = (abinsk.medallists ?? []).find((m) => m.period === P2)!.school;
    const sheet = entrySheet(workbook, "schools:1.1");
    const den = sheet.cell("ABN.1.1.24", school, layout.denominator(P2));
    expect(numberIn(den)).toBeLessThan(10);
    expect(validateAbinsk().filter((f) => f.code === "ABN.1.1.24")).toEqual([]);
    den.value = numberIn(den) + 1;
    // Typed over, it is a small sample, and its base no longer matches ABN.1.1.23's (the same medallists).
    const found = validateAbinsk().filter((f) => f.code === "ABN.1.1.24");
    const cell = at(sheet.sheet.name, den.address);
    expect(found.map((f) => [where(f), f.rule])).toEqual([
      [cell, "smallSample"],
      [cell, "sameBase"],
    ]);
  });
});
