/** Texts of «Своё положение» in the pane: importing one's own appendix, picking from the library, adding one's own. */
export const ownTexts = {
  option: "Своё положение (из библиотеки или из файла)",
  examples: "Примеры: положения других муниципалитетов",
  /** Under the choice: what «Своё положение» is and what the four documents are. */
  choiceHint:
    "Своё положение — показатели вашего положения о МСОКО: из таблицы приложения (Word, Excel или текст, скопированный из Word) или из библиотеки, где собраны показатели четырёх положений-примеров. Примеры можно взять и как есть.",
  exampleHint: (municipality: string) =>
    `Пример: показатели положения о МСОКО (${municipality}) как есть. Свои показатели — вариант «Своё положение», первый в списке.`,
  bookHasOwn:
    "Книга построена по своему положению: её показатели — на листе «Показатели». Листы будут пересозданы по нему; чтобы собрать перечень заново, загрузите файл или выберите показатели ниже.",
  title: "Своё положение",
  addedSection: "добавлен вручную",
  loading: "Загрузка библиотеки показателей…",
  file: {
    title: "Таблица показателей из своего положения",
    intro:
      "Подойдёт таблица приложения «Критерий | Показатель | Единица измерения» — из документа Word (.docx), книги Excel (.xlsx) или скопированная из Word и вставленная ниже. Файл читается здесь, в панели, и никуда не отправляется.",
    pick: "Выбрать файл положения…",
    reading: "Чтение таблиц положения…",
    read: (source: string, systems: string, criteria: string, indicators: string) =>
      `${source}: прочитано ${systems}, ${criteria}, ${indicators}.`,
    pastedSource: "Вставленная таблица",
    paste: "Или вставьте таблицу, скопированную из Word",
    pasteHint: "Выделите в Word таблицу показателей целиком, скопируйте и вставьте сюда.",
    readPasted: "Прочитать вставленную таблицу",
    clear: "Убрать прочитанное",
    empty: (name: string) => `Файл «${name}» пустой.`,
    notDocx: (name: string) =>
      `Файл «${name}» не похож на документ Word (.docx): откройте его в Word или LibreOffice Writer и сохраните как «Документ Word (.docx)».`,
    oldWord: (name: string) =>
      `«${name}» — документ старого формата Word (.doc). Откройте его в Word или LibreOffice Writer, сохраните как «Документ Word (.docx)» и выберите снова.`,
    notWorkbook: (name: string) => `Файл «${name}» не похож на книгу Excel (.xlsx): сохраните его в формате .xlsx.`,
    unknownKind: (name: string) =>
      `Не знаю, как читать «${name}»: подходят документ Word (.docx), книга Excel (.xlsx) или текст таблицы, скопированный из Word.`,
    problemsTitle: "Не перенесено",
  },
  library: {
    title: "Показатели из библиотеки",
    intro: (entries: string) =>
      `В библиотеке ${entries} четырёх положений-примеров, по механизмам управления качеством и критериям. Одинаковые показатели разных положений показаны одним, с источниками. Отметьте нужные; название можно заменить своим — формулировка документа сохранится рядом.`,
    search: "Найти показатель",
    searchHint: "Слова из названия или критерия",
    found: (count: string) => `Найдено: ${count}.`,
    mechanism: (name: string, count: string, picked: number) =>
      picked > 0 ? `${name} — ${count}, выбрано ${picked}` : `${name} — ${count}`,
    noCriterion: "Без критерия",
    facts: (kind: string, unit: string, direction: string) => `${kind}, ${unit}, ${direction}`,
    sources: (list: string) => `Источники: ${list}`,
    source: (municipality: string, code: string) => `${municipality} (${code})`,
    label: "Своя формулировка",
    labelHint: (verbatim: string) => `В документе: «${verbatim}»`,
  },
  added: {
    title: "Свой показатель",
    intro: "Показатель, которого нет ни в файле, ни в библиотеке.",
    mechanism: "Механизм",
    criterion: "Критерий",
    defaultCriterion: "Свои показатели",
    name: "Название показателя",
    unit: "Единица измерения",
    add: "Добавить показатель",
    remove: (name: string) => `Убрать «${name}»`,
    done: (name: string) => `Показатель «${name}» добавлен.`,
  },
  guesses: {
    title: "Проверьте догадки",
    intro:
      "Единица измерения, вид, направление и для каких ОО угаданы по названию и единице в документе; похожий показатель библиотеки даёт способ расчёта и источник значений. Исправьте, где неверно.",
    group: (system: string, count: string) => `${system} — ${count}`,
    place: (table: number, row: number) => `Таблица ${table}, строка ${row}`,
    addedPlace: "Добавлен вручную",
    unitGuessed: (unit: string) => `${unit} (угадано: в документе не указана)`,
    unitRead: (verbatim: string) => `в документе: «${verbatim}»`,
    kind: (kind: string) => `Вид: ${kind}`,
    match: (label: string, similarity: number) =>
      `Похож на показатель библиотеки «${label}» (сходство ${similarity} %)`,
    noMatch: "Похожего в библиотеке нет: способ расчёта общий, уточните его на листе «Показатели».",
    byMunicipality: "по муниципалитету (одно значение на район)",
    confirm: "Догадки проверены",
    needConfirm: "Проверьте догадки и отметьте «Догадки проверены» — тогда листы можно создать.",
  },
  audienceChoices: {
    all: "все ОО",
    school: "школы",
    preschool: "детские сады",
    additional: "дополнительное образование",
    schoolPreschool: "школы и детские сады",
  },
  summary: {
    none: "Показатели ещё не выбраны: загрузите таблицу своего положения, отметьте показатели в библиотеке или добавьте свои.",
    chosen: (indicators: string, systems: string) => `В своём положении: ${indicators} в ${systems}.`,
  },
  nouns: {
    /** In the prepositional case: «в 3 системах». */
    systemsIn: ["системе", "системах", "системах"],
  },
} as const;
