import { performance } from "node:perf_hooks";
import { findFramework } from "../src/core/catalog";
import { aggregate, rowMetrics } from "../src/core/features/results/metrics";
import { indicatorValuesFromResults } from "../src/core/features/results/indicators";
import { medallistIndicatorValues, medallistSigns } from "../src/core/features/results/medallists";
import { readMedallists, medallistsSheetPlan } from "../src/core/sheets/medallistsSheet";
import type { MedallistRow, Procedure, ResultRow } from "../src/core/base/model/results";
import { readResults, resultsSheetPlan } from "../src/core/sheets/resultsSheet";
import { readResultSettings, resultSettingsSheetPlan } from "../src/core/sheets/resultSettingsSheet";
import { objectivitySigns } from "../src/core/features/results/objectivity";
import { riskFlags } from "../src/core/features/results/risk";
import { stableGoodSchools } from "../src/core/features/results/stable";

const SUBJECTS = [
  "Русский язык",
  "Математика",
  "Физика",
  "Химия",
  "Биология",
  "География",
  "История",
  "Обществознание",
  "Информатика",
  "Английский язык",
];
const PERIODS = ["2022/2023", "2023/2024", "2024/2025"];
const PROCEDURES: readonly Procedure[] = ["ВПР", "ОГЭ", "ЕГЭ"];

function rows(schools: number): ResultRow[] {
  const out: ResultRow[] = [];
  let seed = 7;
  const next = (limit: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % limit);
  for (const period of PERIODS) {
    for (let s = 0; s < schools; s++) {
      for (const procedure of PROCEDURES) {
        for (const subject of SUBJECTS) {
          const participants = 15 + next(60);
          const n2 = next(Math.ceil(participants / 5));
          const n5 = next(participants - n2);
          const n4 = next(participants - n2 - n5);
          const n3 = participants - n2 - n5 - n4;
          const school = `МБОУ «СОШ № ${s + 1}»`;
          const grade = procedure === "ВПР" ? "5" : procedure === "ОГЭ" ? "9" : "11";
          const base = { period, school, procedure, subject, grade, participants };
          if (procedure === "ЕГЭ") {
            const bands = { belowMinimum: n2, upTo60: n3, from61to80: n4, from81to99: n5, hundred: 0 };
            out.push({ ...base, distribution: { kind: "bands", ...bands } });
          } else {
            const confirmation =
              procedure === "ВПР"
                ? { lowered: n2, confirmed: participants - n2 - (n5 % 3), raised: n5 % 3 }
                : undefined;
            out.push({ ...base, distribution: { kind: "marks", n5, n4, n3, n2 }, confirmation });
          }
        }
      }
    }
  }
  return out;
}

/** Five medallists per school and period, one in ten short of 70 in Russian. */
function medallists(schools: number): MedallistRow[] {
  return PERIODS.flatMap((period) =>
    Array.from({ length: schools * 5 }, (_, i) => ({
      period,
      school: `МБОУ «СОШ № ${Math.floor(i / 5) + 1}»`,
      graduate: String((i % 5) + 1),
      russian: i % 10 === 0 ? 64 : 88,
      mathProfile: 80,
      otherLowest: 75,
    })),
  );
}

const cellsOf = (plan: { blocks: readonly { cells: readonly (readonly unknown[])[] }[] }) =>
  plan.blocks[0].cells as Parameters<typeof readResults>[0];

/** Everything computed from procedure results for 200 schools × 10 subjects × 3 procedures × 3 periods. */
export function benchResults(): void {
  const data = rows(200);
  const framework = findFramework("asino");
  if (!framework) throw new Error("asino framework missing");
  console.log(`Results: 200 schools × 10 subjects × 3 procedures × 3 periods (${data.length} rows):`);
  const time = (label: string, run: () => unknown) => {
    const started = performance.now();
    const result = run();
    const count = Array.isArray(result) ? ` (${result.length})` : "";
    console.log(`  ${label.padEnd(42)} ${(performance.now() - started).toFixed(0)} ms${count}`);
  };
  time("metrics per row", () => data.map((row) => rowMetrics(row)));
  time("pooled by school × subject × period", () => aggregate(data, ["school", "subject", "procedure", "period"]));
  time("ШНОР risk flags", () => riskFlags(data, PERIODS));
  time("objectivity signs", () => objectivitySigns(data));
  time("stable good schools", () => stableGoodSchools(data, PERIODS));
  time("framework indicators from results", () => [...indicatorValuesFromResults(framework, data).values]);
  const schools = Array.from({ length: 200 }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
  const sheet = cellsOf(resultsSheetPlan(data, schools, PERIODS));
  time("«Результаты процедур» read back", () => readResults(sheet).rows);
  const graduates = medallists(200);
  const abinsk = findFramework("abinsk");
  if (!abinsk) throw new Error("abinsk framework missing");
  const medallistSheet = cellsOf(medallistsSheetPlan(graduates, schools, PERIODS));
  console.log(`Medallists: 200 schools × 5 × 3 periods (${graduates.length} rows):`);
  time("«Медалисты» read back", () => readMedallists(medallistSheet).rows);
  time("medallist signs", () => medallistSigns(graduates));
  time("Абинск indicators from medallists", () => [...medallistIndicatorValues(abinsk, graduates).values]);
  const settings = cellsOf(resultSettingsSheetPlan());
  time("«Пороги результатов» read back", () => readResultSettings(settings).problems);
}
