import type { Framework, Indicator, System } from "../../src/core/catalog/schema";
import type { CellValue } from "../../src/core/base/plan/types";
import type { Dataset } from "../../src/core/sheets/dataset";
import type { InputKey, ScannedCell } from "../../src/core/workbook/inputs";

/** Hand-made indicators, systems and datasets for the analysis tests: scanned sheets built directly. */

const SOURCE = { document: "000_114db9a20a22e4e2.txt", section: "Приложение 1", line: 1 };

export function makeIndicator(code: string, label: string, over: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: label,
    label,
    unit: "count",
    computation: { kind: "count", of: label },
    breakdowns: [],
    direction: "higher",
    collectedPer: "municipality",
    source: SOURCE,
    ...over,
  };
}

export const shareIndicator = (code: string, label: string, over: Partial<Indicator> = {}): Indicator =>
  makeIndicator(code, label, {
    unit: "percent",
    computation: { kind: "share", numerator: "часть", denominator: "все" },
    ...over,
  });

export function makeSystem(code: string, indicators: Indicator[]): System {
  return {
    code,
    name: `Система ${code}`,
    label: `Система ${code}`,
    sheetName: code,
    goals: [],
    tasks: [],
    criteria: [{ code: `${code}.1`, name: "", label: "", indicators }],
    source: SOURCE,
  };
}

export function makeFramework(systems: System[]): Framework {
  return { id: "test", municipality: "Тестовый район", title: "Тест", document: SOURCE.document, systems };
}

export type Typed = readonly [InputKey, CellValue];

/** A dataset with one municipal sheet and one school sheet holding the typed values (by whether a key names a school). */
export function makeDataset(
  framework: Framework,
  periods: string[],
  schools: string[],
  typed: readonly Typed[],
): Dataset {
  const sheet = (name: string, perSchool: boolean) => {
    const mine = typed.filter(([key]) => Boolean(key.school) === perSchool);
    const rowOf = new Map<string, number>();
    for (const [key] of mine) {
      const id = `${key.code}|${key.school ?? ""}`;
      if (!rowOf.has(id)) rowOf.set(id, rowOf.size + 1);
    }
    const cells: ScannedCell[] = mine.map(([key, value]) => ({
      key,
      value,
      row: rowOf.get(`${key.code}|${key.school ?? ""}`)!,
      col: 6,
    }));
    const rows = [...rowOf].map(([id, row]) => {
      const [code, school] = id.split("|");
      return { row, code, school: school || undefined };
    });
    return { name, perSchool, scan: { headerRow: 0, rows, cells, periods, columns: new Map<string, number>() } };
  };
  return {
    framework,
    indicators: new Map(
      framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).map((i) => [i.code, i]),
    ),
    periods,
    schools,
    sheets: [sheet("Система", false), sheet("Данные ОО", true)],
  };
}

export const typed = (
  code: string,
  field: InputKey["field"],
  period: string | undefined,
  value: CellValue,
  school?: string,
): Typed => [{ code, field, period, school }, value];
