import type { Mechanism } from "../catalog/mechanisms";

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
  problems: {
    noIndicator: (table: number, row: number, text: string) =>
      `Таблица ${table}, строка ${row}: нет текста показателя («${text}») — строка не перенесена.`,
    footnote: (table: number, row: number, text: string) =>
      `Таблица ${table}, строка ${row}: сноска или примечание («${text}») — не показатель, не перенесена.`,
    noTable:
      "В файле нет таблицы показателей: ищется таблица со столбцом «Показатель» (и, если есть, «Критерий», «Единица измерения»).",
  },
} as const;
