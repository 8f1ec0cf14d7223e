import { formatPlain } from "../text/format";

/** What a rebuild says about what the user put on our sheets, and the record of values fed from results. */
export const carryText = {
  /** «Значение» of an archived formula: kept as text, so it neither computes in the archive nor is lost. */
  archivedFormula: (formula: string) => `формула ${formula}`,
  archivedFormulaPattern: /^формула (=.+)$/s,
  formulasKept: (count: number, where: string) =>
    `Формулы, введённые в ячейки ввода, сохранены (${formatPlain(count)}): ${where}.`,
  overridesArchived: (count: number, where: string) =>
    `Значения, введённые поверх расчётных ячеек, перенесены на лист «Архив данных», а в ячейки возвращены формулы (${formatPlain(count)}): ${where}.`,
  formulaOverridesArchived: (count: number, where: string) =>
    `Формулы, введённые поверх расчётных ячеек, перенесены на лист «Архив данных» (как текст), а в ячейки возвращены формулы МСОКО (${formatPlain(count)}): ${where}.`,
  /** «Графа» of a total typed before its indicator was broken down: not an input column, so it stays archived. */
  totalColumn: (header: string) => `Итог до разбивки: ${header}`,
  totalsArchived: (count: number, where: string) =>
    `Итоги показателей, которые теперь вводятся по частям (этапам, уровням), перенесены на лист «Архив данных», а итог считается по строкам «в т. ч.» (${formatPlain(count)}): ${where}. Разнесите эти значения по частям.`,
  /** «Графа» of an archived cell note: not an input column, so the note never lands in a cell as a value. */
  noteColumn: (header: string) => `Примечание к ячейке «${header}»`,
  noteColumnPattern: /^Примечание к ячейке «.+»$/s,
  strayNotesArchived: (count: number, where: string) =>
    `Примечания к ячейкам вне таблиц МСОКО, которые лист перезаписывает, перенесены на лист «Архив данных» (${formatPlain(count)}): ${where}.`,
  referencesMoved: (count: number, where: string) =>
    `Таблицы МСОКО перестроены (добавлены или убраны периоды, показатели или ОО), и ячейки, на которые ссылаются формулы на ваших листах, теперь стоят в другом месте. Формулы оставлены как были и могут брать другие числа — проверьте их (${formatPlain(count)}): ${where}.`,
  /** «'Мои расчёты'!B2 читает '1 Подготовка'!M7 (…)». */
  userReference: (cell: string, what: string) => `${cell} читает ${what}`,
  referenceMoved: (cell: string, what: string, now: string) => `${cell} («${what}» теперь в ${now})`,
  referenceGone: (cell: string, what: string) => `${cell} («${what}» больше нет на листе)`,
  /** «Проверить данные»: a value filled from the results that the corrected results no longer give. */
  staleFed: (cell: string, stored: string, now: string | undefined) =>
    now === undefined
      ? `В ячейке ${cell} стоит ${stored} — значение, рассчитанное из результатов процедур при создании листов, но результаты больше не дают для неё значения. Чтобы обновить ячейку, выполните «Создать листы».`
      : `В ячейке ${cell} стоит ${stored} — значение, рассчитанное из результатов процедур при создании листов, а по исправленным результатам получается ${now}. Чтобы обновить значение, выполните «Создать листы».`,
  notesArchived: (count: number, where: string) =>
    `Примечания к ячейкам листов МСОКО перенесены на лист «Архив данных» (${formatPlain(count)}): ${where}.`,
  fedUpdated: (count: number) =>
    `Значения, рассчитанные из листа «Результаты процедур», обновлены по исправленным результатам: ${formatPlain(count)}.`,
  fedCleared: (count: number) =>
    `Результаты больше не дают значения для ячеек, заполненных из них ранее; ячейки очищены: ${formatPlain(count)}.`,
  userOverFed: (count: number, where: string) =>
    `Значения, введённые вручную вместо рассчитанных из результатов процедур, оставлены как есть (${formatPlain(count)}): ${where}. Чтобы ячейка снова следовала за результатами, введите в неё значение из результатов.`,
  /** One cell of a list: «'Лист'!F7: 15 (из результатов — 20)». */
  userCell: (where: string, typed: string, fromResults: string) =>
    `${where}: ${typed} (из результатов — ${fromResults})`,
  blank: "пусто",
  formula: "формула",
  none: "нет значения",
  andMore: (count: number) => `и ещё ${formatPlain(count)}`,
  fedSheetName: "Значения из результатов",
  fedHeaders: ["Код", "ОО", "Период", "Графа", "Записано из результатов"] as const,
  /** In the record: the cell is the user's, not ours to refill. */
  fedUser: "введено вручную",
} as const;
