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
  cli: {
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
