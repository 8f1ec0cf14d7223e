import { findFramework } from "../../src/core/catalog";
import { ru } from "../../src/core/base/i18n/ru";
import type { PlannedCell } from "../../src/core/base/plan/types";
import { validateDataset } from "../../src/core/features/validation/checks";
import { readDataset } from "../../src/core/sheets/dataset";
import { Finding, Rule } from "../../src/core/features/validation/findings";
import { DEFAULT_VALIDATION_SETTINGS, ValidationSettings } from "../../src/core/base/model/results";
import type { ExistingSheet } from "../../src/core/workbook/existing";

/** Thresholds on tiny hand-made sheets, laid out as the add-in lays them out and read through scanSheet. */

const framework = findFramework("asino")!;
const layout = ru.layout;
/** A share of participants, collected per school. */
const SCHOOL_SHARE = "ASN.1.01.01";
/** A share typed for the whole municipality. */
const MUNICIPAL_SHARE = "ASN.1.06.05";
const TWO_YEARS = ["2023/2024", "2024/2025"];
const ONE_YEAR = ["2024/2025"];

type Pair = readonly [num: number, den: number];

const periodHeaders = (periods: readonly string[]) =>
  periods.flatMap((p) => [layout.numerator(p), layout.denominator(p), layout.value(p)]);
const periodCells = (pairs: readonly Pair[]): PlannedCell[] =>
  pairs.flatMap(([num, den]) => [num, den, { formula: '=IF(F5=0,"",E5/F5*100)' }]);

const schoolList = (names: readonly string[]): ExistingSheet => ({
  name: "ОО",
  role: "schools",
  cells: [[layout.number, layout.schoolName], ...names.map((name, index) => [index + 1, name])],
});

/** A school sheet: one row per school for one indicator, a numerator and denominator per period. */
function schoolSheet(periods: readonly string[], rows: readonly (readonly [string, ...Pair[]])[]): ExistingSheet {
  const header = [layout.code, layout.indicator, layout.unit, layout.school, ...periodHeaders(periods)];
  const lines = rows.map(([school, ...pairs]) => [SCHOOL_SHARE, "Доля", "%", school, ...periodCells(pairs)]);
  return { name: "ОО-1", role: "schools:1", cells: [["Данные ОО"], [], header, ...lines] };
}

/** A system sheet with one municipal share. */
function systemSheet(periods: readonly string[], pairs: readonly Pair[]): ExistingSheet {
  const header: string[] = [layout.number, layout.criterion, layout.indicator, layout.unit, layout.better, layout.code];
  return {
    name: "Система 1",
    role: "system:1",
    cells: [
      header.concat(periodHeaders(periods)),
      [1, "", "Доля", "%", "больше", MUNICIPAL_SHARE, ...periodCells(pairs)],
    ],
  };
}

function validate(periods: readonly string[], sheets: ExistingSheet[], settings?: ValidationSettings): Finding[] {
  const names = sheets.flatMap((sheet) =>
    sheet.role === "schools:1" ? (sheet.cells ?? []).slice(3).map((line) => String(line[3])) : [],
  );
  return validateDataset(readDataset(framework, periods, [schoolList(names), ...sheets]), settings);
}

const rules = (findings: readonly Finding[]): Rule[] => findings.map((f) => f.rule);
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("jump: a share moving more than 15 п.п. between neighbouring periods", () => {
  const school = (before: Pair, now: Pair) =>
    validate(TWO_YEARS, [schoolSheet(TWO_YEARS, [["МБОУ «СОШ № 1»", before, now]])]);

  test.each([
    ["14,9 п.п. up", [500, 1000], [649, 1000], false],
    ["exactly 15 п.п. up", [500, 1000], [650, 1000], false],
    ["15,1 п.п. up", [500, 1000], [651, 1000], true],
    ["14,9 п.п. down", [500, 1000], [351, 1000], false],
    ["exactly 15 п.п. down", [500, 1000], [350, 1000], false],
    ["15,1 п.п. down", [500, 1000], [349, 1000], true],
  ] as const)("%s", (_name, before, now, fires) => {
    expect(rules(school(before, now))).toEqual(fires ? ["jump"] : []);
  });

  test("exactly 15 п.п. in shares with repeating decimals is not a jump: 2 of 12 → 1 of 60", () => {
    // 100/60 − 200/12 is −15.000000000000002 in floating point; the check must not read that as beyond 15.
    expect(school([2, 12], [1, 60])).toEqual([]);
    expect(rules(school([2, 12], [0, 60]))).toEqual(["jump"]);
  });

  test("the finding stands at the later numerator and says both shares, the change and the threshold", () => {
    const [finding] = school([500, 1000], [651, 1000]);
    expect(finding).toMatchObject({ severity: "warning", sheet: "ОО-1", cell: "H4", school: "МБОУ «СОШ № 1»" });
    expect(plain(finding.message)).toContain("с 50,0 % за 2023/2024 до 65,1 % за 2024/2025 (+15,1 п.п.)");
    expect(plain(finding.message)).toContain("при пороге 15 п.п. (по умолчанию)");
  });

  test("on a system sheet too, and the threshold is a setting", () => {
    const municipal = (now: Pair, settings?: ValidationSettings) =>
      rules(validate(TWO_YEARS, [systemSheet(TWO_YEARS, [[500, 1000], now])], settings));
    expect(municipal([650, 1000])).toEqual([]);
    expect(municipal([651, 1000])).toEqual(["jump"]);
    const stricter = { ...DEFAULT_VALIDATION_SETTINGS, jumpPoints: 10 };
    expect(municipal([600, 1000], stricter)).toEqual([]);
    expect(municipal([601, 1000], stricter)).toEqual(["jump"]);
  });
});

describe("small sample: fewer than 10 in the denominator", () => {
  const school = (den: number) => validate(ONE_YEAR, [schoolSheet(ONE_YEAR, [["МБОУ «СОШ № 1»", [5, den]]])]);

  test.each([
    [9, true],
    [10, false],
    [11, false],
  ])("denominator %i", (den, fires) => {
    expect(rules(school(den))).toEqual(fires ? ["smallSample"] : []);
  });

  test("the finding stands at the denominator and names the count and the default threshold", () => {
    const [finding] = school(9);
    expect(finding).toMatchObject({ severity: "warning", cell: "F4", period: "2024/2025" });
    expect(plain(finding.message)).toContain("малая выборка — 9 при пороге 10 (по умолчанию)");
  });

  test("on a system sheet too", () => {
    expect(rules(validate(ONE_YEAR, [systemSheet(ONE_YEAR, [[5, 9]])]))).toEqual(["smallSample"]);
    expect(rules(validate(ONE_YEAR, [systemSheet(ONE_YEAR, [[5, 10]])]))).toEqual([]);
  });
});

describe("outlier: a school more than 4 robust deviations (1.4826 × MAD) from the median of all", () => {
  // Eight schools at 40, 44, 46, 48, 50, 53, 55, 60 % and one more at x > 60 %: the median is 50 and the
  // absolute deviations 10, 6, 4, 2, 0, 3, 5, 10, x − 50 have the median 5, so the limit is
  // 50 + 4 × 1.4826 × 5 = 79.652 %. Denominators of 100 000 give shares to a thousandth of a point.
  const OTHERS = [40, 44, 46, 48, 50, 53, 55, 60];
  const group = (shares: readonly number[]) =>
    validate(ONE_YEAR, [
      schoolSheet(
        ONE_YEAR,
        shares.map((share, index) => [`ОО № ${index + 1}`, [Math.round(share * 1000), 100_000]] as const),
      ),
    ]);

  test.each([
    [79.651, false],
    [79.652, false],
    [79.653, true],
  ])("the ninth school at %f %%", (share, fires) => {
    const findings = group([...OTHERS, share]);
    expect(rules(findings)).toEqual(fires ? ["outlier"] : []);
    if (fires) expect(findings[0]).toMatchObject({ school: "ОО № 9", cell: "E12" });
  });

  test("the message gives the school's share and the median", () => {
    const [finding] = group([...OTHERS, 95]);
    expect(plain(finding.message)).toContain("у ОО № 9 за 2024/2025: 95,0 % — далеко от остальных ОО (медиана 50,0 %)");
  });

  test("outliers are looked for among 8 schools or more", () => {
    const far = [44, 46, 48, 50, 53, 55];
    expect(rules(group([...far, 100]))).toEqual([]); // 7 schools
    expect(rules(group([40, ...far, 100]))).toEqual(["outlier"]); // 8 schools
    expect(rules(group([40, 41, ...far, 100]))).toEqual(["outlier"]); // 9 schools
  });
});
