import { type NounForms } from "../text/format";

/** «Показатели» and the names of a catalog's parts. */
export const catalogTexts = {
  catalogNouns: {
    system: ["система", "системы", "систем"],
    criterion: ["критерий", "критерия", "критериев"],
    indicator: ["показатель", "показателя", "показателей"],
    block: ["блок", "блока", "блоков"],
    subsystem: ["подсистема", "подсистемы", "подсистем"],
    position: ["позиция", "позиции", "позиций"],
  } as Readonly<Record<string, NounForms>>,
  catalogSheet: {
    sheetName: "Показатели",
    title: (municipality: string) => `Показатели МСОКО — ${municipality}`,
    note: "Это перечень показателей книги: формы сбора, проверки и отчёты строятся по нему. Чтобы учесть своё положение о МСОКО, переименуйте, добавьте или удалите строки. У каждого показателя должен быть свой код; строки с ошибками при чтении пропускаются, и о каждой сообщается. «Для каких ОО» (школы, детские сады, дополнительное образование или «все») решает, у каких ОО будет строка показателя на листах ввода.",
    headers: {
      code: "Код",
      systemCode: "Система (код)",
      system: "Система",
      criterion: "Критерий",
      name: "Показатель (как в документе)",
      label: "Показатель (краткое название)",
      unit: "Ед. изм.",
      computation: "Способ расчёта",
      numerator: "Числитель / признак",
      denominator: "Знаменатель / совокупность",
      breakdowns: "Разрезы",
      parts: "Части (в т. ч.)",
      direction: "Направление",
      collectedPer: "Сбор данных",
      audience: "Для каких ОО",
      source: "Источник",
    },
    units: { percent: "%", count: "ед.", yesno: "да/нет", ratio: "отношение", score: "балл" },
    computations: {
      share: "доля",
      count: "количество",
      yesno: "да/нет",
      ratio: "отношение",
      flagShare: "доля ОО по признаку",
      average: "среднее",
      score: "баллы",
    },
    directions: { higher: "больше — лучше", lower: "меньше — лучше", neutral: "нейтрально" },
    collectedPer: { school: "по ОО", municipality: "по муниципалитету" },
    audience: { school: "школы", preschool: "детские сады", additional: "дополнительное образование" },
    breakdowns: {
      level: "уровень мероприятия",
      educationLevel: "уровень образования",
      olympiadStage: "этап олимпиады",
      subject: "предмет",
      grade: "класс",
      procedure: "оценочная процедура",
    },
    sheetSection: "Лист «Показатели»",
    sheetSource: (row: number) => `Лист «Показатели», строка ${row}`,
    systemFallback: (code: string) => `Система ${code}`,
    chooseFromList: (what: string, items: readonly string[]) => `Выберите ${what} из списка: ${items.join(", ")}.`,
    listSubjects: {
      unit: "единицу измерения",
      computation: "способ расчёта",
      direction: "направление",
      collectedPer: "способ сбора данных",
    },
    problems: {
      noHeader:
        "На листе «Показатели» нет строки заголовков со столбцом «Код» — лист не прочитан, действует прежний перечень показателей.",
      missingColumns: (columns: readonly string[]) =>
        `На листе «Показатели» нет ${columns.length === 1 ? "столбца" : "столбцов"} ${columns.map((c) => `«${c}»`).join(", ")} — лист не прочитан, действует прежний перечень показателей.`,
      skipped: (row: number, reasons: readonly string[]) => `Строка ${row}: ${reasons.join("; ")} — строка пропущена.`,
      emptyCode: "не указан код показателя",
      badCode: (text: string) =>
        `код «${text}» записан неверно: нужны 2–5 латинских букв и номер через точку, например «ASN.1.01»`,
      duplicateCode: (code: string, row: number) => `код ${code} уже встречается в строке ${row}`,
      emptySystem: "не указан код системы",
      emptyName: "не указано название показателя",
      emptyUnit: "не указана единица измерения",
      unknownUnit: (text: string, allowed: string) => `неизвестная единица измерения «${text}»: укажите ${allowed}`,
      emptyComputation: "не указан способ расчёта",
      unknownComputation: (text: string, allowed: string) => `неизвестный способ расчёта «${text}»: укажите ${allowed}`,
      noNumerator: "у доли не указан числитель",
      noDenominator: "у доли не указан знаменатель",
      noRatioNumerator: "у отношения не указан числитель",
      noRatioDenominator: "у отношения не указан знаменатель",
      noFlag: "у доли ОО по признаку не указан признак",
      noPopulation: "у доли ОО по признаку не указана совокупность",
      noSubject: "не указано, что считается: заполните столбец «Числитель / признак»",
      unknownBreakdown: (text: string, allowed: string) => `неизвестный разрез «${text}»: укажите ${allowed}`,
      onePart: (part: string) =>
        `в графе «Части (в т. ч.)» одна часть «${part}»: перечислите две и больше через «;» или очистите графу`,
      unknownAudience: (text: string, allowed: string) =>
        `неизвестный тип ОО «${text}» в «Для каких ОО»: укажите ${allowed} или «все»; пустая ячейка — по названию`,
      emptyDirection: "не указано направление",
      unknownDirection: (text: string, allowed: string) => `неизвестное направление «${text}»: укажите ${allowed}`,
      emptyCollectedPer: "не указано, как собираются данные",
      unknownCollectedPer: (text: string, allowed: string) =>
        `неизвестный способ сбора данных «${text}»: укажите ${allowed}`,
      alternatives: (words: readonly string[]) => {
        const quoted = words.map((word) => `«${word}»`);
        return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} или ${quoted[quoted.length - 1]}`;
      },
    },
  },
} as const;
