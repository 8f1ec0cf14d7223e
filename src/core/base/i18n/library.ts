import type { Mechanism } from "../model/terms";

/** Texts of the indicator library and of reading one's own Положение. */
export const libraryTexts = {
  /** The federal methodology's mechanisms, as the Положения name them (Таймырский район, раздел 7). */
  mechanisms: {
    preparation: "Система оценки качества подготовки обучающихся",
    lowResults:
      "Система работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях",
    talents: "Система выявления, поддержки и развития способностей и талантов у детей и молодёжи",
    careers: "Система работы по самоопределению и профессиональной ориентации обучающихся",
    managers: "Система мониторинга эффективности руководителей всех образовательных организаций",
    teachers: "Система обеспечения профессионального развития педагогических работников",
    upbringing: "Система организации воспитания и социализации обучающихся",
    preschool: "Система мониторинга качества дошкольного образования",
    other: "Другие показатели",
  } satisfies Record<Mechanism, string>,
  /** Short worksheet names, at most 31 characters. */
  mechanismSheets: {
    preparation: "Подготовка обучающихся",
    lowResults: "ШНОР и ШНСУ",
    talents: "Способности и таланты",
    careers: "Профориентация",
    managers: "Руководители ОО",
    teachers: "Развитие педагогов",
    upbringing: "Воспитание",
    preschool: "Дошкольное образование",
    other: "Другие показатели",
  } satisfies Record<Mechanism, string>,
  ownMunicipality: "Своё положение",
  ownTitle: "Положение о муниципальной системе оценки качества образования",
  ownSource: (section: string, row: number) => `Своё положение, ${section}, строка ${row}`,
  tableSection: (table: number) => `приложение, таблица ${table}`,
  librarySection: "библиотека показателей",
  generic: {
    numerator: "число, указанное в числителе показателя",
    denominator: "число, указанное в знаменателе показателя",
    flag: "признак, указанный в показателе",
    population: "все ОО, к которым относится показатель",
  },
  kinds: {
    share: "доля",
    count: "количество",
    yesno: "да/нет",
    average: "среднее",
    score: "баллы",
    ratio: "отношение",
  },
  feeds: {
    results: "из результатов процедур",
    schools: "по ОО (формы, ввод)",
    municipality: "по муниципалитету",
  },
  librarySheet: {
    name: "Библиотека показателей",
    title: "Библиотека показателей МСОКО: все показатели четырёх положений, по механизмам управления",
    note: "Отметьте «да» в столбце «Взять» у показателей своего положения; в «Своя формулировка» можно записать название, как в вашем документе. Затем: msoko catalog --from этот-файл.xlsx --out КАТАЛОГ.xlsx. Одинаковые показатели разных документов показаны одной строкой с их источниками.",
    takeValidation: "Впишите «да», чтобы взять показатель, или оставьте ячейку пустой.",
    headers: {
      take: "Взять",
      mechanism: "Механизм",
      criterion: "Критерий",
      indicator: "Показатель",
      label: "Своя формулировка",
      unit: "Единица измерения",
      kind: "Вид",
      direction: "Направление",
      audience: "Для каких ОО",
      feed: "Откуда значения",
      sources: "Источники",
    },
  },
  reviewSheet: {
    name: "Разбор положения",
    title: "Как прочитаны таблицы положения",
    note: "Проверьте догадки: единица измерения там, где её нет в документе (помечена «угадано»), вид, направление, для каких ОО и похожий показатель библиотеки — от него показатель берёт способ расчёта и источник значений. Исправления вносите на лист «Показатели».",
    headers: {
      place: "Где в документе",
      system: "Система",
      criterion: "Критерий",
      indicator: "Показатель",
      unitVerbatim: "Ед. изм. в документе",
      unit: "Ед. изм. принята",
      kind: "Вид",
      direction: "Направление",
      audience: "Для каких ОО",
      match: "Похожий показатель библиотеки",
      similarity: "Сходство, %",
    },
    place: (table: number, row: number) => `таблица ${table}, строка ${row}`,
    guessed: (unit: string) => `${unit} (угадано)`,
    noMatch: "нет похожего — свой показатель",
    problemsTitle: "Не перенесено",
  },
  nouns: {
    system: ["система", "системы", "систем"],
    criterion: ["критерий", "критерия", "критериев"],
    indicator: ["показатель", "показателя", "показателей"],
  },
  cli: {
    noOut: "Укажите, куда записать результат: --out ФАЙЛ.xlsx.",
    outExists: (out: string) => `Файл «${out}» уже есть — выберите другое имя, чтобы ничего не затереть.`,
    notFound: (file: string) => `Файл «${file}» не найден.`,
    fromCatalogFile: (file: string) => `Показатели: с листа «Показатели» файла «${file}».`,
    noCatalogSheet: (file: string) =>
      `В «${file}» нет листа «Показатели», записанного МСОКО: сделайте его командой msoko catalog --from ПОЛОЖЕНИЕ.docx --out ${file}.`,
    notDocx: (file: string) =>
      `Файл «${file}» не похож на документ Word (.docx): откройте его в Word или LibreOffice Writer и сохраните как «Документ Word (.docx)».`,
    oldWord: (file: string) =>
      `«${file}» — документ старого формата Word (.doc). Откройте его в Word или LibreOffice Writer и сохраните как «Документ Word (.docx)», затем повторите команду.`,
    unknownKind: (file: string) =>
      `Не знаю, как читать «${file}»: подходят документ Word (.docx), книга Excel (.xlsx) или текст, скопированный из таблицы Word (.txt).`,
    read: (systems: string, criteria: string, indicators: string) =>
      `Прочитано: ${systems}, ${criteria}, ${indicators}.`,
    guesses: (guessed: number, matched: number, total: number) =>
      `Единица измерения угадана по названию у ${guessed} из ${total}; похожий показатель библиотеки найден у ${matched} из ${total}. Проверьте догадки на листе «Разбор положения».`,
    wroteCatalog: (out: string) =>
      `Записан перечень показателей: ${out} (листы «Показатели» и «Разбор положения»). Книга по нему: msoko build --catalog ${out} …`,
    wroteLibrary: (out: string, entries: string, sources: number) =>
      `Записана библиотека: ${out} — ${entries} из ${sources} строк четырёх положений. Отметьте «да» в «Взять», затем msoko catalog --from ${out} --out КАТАЛОГ.xlsx.`,
  },
  problems: {
    noIndicator: (table: number, row: number, text: string) =>
      `Таблица ${table}, строка ${row}: нет текста показателя («${text}») — строка не перенесена.`,
    footnote: (table: number, row: number, text: string) =>
      `Таблица ${table}, строка ${row}: сноска или примечание («${text}») — не показатель, не перенесена.`,
    noTable:
      "В файле нет таблицы показателей: ищется таблица со столбцом «Показатель» (и, если есть, «Критерий», «Единица измерения»).",
  },
} as const;
