import type { WordLayout } from "../model/wordLayout";
import { formatPlain } from "../text/format";

export type LayoutKey =
  | "wordFont"
  | "wordBodySize"
  | "wordTableSize"
  | "wordLineSpacing"
  | "wordMarginLeft"
  | "wordMarginRight"
  | "wordMarginTop"
  | "wordMarginBottom";

const GOST = "Как принято для служебных документов (ГОСТ Р 7.0.97-2016)";

/** What the user sees about the справка as a Word document: its settings, `msoko report` and the pane. */
export const wordReportTexts = {
  /** Rows of «Пороги результатов» that lay the Word document out. */
  layoutLabels: {
    wordFont: "Справка Word: шрифт",
    wordBodySize: "Справка Word: размер шрифта текста, пт",
    wordTableSize: "Справка Word: размер шрифта в таблицах, пт",
    wordLineSpacing: "Справка Word: междустрочный интервал",
    wordMarginLeft: "Справка Word: левое поле, см",
    wordMarginRight: "Справка Word: правое поле, см",
    wordMarginTop: "Справка Word: верхнее поле, см",
    wordMarginBottom: "Справка Word: нижнее поле, см",
  } satisfies Record<LayoutKey, string>,
  layoutSources: {
    wordFont:
      "Times New Roman; PT Astra Serif и Liberation Serif — свободные шрифты с теми же размерами букв (Р7-Офис, МойОфис, LibreOffice)",
    wordBodySize: `${GOST}: 12–14 пт; по умолчанию 14`,
    wordTableSize: "В таблицах шрифт можно уменьшить до 10–12 пт; по умолчанию 12",
    wordLineSpacing: "Одинарный (1) или 1,15; до 2",
    wordMarginLeft: `${GOST}: не менее 20 мм`,
    wordMarginRight: `${GOST}: не менее 10 мм; принято 15 мм`,
    wordMarginTop: `${GOST}: не менее 20 мм`,
    wordMarginBottom: `${GOST}: не менее 20 мм`,
  } satisfies Record<LayoutKey, string>,

  /** The title of the Word file offered for download: «Справка МСОКО 2024-2025.docx». */
  fileName: (period: string) => `Справка МСОКО ${period.replace("/", "-")}.docx`,

  cli: {
    noFile: "Укажите книгу: msoko report КНИГА.xlsx [--period 2024/2025] --out СПРАВКА.docx",
    noOut: "Укажите, куда записать справку: --out СПРАВКА.docx",
    notDocx: (file: string) => `Справка записывается в формате Word: имя файла должно оканчиваться на .docx (${file}).`,
    wrote: (file: string, period: string) =>
      `Справка за ${period}${period.includes("/") ? " учебный год" : " год"} записана в файл ${file}.`,
    layout: (layout: WordLayout) =>
      `Оформление: ${layout.font}, ${formatPlain(layout.bodySize)} пт (в таблицах ${formatPlain(layout.tableSize)} пт); изменить можно на листе «Пороги результатов».`,
    periodChosen: (period: string) => `Период не указан: взят последний период книги, ${period}.`,
  },

  pane: {
    button: "Скачать справку (Word)",
    hint: "Справка за выбранный период в формате Word (.docx): титул, выводы, таблицы. Книга не меняется.",
    working: "Готовим документ Word…",
    ready: (file: string) => `Документ «${file}» готов.`,
    save: "Сохранить файл",
    savedHint: "Если загрузка не началась, нажмите «Сохранить файл».",
    failed: (reason: string) => `Справку в Word сформировать не удалось: ${reason}`,
    macTitle: "В Excel для Mac и iPad скачать справку из панели нельзя",
    macText:
      "Excel для Mac и iPad не даёт надстройкам скачивать файлы. Получите справку в Word одним из способов: откройте эту книгу в Excel в браузере (Excel в Интернете) и нажмите «Скачать справку (Word)» там; или выполните в Терминале команду «msoko report КНИГА.xlsx --out СПРАВКА.docx».",
  },
};
