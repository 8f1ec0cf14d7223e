import * as ExcelJS from "exceljs";
import type { GridCell } from "../../src/core/features/import/model";

/**
 * Received files built in code, in each real layout with its quirks (preamble rows, merged headers,
 * percentages that sum to 100,01, «х» placeholders, numbers and years as text, =SUM subtotals).
 * Every school, code, login and pupil code is invented; no names of people appear.
 */

export type Grid = GridCell[][];

export interface SampleSchool {
  readonly name: string;
  readonly login: string;
  readonly code: string;
}

/** Schools of the invented «Энский район»; their names as ФИС ОКО and the region spell them differ from the book's. */
export function sampleSchools(count: number): SampleSchool[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `МБОУ «СОШ №${i + 1} г.Энска»`,
    login: `edu9${String(i + 1).padStart(5, "0")}`,
    code: String(770100 + i + 1),
  }));
}

/** The same schools as the book lists them: «МОУ "СОШ № 1 г. Энска"». */
export const bookName = (i: number) => `МОУ "Средняя общеобразовательная школа № ${i + 1} г. Энска"`;

const preamble = (title: string, subject: string, max: number): Grid => [
  ["Статистика по отметкам", null, null],
  [title, null, null],
  ["Предмет:", subject, null],
  ["Максимальный первичный балл:", String(max), null],
  ["Дата:", "20.04.2026", null],
  [null, null, null],
];

/** Percentages with two decimals as ФИС ОКО shows them; they may sum to 100,01. */
function percents(counts: number[], total: number): number[] {
  return counts.map((n) => Math.round((n / total) * 10000) / 100);
}

/** A school's marks «2»…«5», deterministic per index. */
export function marksOf(i: number, total: number): [number, number, number, number] {
  const n2 = (i * 3) % 5;
  const n5 = 2 + (i % 7);
  const n4 = Math.floor((total - n2 - n5) / 2);
  return [n2, total - n2 - n5 - n4, n4, n5];
}

/** ФИС ОКО «Статистика по отметкам»: Russia, region, municipality, then schools, marks in percent. */
export function statisticsGrid(schools: readonly SampleSchool[], subject = "Русский язык", grade = 4): Grid {
  const rows: Grid = [
    ...preamble(`ВПР 2026 ${subject} ${grade} класс`, subject, 24),
    ["Группы участников", "Кол-во ОО", "Кол-во участников", "2", "3", "4", "5"],
    ["Вся выборка", 39511, 1484001, 5.3, 28.42, 45.11, 21.17],
    ["Энская область", 402, 30120, 7.11, 33.02, 41.2, 18.67],
    ["Энский муниципальный район(reg77_m001)", String(schools.length), 2500, 6.2, 31.4, 43.3, 19.1],
  ];
  schools.forEach((school, i) => {
    const total = 20 + (i % 30);
    const [n2, n3, n4, n5] = marksOf(i, total);
    rows.push([`${school.name}(${school.login})`, null, String(total), ...percents([n2, n3, n4, n5], total)]);
  });
  return rows;
}

/** «Сравнение отметок с отметками по журналу», newer form: a group's «%» and «Кол-во участников» under a merged header. */
export function comparisonGrid(schools: readonly SampleSchool[]): Grid {
  const rows: Grid = [
    ...preamble("ВПР 2026 Русский язык 4 класс", "Русский язык", 24),
    [
      "Группы участников",
      "Кол-во участников(всего)",
      "Понизили (Отметка < Отметка по журналу)",
      null,
      "Подтвердили (Отметка = Отметке по журналу)",
      null,
      "Повысили (Отметка > Отметка по журналу)",
      null,
    ],
    [null, null, "%", "Кол-во участников", "%", "Кол-во участников", "%", "Кол-во участников"],
    ["Энская область", 30120, 12.5, 3765, 85, 25602, 2.5, 753],
    ["Энский муниципальный район(reg77_m001)", 2500, 10, 250, 88, 2200, 2, 50],
  ];
  schools.forEach((school, i) => {
    const total = 20 + (i % 30);
    const lowered = i % 4;
    const raised = i % 3;
    const confirmed = total - lowered - raised;
    rows.push([
      `${school.name}(${school.login})`,
      total,
      Math.round((lowered / total) * 10000) / 100,
      String(lowered),
      Math.round((confirmed / total) * 10000) / 100,
      confirmed,
      Math.round((raised / total) * 10000) / 100,
      raised,
    ]);
  });
  return rows;
}

/** The older «Сравнение» form: three rows under each group, percent only in one column. */
export function comparisonRowsGrid(schools: readonly SampleSchool[]): Grid {
  const rows: Grid = [
    ...preamble("ВПР 2025 Математика 5 класс", "Математика", 20),
    ["Группы участников", "Кол-во участников", "%"],
  ];
  schools.forEach((school, i) => {
    const total = 20 + i;
    rows.push([`${school.name}(${school.login})`, total, 100]);
    rows.push(["Понизили (Отметка < Отметка по журналу)", 2, null]);
    rows.push(["Подтвердили (Отметка = Отметке по журналу)", total - 3, null]);
    rows.push(["Повысили (Отметка > Отметка по журналу)", 1, null]);
  });
  return rows;
}

/** «Индивидуальные результаты»: pupils under group rows; some pupils have no mark (absent). */
export function individualGrid(schools: readonly SampleSchool[], pupils = 10): Grid {
  const rows: Grid = [
    ...preamble("ВПР 2026 Математика 5 класс", "Математика", 20),
    [null, null, null, null, null, null, "Уровень сложности задания", "Б", "Б", "П"],
    [
      "ОО",
      "Муниципалитет",
      "Название ОО",
      "Код участника",
      "Класс",
      "Вариант",
      "1 (2б)",
      "2 (1б)",
      "3 (2б)",
      "Первичный балл",
      "Отметка",
      "Отметка по журналу",
    ],
  ];
  schools.forEach((school, s) => {
    rows.push([`${school.name}(${school.login})`, "Кол-во участников: " + pupils, null]);
    for (let p = 0; p < pupils; p++) {
      const absent = p === pupils - 1;
      const mark = absent ? null : 2 + ((p + s) % 4);
      const journal = absent ? null : p % 3 === 0 ? Math.min(5, (mark ?? 2) + 1) : mark;
      rows.push([
        school.login,
        "Энский муниципальный район",
        school.name,
        String(10000 + s * 100 + p),
        p % 2 ? "5А" : "5Б",
        "1",
        "2",
        "1",
        "х",
        absent ? null : String(6 + p),
        mark === null ? null : String(mark),
        journal,
      ]);
    }
  });
  return rows;
}

const ORDINAL_SUBJECTS = ["Обществознание", "Математика"];

/**
 * РЦОИ protocol: per subject a block «12 - Обществознание 2026.07.03», header with empty columns left by
 * merged cells, pupils (personal columns hold invented placeholders), «Средние» closing the block.
 */
export function protocolGrid(schools: readonly SampleSchool[], exam: "ОГЭ" | "ЕГЭ", perSchool = 6): Grid {
  const rows: Grid = [["Протокол проверки результатов " + exam], [null]];
  const subjects = exam === "ЕГЭ" ? ["Обществознание", "Русский язык"] : ORDINAL_SUBJECTS;
  subjects.forEach((subject, k) => {
    rows.push([`${12 + k} - ${subject} 2026.0${6 + k}.0${3 + k}`]);
    rows.push([
      "№",
      "Код ОО",
      null,
      "Класс",
      "Код ППЭ",
      "Аудитория",
      "Код МСУ",
      "Фамилия",
      "Имя",
      "Отчество",
      "Задания с кратким ответом",
      "Задания с развёрнутым ответом",
      "Первичный балл",
      exam === "ЕГЭ" ? "Тестовый балл" : "Оценка",
    ]);
    let n = 0;
    schools.forEach((school, s) => {
      for (let p = 0; p < perSchool; p++) {
        n += 1;
        const result = exam === "ЕГЭ" ? [30, 45, 61, 80, 81, 100][(p + s) % 6] : 2 + ((p + s) % 4);
        rows.push([
          n,
          school.code,
          null,
          exam === "ЕГЭ" ? "11А" : "9Б",
          "0101",
          "0005",
          "77",
          "Участник",
          "Условный",
          "—",
          "++-+",
          "2(2)1(3)",
          String(10 + p),
          result,
        ]);
      }
    });
    rows.push([null, "Средние", null, null, null, null, null, null, null, null, null, null, 12.5, 3.5]);
  });
  return rows;
}

/** The region's per-school ЕГЭ statistics: a three-row merged header, numbering, «ВСЕГО по региону», =SUM subtotals. */
export function regionalGrid(schools: readonly SampleSchool[], other = 2): Grid {
  const metrics = [
    "приняло участие",
    "не преодолен min порог",
    "высокобалльники (80-99 баллов)",
    "получили 100 баллов",
    "средний балл",
  ];
  const rows: Grid = [
    ["Информация о результатах ЕГЭ выпускников школ в 2023 году"],
    [null],
    [
      "Муниципальное образование",
      "Образовательная организация (школа)",
      "Профиль (при наличии)",
      "Всего выпускников 2023 года",
      "из них",
    ],
    [
      null,
      null,
      null,
      null,
      "Русский язык, чел.",
      null,
      null,
      null,
      null,
      "Математика (профиль), чел.",
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, ...metrics, ...metrics],
    Array.from({ length: 14 }, (_, i) => i + 1),
    ["ВСЕГО по региону", null, null, 5400, 5380, 20, 410, 3, 68.2, 2900, 150, 80, 1, 55.1],
    ["Другой район", null, null, 300, 300, 2, 20, 0, 66, 150, 10, 3, 0, 50],
  ];
  for (let i = 0; i < other; i++)
    rows.push([null, `МБОУ «СОШ №${i + 1} с. Дальнее»`, null, 150, 150, 1, 10, 0, 66, 75, 5, 1, 0, 50]);
  rows.push([
    "Энский район",
    null,
    null,
    40 * schools.length,
    38 * schools.length,
    1,
    5,
    1,
    70.5,
    20 * schools.length,
    2,
    1,
    0,
    52,
  ]);
  schools.forEach((school, i) => {
    rows.push([
      null,
      school.name.replace("№", "№ "),
      "х",
      40,
      38,
      i % 2,
      2,
      i === 0 ? 1 : 0,
      70 + i / 10,
      20,
      "х",
      1,
      0,
      "52,5",
    ]);
  });
  return rows;
}

/** The ФИОКО list: «Год | Логин | Муниципалитет | ОО | 4 РУ | 4 МА | 5 РУ | 5 МА | Количество маркеров», the year as text. */
export function nonObjectivityGrid(schools: readonly SampleSchool[]): Grid {
  return [
    ["Перечень ОО с признаками необъективных результатов"],
    ["Год", "Логин", "Муниципалитет", "ОО", "4 РУ", "4 МА", "5 РУ", "5 МА", "Количество маркеров"],
    ["2025", schools[0].login, "Энский муниципальный район", schools[0].name, 1, null, 1, null, "2"],
    ["2025", "edu999999", "Другой район", "МБОУ «СОШ №1 с. Дальнее»", null, 1, null, null, 1],
  ];
}

/** A grid as CSV text with the given separator. */
export function csvOf(grid: Grid, sep = ";"): string {
  const cell = (value: GridCell) => {
    const text = value === null ? "" : String(value);
    return /[";,\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return grid.map((row) => row.map(cell).join(sep)).join("\r\n");
}

/**
 * Grids as the sheets of an .xlsx file, empty cells left out; `dress` then adds what a real download has
 * beyond values (merged header cells, a subtotal's formula) to each sheet.
 */
export async function xlsxOf(
  sheets: Readonly<Record<string, Grid>>,
  dress?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    grid.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
    dress?.(sheet);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
