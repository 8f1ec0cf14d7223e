import msokoFunctionData from "../model/msokoFunctions.json";
import { paneShell } from "./paneShell";
import { valueTexts } from "./values";

/** The pane's and the command line's own words. */
export const appTexts = {
  ...valueTexts,
  taskpane: {
    ...paneShell,
    functionsTitle: "Функции МСОКО в ячейках",
    functionsIntro:
      "Функции работают в любой ячейке и принимают как отдельные значения, так и диапазоны: одна формула заполняет весь столбец. В русском Excel аргументы разделяются точкой с запятой.",
    insert: "Вставить в ячейку",
    inserted: (address: string) => `Формула вставлена в ячейку ${address}.`,
    insertFailed: (reason: string) => `Не удалось вставить формулу: ${reason}`,
    /** The pane's list of functions: from the registry of the MSOKO functions (base/model/msokoFunctions.json). */
    functions: msokoFunctionData.functions.map(({ name, summary, example }) => ({ name, summary, example })),
  },
  /** What the shells themselves say: the role store, errors of writing a plan. */
  shell: {
    /** Who wrote a file: its «Автор» / creator. */
    creator: "МСОКО для Excel",
    /** The header of the hidden sheet that keeps the sheets' roles. */
    roleHeader: ["Лист", "Роль"] as readonly string[],
    sheetMissing: (name: string) => `Лист «${name}» ещё не создан`,
    tableTaken: (table: string, sheet: string) =>
      `Таблица «${table}» уже есть на листе «${sheet}»: переименуйте или удалите её`,
    /** A table's column without a header. */
    column: (n: number) => `Столбец${n}`,
    listComma: "Элемент списка содержит запятую: такой список нужно брать из диапазона ячеек.",
    listTooLong: (limit: number) => `Список длиннее ${limit} знаков: его нужно брать из диапазона ячеек.`,
    badColour: (colour: string) => `Неверный цвет «${colour}»: ожидается #RRGGBB`,
    /** A logical value as a cell shows it. */
    logical: (value: boolean) => (value ? "ИСТИНА" : "ЛОЖЬ"),
  },
  cli: {
    /** An option's value in help, where the help table names none. */
    value: "ЗНАЧЕНИЕ",
    unknownCommand: (command: string) => `Неизвестная команда «${command}». Справка: msoko help`,
    unknownFramework: (id: string, known: string) => `Нет системы показателей «${id}». Есть: ${known}.`,
    unknownFunction: (name: string, known: string) => `Нет функции «${name}». Есть: ${known}.`,
    badOption: (message: string) => `Ошибка в параметрах: ${message}`,
    frameworkLine: (id: string, municipality: string, systems: string, indicators: string) =>
      `${id} — ${municipality}: ${systems}, ${indicators}`,
    systemLine: (code: string, label: string, criteria: string, indicators: string) =>
      `  ${code}. ${label} — ${criteria}, ${indicators}`,
    methodologyLine: (blocks: string, subsystems: string, positions: string) =>
      `federal — федеральная методика оценки механизмов управления: ${blocks}, ${subsystems}, ${positions}`,
  },
} as const;
