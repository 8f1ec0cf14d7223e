import { formatNumber, formatPercent, formatPlain, formatPoints, NounForms, plural } from "../text/format";
import msokoFunctionData from "../model/msokoFunctions.json";
import { paneShell } from "./paneShell";
import { inSentence } from "../text/grammar";
import { valueTexts } from "./values";

/** Scores in the genitive, after «от» or «менее»: «от 81 балла», «менее 70 баллов». */
const SCORES_GENITIVE: NounForms = ["балла", "баллов", "баллов"];
const scoreAfterFrom = (score: number) => `${score}\u00a0${plural(score, SCORES_GENITIVE)}`;

/** Every message the core shows a user, in Russian, in one place. */
export const ru = {
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
  periods: {
    none: "Не указан ни один период",
    unreadable: (text: string) =>
      `Период «${text}» не распознан: укажите учебный год «2023/2024» или календарный «2024»`,
    notConsecutive: (text: string) => `В учебном году «${text}» годы должны идти подряд, например «2023/2024»`,
    duplicate: (text: string) => `Период «${text}» указан дважды`,
    mixed: "Учебные и календарные годы смешаны: выберите что-то одно",
  },
  sheets: {
    contents: "Содержание",
    schools: "ОО",
    archive: "Архив данных",
    schoolSheetSuffix: " (ОО)",
    clash: (wanted: string, used: string) =>
      `Лист «${wanted}» уже есть в книге и создан не надстройкой: он не тронут, наш лист назван «${used}».`,
    archived: (count: number) =>
      `Значения, которым нет места в новой разметке, перенесены на лист «Архив данных»: ${count}.`,
  },
  layout: {
    number: "№",
    criterion: "Критерий",
    indicator: "Показатель",
    unit: "Ед. изм.",
    better: "Лучше",
    code: "Код",
    school: "ОО",
    numerator: (period: string) => `Числитель ${period}`,
    denominator: (period: string) => `Знаменатель ${period}`,
    value: (period: string) => `Значение ${period}`,
    dynamics: (period: string) => `Динамика ${period}`,
    target: "Цель",
    status: "Статус",
    trend: "Тенденция",
    inputsGroup: "Ввод данных",
    valuesGroup: "Значения",
    dynamicsGroup: "Динамика",
    systemNote: (municipality: string) =>
      `${municipality}. Данные вводятся в жёлтые ячейки; значения, динамика, статус и тенденция считаются формулами.`,
    unitsNote:
      "Доли — в процентах (74,2, а не 0,742), динамика долей — в п.п., количеств — в %. Тенденция: изменение не больше 1 считается отсутствием изменения (допуск по умолчанию).",
    schoolSheetNote: (system: string) =>
      `${system}: данные по каждой ОО. Муниципальные значения на основном листе считаются как сумма числителей ÷ сумма знаменателей.`,
    schoolsTitle: (municipality: string) => `Образовательные организации: ${municipality}`,
    schoolsNote: "Список ОО можно дополнять: при следующем создании листов новые ОО появятся на листах ввода.",
    schoolName: "Наименование ОО",
    contentsTitle: (municipality: string) => `МСОКО: ${municipality}`,
    contentsPeriods: (periods: string) => `Периоды: ${periods}`,
    contentsFramework: (title: string) => `Система показателей: ${title}`,
    contentsSheet: "Лист",
    contentsAbout: "Что на листе",
    contentsLegend: "Жёлтые ячейки — ввод данных; серые — формулы; не вписывайте значения в серые ячейки.",
    aboutCatalog: "Каталог показателей этой книги: правьте его, чтобы изменить разметку",
    aboutSchools: "Список образовательных организаций",
    aboutSystem: "Муниципальные значения показателей",
    aboutSchoolSheet: "Ввод данных по каждой ОО",
    aboutArchive: "Значения, которым нет места в текущей разметке",
    archiveTitle: "Архив данных: значения, которым нет места в текущей разметке",
    archiveHeaders: ["Лист", "Код", "ОО", "Графа", "Значение"],
    unitWords: { percent: "%", count: "ед.", yesno: "да/нет", ratio: "отношение", score: "балл" },
    /** A part of a broken-down indicator, on the row under its total: «в т. ч. школьный этап». */
    partRow: (part: string) => `в т. ч. ${part}`,
    yes: "да",
    no: "нет",
    validationWhole: "Введите целое неотрицательное число или «не проводилось».",
    validationDecimal: "Введите неотрицательное число или «не проводилось».",
    validationPercent: "Введите число от 0 до 100.",
    validationYesNo: "Выберите «да» или «нет».",
  },
  operations: {
    notBuilt: "В книге нет листов МСОКО: сначала создайте их кнопкой «Создать листы».",
    otherVersion:
      "Книга сделана другой версией МСОКО: настройки на листе «Содержание» этой версией не читаются. Выберите систему показателей, периоды и ОО и создайте листы заново — введённые значения перейдут в новые листы, а то, что не найдёт места, — на лист «Архив данных».",
  },
  sheetsPanel: {
    tabSheets: "Листы",
    tabFunctions: "Функции",
    framework: "Система показателей",
    frameworkOption: (municipality: string, indicators: string) => `${municipality} (${indicators})`,
    useWorkbookCatalog: "Взять показатели с листа «Показатели» этой книги",
    periods: "Периоды",
    periodsHint: "Через запятую, в любом порядке. По умолчанию — три последних завершённых учебных года.",
    municipality: "Муниципалитет",
    municipalityDefault: "Муниципальный район",
    schools: "Образовательные организации",
    schoolsHint:
      "По одной в строке; можно вставить столбец из Excel. Тип (школа, детский сад, дополнительное образование) определяется по названию; исправить его можно на листе «ОО».",
    schoolsFromSheet: "Взять с листа «ОО»",
    schoolsFound: (count: string) => `С листа «ОО» взято: ${count}.`,
    schoolsNone: "На листе «ОО» нет организаций — впишите их здесь.",
    create: "Создать листы",
    portable: "Сделать книгу переносимой",
    portableHint:
      "Заменит функции MSOKO обычными формулами Excel: книга будет считать и без надстройки (LibreOffice, МойОфис, Р7-Офис).",
    working: (done: number, total: number) => `Запись в книгу: ${done} из ${total}`,
    created: "Листы созданы. Введённые ранее значения сохранены.",
    madePortable: "Книга переведена на обычные формулы Excel.",
    failed: (reason: string) => `Не удалось выполнить: ${reason}`,
    loading: "Загрузка каталога показателей…",
  },
  demo: {
    municipality: "Энский муниципальный район",
    /** The region the demo's references stand for: as fictitious as the municipality. */
    region: "Энская область",
    russia: "Россия",
    referenceSource: "Демонстрационные данные (как в статистике ФИС ОКО и РЦОИ)",
    schools: [
      "МБОУ «СОШ № 1»",
      "МБОУ «Лицей № 2»",
      "МБОУ «Гимназия № 3»",
      "МБОУ «СОШ № 4»",
      "МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»",
      "МБОУ «СОШ № 6»",
      "МБОУ «СОШ с. Новиково»",
      "МБОУ «СОШ п. Заречный»",
      "МБОУ «СОШ с. Ягодное»",
      "МБОУ «СОШ с. Светлое»",
      "МБОУ «СОШ с. Озёрное»",
      "МБОУ «ООШ с. Берёзовка»",
      "МБОУ «ООШ д. Ключи»",
      "МБОУ «ООШ с. Сосновка»",
      "МБОУ «ООШ д. Лесная Поляна»",
      "МБОУ «ООШ п. Речной»",
      "МКОУ «ООШ д. Ольховка»",
      "МКОУ «ООШ с. Кедровка»",
      "МБДОУ «Детский сад № 5 «Солнышко»»",
      "МБДОУ «Детский сад № 7 «Ромашка»»",
      "МБДОУ «Детский сад № 9 «Колокольчик»»",
      "МБДОУ «Детский сад № 11 «Берёзка»»",
      "МБДОУ «Детский сад № 12 «Теремок»»",
      "МБДОУ «Детский сад с. Новиково «Ласточка»»",
      "МБДОУ «Детский сад комбинированного вида № 14 «Радуга»»",
    ] as readonly string[],
    /** Subjects of the demo's procedure results, as methodologists type them. */
    subjects: {
      russian: "Русский язык",
      math: "Математика",
      mathProfile: "Математика (профильный уровень)",
      social: "Обществознание",
      informatics: "Информатика",
      biology: "Биология",
      geography: "География",
      chemistry: "Химия",
      physics: "Физика",
      history: "История",
    },
    wrote: (path: string) => `Демонстрационная книга записана: ${path}`,
    about: (municipality: string) =>
      `Муниципалитет «${municipality}» и все его организации вымышлены; данные сгенерированы и правдоподобны, но не реальны.`,
    gaps: (school: string, sheet: string, period: string, notHeld: { school: string; code: string; period: string }) =>
      `Для опробования проверки данных оставлены намеренно: ${school} не заполнила лист «${sheet}» за ${period}; у ${notHeld.school} за ${notHeld.period} в показателе ${notHeld.code} отмечено «не проводилось».`,
  },
  cliBuild: {
    noOut: "Укажите, куда записать книгу: --out КНИГА.xlsx",
    noFramework: (known: string) => `Укажите систему показателей: --framework ID (есть: ${known}).`,
    noPeriods: "Укажите периоды: --periods «2022/2023,2023/2024,2024/2025» или «2023,2024».",
    noMunicipality: "Укажите муниципалитет: --municipality «Название района».",
    noSchools: "Укажите список ОО: --schools ФАЙЛ (текстовый файл, одна ОО в строке, или книга .xlsx).",
    noSchoolsInFile: (path: string) => `В файле «${path}» не найдено ни одной ОО.`,
    noSchoolsInBook: (path: string) =>
      `В книге «${path}» на листе «ОО» нет ни одной организации: укажите список ОО параметром --schools ФАЙЛ.`,
    badFormulas: (text: string) => `Неизвестный вид формул «${text}»: укажите portable или msoko.`,
    outExists: (path: string) =>
      `Файл «${path}» уже существует. Чтобы обновить его с сохранением введённых данных, укажите --in «${path}»; чтобы создать книгу заново, удалите файл или выберите другое имя.`,
    schoolsFileMissing: (path: string) => `Файл со списком ОО «${path}» не найден.`,
    wrote: (path: string) => `Книга записана: ${path}`,
    updated: (from: string, path: string) => `Книга «${from}» обновлена, результат записан: ${path}`,
    framework: (id: string, title: string) => `Система показателей: ${id} — ${title}`,
    municipality: (name: string) => `Муниципалитет: ${name}`,
    periods: (labels: string) => `Периоды: ${labels}`,
    schools: (count: string) => `ОО: ${count}`,
    sheets: (count: string, names: string) => `Листы (${count}): ${names}`,
    flavour: {
      portable: "Формулы: переносимые — книга считается без надстройки, в том числе в LibreOffice, МойОфис и Р7-Офис.",
      msoko: "Формулы: функции надстройки MSOKO.* — книге нужен Excel с надстройкой МСОКО.",
    },
    notice: (text: string) => `• ${text}`,
    sheetNouns: ["лист", "листа", "листов"] as const,
    schoolNouns: ["организация", "организации", "организаций"] as const,
    schoolHeaders: [
      "оо",
      "наименование оо",
      "наименование",
      "организация",
      "образовательная организация",
      "школа",
      "название",
    ],
  },
  validation: {
    fieldName: { num: "числитель", den: "знаменатель", val: "значение", target: "цель" } as const,
    ofSchool: (school: string) => `у ${school}`,
    inPeriod: (period: string) => `за ${period}`,
    notNumber: (indicator: string, what: string, text: string) =>
      `«${indicator}»: ${what} — ожидается число, а введено «${text}».`,
    notYesNo: (indicator: string, what: string, text: string) =>
      `«${indicator}»: ${what} — ожидается «да», «нет» или «не проводилось», а введено «${text}».`,
    negative: (indicator: string, what: string, value: number) =>
      `«${indicator}»: ${what} — отрицательное число ${formatPlain(value)}.`,
    notWhole: (indicator: string, what: string, value: number) =>
      `«${indicator}»: ${what} — ожидается целое число, а введено ${formatPlain(value)}.`,
    above100: (indicator: string, what: string, value: number) =>
      `«${indicator}»: ${what} — доля ${formatPlain(value)} больше 100 %.`,
    /** «Количество участников ВсОШ» у школы: the regional stage has more than the municipal one it comes from. */
    stagesNotNested: (
      indicator: string,
      where: string,
      later: string,
      laterValue: number,
      earlier: string,
      earlierValue: number,
    ) =>
      `«${indicator}» ${where}: ${later} — ${formatPlain(laterValue)}, больше, чем ${earlier} — ${formatPlain(earlierValue)}. Участники следующего этапа выходят из предыдущего: проверьте значения.`,
    partAboveWhole: (indicator: string, where: string, num: number, den: number) =>
      `«${indicator}» ${where}: числитель ${formatPlain(num)} больше знаменателя ${formatPlain(den)}.`,
    zeroWhole: (indicator: string, where: string, num: number) =>
      `«${indicator}» ${where}: знаменатель равен 0 при числителе ${formatPlain(num)}.`,
    missingPair: (indicator: string, where: string, present: string, value: string, absent: string) =>
      `«${indicator}» ${where}: заполнен ${present} (${value}), но не ${absent}.`,
    missingPeriod: (indicator: string, where: string, filled: string) =>
      `«${indicator}» ${where}: нет данных, хотя заполнены другие периоды (${filled}).`.replace("  ", " "),
    smallSample: (indicator: string, where: string, den: number, limit: number) =>
      `«${indicator}» ${where}: малая выборка — ${formatPlain(den)} при пороге ${formatPlain(limit)} (по умолчанию); долю не стоит сравнивать и ранжировать.`,
    jump: (indicator: string, where: string, before: string, from: number, now: string, to: number, limit: number) =>
      `«${indicator}»${where ? ` ${where}` : ""}: резкое изменение с ${formatPercent(from)} за ${before} до ${formatPercent(to)} за ${now} (${formatPoints(to - from)}) при пороге ${formatPlain(limit)} п.п. (по умолчанию) — проверьте ввод.`,
    outlier: (indicator: string, where: string, share: number, median: number) =>
      `«${indicator}» ${where}: ${formatPercent(share)} — далеко от остальных ОО (медиана ${formatPercent(median)}); проверьте ввод.`,
    sameBase: (indicator: string, where: string, value: number, other: string, common: number) =>
      `«${indicator}» ${where}: знаменатель ${formatPlain(value)}, а у показателя «${other}» с той же базой — ${formatPlain(common)}.`,
    unknownSchool: (school: string) =>
      `ОО «${school}» нет в списке на листе «ОО»: добавьте её туда или исправьте название.`,
    duplicateRow: (code: string, school: string | undefined, first: number) =>
      `Строка показателя ${code}${school ? ` для ${school}` : ""} повторяется: первая — в строке ${first}.`,
    duplicateSchool: (school: string, first: number) =>
      `ОО «${school}» указана дважды: первая запись — в строке ${first}.`,
    schoolWithoutData: (school: string, sheet: string) => `${school}: на листе «${sheet}» нет ни одного значения.`,
    unknownPeriod: (period: string, expected: string) =>
      `Период ${period} в заголовке не входит в периоды книги (${expected}).`,
    summary: (errors: string, warnings: string) => `Найдено: ${errors}, ${warnings}.`,
    nothing: "Ошибок и сомнительных значений не найдено.",
    errorsNoun: ["ошибка", "ошибки", "ошибок"] as NounForms,
    warningsNoun: ["предупреждение", "предупреждения", "предупреждений"] as NounForms,
    severity: { error: "ошибка", warning: "предупреждение" } as const,
    sumMismatch: (total: number, sum: number) =>
      `Сумма строк ${formatPlain(sum)} не равна итогу ${formatPlain(total)} (разница ${formatPlain(sum - total)}).`,
    impossiblePercent: (percent: number, total: number) =>
      `${formatPercent(percent)} от ${formatPlain(total)} не получается ни при каком целом числе: проверьте долю или итог.`,
  },
  cliValidate: {
    noFile: "Укажите книгу для проверки: msoko validate КНИГА.xlsx [--json]",
    oneFile: (extra: string) => `Укажите одну книгу; лишнее: «${extra}».`,
    notBuilt: (path: string) =>
      `В книге «${path}» не найдены настройки МСОКО (лист «Содержание»): проверять можно книгу, созданную командой msoko build или надстройкой.`,
    catalogProblem: (message: string) => `Внимание (лист «Показатели»): ${message}`,
    sheet: (name: string, counts: string) => `Лист «${name}»: ${counts}`,
    line: (cell: string, severity: string, message: string) => `  ${cell} ${severity}: ${message}`,
  },
  validationPanel: {
    tab: "Проверка",
    run: "Проверить данные",
    intro:
      "Ищет ошибки ввода и сомнительные значения на листах МСОКО и отмечает ячейки: красным — ошибки, оранжевым — предупреждения. Пороги по умолчанию: скачок более 15 п.п., выборка меньше 10 участников.",
    sheetCount: (sheet: string, counts: string) => `${sheet}: ${counts}`,
    goTo: (cell: string) => `Перейти к ячейке ${cell}`,
    shownFirst: (shown: number, total: number) =>
      `Показаны первые ${shown} из ${total}; все ячейки отмечены на листах.`,
  },
  analysisSheet: {
    sheetName: (period: string) => `Анализ ${period.replace("/", "-")}`,
    title: (municipality: string, period: string) => `Аналитическая справка: ${municipality}, ${period} учебный год`,
    titleCalendar: (municipality: string, period: string) => `Аналитическая справка: ${municipality}, ${period} год`,
    subtitle: (periods: string) =>
      `Периоды сравнения: ${periods}. Доли — в процентах, их динамика — в п.п.; динамика количеств — в %. Текст составлен по данным книги: проверьте его перед подписью.`,
    system: (index: number, label: string) => `${index}. ${label}`,
    stages: {
      goals: "Цели",
      indicators: "Показатели и мониторинг",
      analysis: "Анализ: выводы",
      recommendations: "Адресные рекомендации",
      measures: "Меры и управленческие решения",
      effectiveness: "Анализ эффективности принятых мер",
    },
    headers: {
      indicator: "Показатель",
      unit: "Ед. изм.",
      dynamics: "Динамика",
      trend: "Тенденция",
      target: "Цель",
      status: "Статус",
      verdict: "Оценка",
    },
    verdicts: {
      improved: "улучшение",
      declined: "ухудшение",
      stable: "без изменений",
      unstable: "нестабильно",
      changed: "изменение",
      insufficient: "мало данных",
    },
    recommendation: (actor: string, text: string) => `${actor[0].toUpperCase()}${actor.slice(1)}: ${text}`,
    basis: (indicators: readonly string[]) =>
      indicators.length === 1
        ? `Основание: «${indicators[0]}».`
        : `Основания: ${indicators.map((label) => `«${label}»`).join("; ")}.`,
    noGoals: "Цели системы в положении не указаны.",
    noRecommendations: "Поводов для рекомендаций по данным нет.",
    measuresNote: "Решения с ответственными и сроками ведутся на листе «Управленческие решения».",
    decision: (text: string, responsible: string, deadline: string) => `${text} — ${responsible}, срок: ${deadline}.`,
    noDecisions: "Решений по показателям системы в реестре нет.",
    noAssessments: "Оценивать пока нечего: решений прошлых периодов по показателям системы нет.",
    chartShares: (system: string) => `${system}: основные доли по периодам`,
    chartSchools: (indicator: string, period: string) => `${indicator}, ${period}: по ОО`,
    chartData: "Данные для диаграмм",
    unknownPeriod: (period: string, periods: string) => `Периода ${period} в книге нет. Есть: ${periods}.`,
    bankSheet: "Банк формулировок",
    decisionsSheet: "Управленческие решения",
    suggestedDeadline: (year: number) => `31.05.${year}`,
  },
  analysis: {
    arrow: " → ",
    unstable: (subject: string, series: string) =>
      `${subject}: ${series} — нестабильно, направление изменений менялось.`,
    verdict: (word: string) => ` — ${word}`,
    absoluteChange: (subject: string, verb: string, from: string, to: string, delta: string, verdict: string) =>
      `${subject} ${verb} с ${from} до ${to} (${delta})${verdict}.`,
    yesNoChange: (subject: string, from: string, to: string, verdict: string) =>
      `${subject}: было «${from}», стало «${to}»${verdict}.`,
    valueNow: (subject: string, verb: string, value: string) => `${subject} ${verb} ${value}.`,
    valueNowStable: (subject: string, verb: string, value: string) =>
      `${subject} ${verb} ${value}, без существенных изменений.`,
    targetNotReached: (target: string) => `Целевое значение ${target} не достигнуто.`,
    schools: (parts: string) => `По ОО: ${parts}.`,
    schoolsFirst: (word: string, count: string, total: string) => `${word} в ${count} из ${total}`,
    schoolsMore: (word: string, count: string) => `${word} — в ${count}`,
    rise: "рост",
    fall: "снижение",
    stableSummary: (count: string) => `Без существенных изменений: ${count}.`,
    insufficientSummary: (count: string) =>
      `Недостаточно данных для оценки динамики (значения менее чем за два периода): ${count}.`,
    indicatorNoun: ["показатель", "показателя", "показателей"] as NounForms,
  },
  analysisPanel: {
    tab: "Справка",
    intro:
      "Аналитическая справка по каждой системе в порядке управленческого цикла: значения за три периода, динамика, выводы, адресные рекомендации и решения. Повторный запуск обновляет лист, не создавая копий.",
    period: "Отчётный период",
    periodHint: "По умолчанию — последний завершённый учебный год.",
    run: "Сформировать аналитическую справку",
    done: (sheet: string) => `Справка записана на лист «${sheet}».`,
    selfAssess: "Самооценка механизмов управления",
    selfAssessHint:
      "Лист «Самооценка» по федеральной методике: баллы по позициям, итоги по этапам и подсистемам, матрица цикла; введённые баллы сохраняются.",
    selfAssessed: "Лист «Самооценка» обновлён.",
  },
  recommendations: {
    triggers: {
      declined: "снижение",
      unstable: "нестабильно",
      notReached: "цель не достигнута",
      insufficient: "мало данных",
      lowSchools: "отстающие ОО",
      improved: "рост",
    },
    moreSchools: (count: number) => `и ещё ${count} ОО`,
    bankTitle: "Банк формулировок адресных рекомендаций",
    bankNote:
      "Формулировки взяты из мер и управленческих решений положений о МСОКО и программ повышения качества образования; их можно править, удалять и дополнять. {показатель} — название показателя, {ОО} — перечень ОО (пишите в скобках: если ОО не названы, скобки уберутся).",
    bankThemesNote:
      "Код начинается с темы: training — подготовка обучающихся, lowResults — ШНОР, talent — способности и таланты, career — профориентация, leaders — руководители, teachers — педагоги, upbringing — воспитание, preschool — дошкольное, objectivity — объективность, any — любая система. «Система (код)» ограничивает формулировку одной системой.",
    bankHeaders: {
      code: "Код",
      trigger: "Повод",
      actor: "Адресат",
      system: "Система (код)",
      text: "Формулировка",
      source: "Источник",
    },
    bankTriggerValidation: "Выберите повод из списка.",
    bankActorValidation: "Выберите адресата из списка.",
    bankProblem: (row: number, message: string) => `Банк формулировок, строка ${row}: ${message}`,
    unknownTrigger: (text: string, allowed: string) =>
      `${text ? `неизвестный повод «${text}»` : "не указан повод"} (допустимы: ${allowed}) — формулировка не используется.`,
    unknownActor: (text: string, allowed: string) =>
      `${text ? `неизвестный адресат «${text}»` : "не указан адресат"} (допустимы: ${allowed}) — формулировка не используется.`,
    emptyText: "формулировка пуста — строка не используется.",
    duplicateCode: (code: string, first: number) =>
      `код «${code}» уже есть в строке ${first} — эта строка не используется.`,
    decisionsTitle: "Управленческие решения",
    decisionsNote:
      "Реестр решений: что решено, кто отвечает, срок, код показателя, который решение должно изменить, период принятия и значение показателя тогда. В справке следующего периода эффект каждого решения оценивается по числам.",
    decisionsSuggestedNote:
      "Строки предложены по адресным рекомендациям справки: проверьте их, уточните ответственных и сроки, лишнее удалите.",
    decisionHeaders: {
      text: "Решение",
      responsible: "Ответственный",
      deadline: "Срок",
      indicatorCode: "Код показателя",
      period: "Период принятия",
      valueThen: "Значение тогда",
    },
    decisionValueValidation: "Введите число: значение показателя в периоде принятия решения.",
    decisionProblem: (row: number, message: string) => `Управленческие решения, строка ${row}: ${message}`,
    noDecisionText: "не указано решение — строка не учитывается.",
    noIndicatorCode: "не указан код показателя — эффект решения не оценить, строка не учитывается.",
    noPeriod: "не указан период принятия — строка не учитывается.",
    badPeriod: (text: string) =>
      `период принятия «${text}» не читается (нужно «2023/2024» или «2024») — строка не учитывается.`,
    noResponsible: "не указан ответственный — решение учтено, но укажите его.",
    noDeadline: "не указан срок — решение учтено, но укажите его.",
    badValue: (text: string) => `«${text}» в столбце «Значение тогда» — не число; значение возьмётся из данных книги.`,
    decisionSubject: (text: string, who: string) => `Решение «${text}»${who ? ` (${who})` : ""}`,
    deadlineBy: (date: string) => `до ${date}`,
    effectSentence: (subject: string, change: string, effect: string) => `${subject}: ${change} — ${effect}.`,
    effects: {
      positive: "эффект положительный",
      negative: "эффект отрицательный",
      none: (tolerance: string) => `эффекта нет: изменение в пределах допуска ${tolerance} (по умолчанию)`,
      neutral: "у показателя нет направления «лучше», эффект не оценивается",
    },
    shareTolerance: (points: number) => `${points}\u00a0п.п.`,
    yesNoChange: (label: string, from: string, to: string) => `«${label}»: было «${from}», стало «${to}»`,
    unknownIndicator: (subject: string, code: string) =>
      `${subject}: показателя с кодом ${code} нет в книге — эффект не оценить.`,
    noValue: (subject: string, label: string, period: string) =>
      `${subject}: нет значения показателя «${label}» за ${period} — эффект не оценить.`,
    notHeld: (subject: string, label: string, period: string) =>
      `${subject}: в ${period} процедура по показателю «${label}» не проводилась — эффект не оценить.`,
    current: (subject: string, period: string) =>
      `${subject}: принято в ${period}, эффект оценивается по данным следующего периода.`,
  },
  cliAnalyze: {
    noFile: "Укажите книгу: msoko analyze КНИГА.xlsx [--period 2024/2025] [--out ФАЙЛ.xlsx]",
    noPeriod: "Укажите период справки: --period 2024/2025",
    wrote: (sheet: string, file: string) => `Справка записана на лист «${sheet}» книги ${file}.`,
    summary: (systems: string, conclusions: string, recommendations: string) =>
      `Системы: ${systems}; выводы: ${conclusions}; рекомендации: ${recommendations}.`,
    noCharts: "Диаграммы в файл не записаны: их строит надстройка в Excel.",
    conclusionsNoun: ["вывод", "вывода", "выводов"] as NounForms,
    recommendationsNoun: ["рекомендация", "рекомендации", "рекомендаций"] as NounForms,
  },
  selfAssessment: {
    sheetName: "Самооценка",
    title: (municipality: string) => `Самооценка механизмов управления качеством образования: ${municipality}`,
    subtitle: (methodology: string) =>
      `По методике «${methodology}». Выставьте балл по каждой позиции в столбце «Балл»; максимум можно уточнить. Итоги, уровни и диаграмма пересчитываются формулами при каждом изменении.`,
    maximaNote:
      "В методике столбец «Максимальный балл» пуст: максимумы восстановлены по правилам начисления (отмечены «восстановлен») — проверьте их. Строки «Наличие неэффективных показателей…» — штраф: 0 или отрицательный балл.",
    thresholdLabel: "Порог уровня «полный», % от максимума (по умолчанию 75):",
    headers: {
      code: "Код",
      block: "Блок",
      subsystem: "Подсистема",
      stage: "Этап",
      position: "Позиция",
      rule: "Правило",
      maximum: "Максимум",
      maximumSource: "Максимум: источник",
      score: "Балл",
      remark: "Замечание",
    },
    reconstructed: "восстановлен",
    block: (code: string, name: string) => `${code}. ${name}`,
    subsystem: (code: string, label: string) => `${code} ${label}`,
    stages: {
      goals: "Цели",
      indicators: "Показатели и методы сбора информации",
      monitoring: "Мониторинг",
      analysis: "Анализ и адресные рекомендации",
      measures: "Меры и управленческие решения",
      effectiveness: "Анализ эффективности принятых мер",
    },
    levels: { full: "полный", partial: "частичный", absent: "отсутствует" },
    rules: {
      presence: "0/1 (правило по умолчанию)",
      presenceVerbatim: (verbatim: string) => `0/1: ${verbatim}`,
      perItem: (rule: string, items: string, max: number) => `${rule}: ${items} (0–${formatPlain(max)})`,
      perItemDefault: (points: number) => `по ${formatPlain(points)} за каждый пункт (правило по умолчанию)`,
      goalMatch: (rule: string) => `${rule}; за каждый показатель, в сумме до максимума`,
      goalMatchDefault: (matching: number, notMatching: number) =>
        `${formatPlain(matching)} — показатель соответствует обоснованной цели, ${formatPlain(notMatching)} — не соответствует (правило по умолчанию)`,
      graded: (min: number, max: number, rule: string) => `0 или ${formatPlain(min)}–${formatPlain(max)}: ${rule}`,
      penalty: (rule: string) => `штраф: ${rule}`,
      penaltyDefault: (points: number) =>
        `штраф: ${formatPlain(points)} за каждый неэффективный показатель (правило по умолчанию: в методике значение не указано)`,
    },
    checks: {
      notNumber: (code: string) => `Позиция ${code}: балл должен быть числом.`,
      presence: (code: string, value: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо 0 или 1.`,
      perItem: (code: string, value: number, points: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо от 0 до ${formatPlain(max)}, кратно ${formatPlain(points)} (по ${formatPlain(points)} за каждый пункт).`,
      goalMatch: (code: string, value: number, matching: number, notMatching: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо 0 или сумма баллов за показатели (${formatPlain(matching)} — соответствует цели, ${formatPlain(notMatching)} — не соответствует) не больше ${formatPlain(max)}.`,
      graded: (code: string, value: number, min: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо 0 или целое от ${formatPlain(min)} до ${formatPlain(max)}.`,
      penalty: (code: string, value: number, step: number) =>
        `Позиция ${code}: штраф ${formatPlain(value)} не по правилу — допустимо 0 или отрицательное число, кратное ${formatPlain(step)}.`,
      aboveMaximum: (code: string, value: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} больше максимума ${formatPlain(max)}.`,
    },
    validation: {
      presence: "Балл: 0 или 1.",
      range: (min: number, max: number) =>
        `Балл: целое число от ${formatPlain(min)} до ${formatPlain(max)} по правилу позиции.`,
      penalty: "Штраф: 0 или отрицательное целое число.",
      maximum: "Максимум: неотрицательное число.",
      threshold: "Порог: число от 0 до 100.",
    },
    contradictions: {
      noGoals: (subsystem: string, stage: string, codes: string, goalsStage: string, goalCodes: string) =>
        `«${subsystem}», этап «${stage}»: показатели (${codes}) оценены как соответствующие обоснованной цели, а этап «${goalsStage}» — 0 баллов (${goalCodes}).`,
      ineffective: (subsystem: string, stage: string, codes: string, penaltyCode: string) =>
        `«${subsystem}», этап «${stage}»: мониторинг оценён (${codes}), а строка ${penaltyCode} указывает неэффективные показатели — проверьте, по каким показателям ведётся мониторинг.`,
      noMonitoring: (
        subsystem: string,
        stage: string,
        codes: string,
        monitoringStage: string,
        monitoringCodes: string,
      ) =>
        `«${subsystem}», этап «${stage}»: оценены ${codes}, а этап «${monitoringStage}» — 0 баллов (${monitoringCodes}): анализировать и принимать меры не по чему.`,
      noMeasures: (subsystem: string, stage: string, codes: string, measuresStage: string, measuresCodes: string) =>
        `«${subsystem}», этап «${stage}»: оценено ${codes}, а этап «${measuresStage}» — 0 баллов (${measuresCodes}): эффективность каких мер оценена?`,
    },
    totalsTitle: "Итоги по подсистемам и этапам",
    totalsNote: "Баллы и максимумы суммируются формулами по столбцам «Балл» и «Максимум» выше.",
    totalsHeaders: {
      kind: "Итог",
      level: "Уровень",
      points: "Баллы",
      maximum: "Максимум",
      percent: "% от максимума",
    },
    totalKinds: { stage: "по этапу", subsystem: "по подсистеме", block: "по блоку", all: "всего" },
    allStages: "все этапы",
    allBlocks: "все блоки",
    matrixTitle: "Уровень подсистем по этапам управленческого цикла",
    matrixNote: (threshold: string) =>
      `«полный» — не меньше ${threshold} от максимума (порог по умолчанию, задаётся выше), «частичный» — баллы есть, но меньше порога, «отсутствует» — 0 баллов или балл не выставлен.`,
    chartTitle: "Самооценка: % от максимума по подсистемам",
    recommendationsTitle: "Рекомендации по самым слабым этапам",
    recommendationsNote: "Составлены по баллам на момент запуска; после изменения баллов запустите самооценку снова.",
    actor: "управлению образования",
    actions: {
      goals: "обосновать цели подсистемы с опорой на анализ результатов",
      indicators: "утвердить показатели, соответствующие обоснованным целям, и методы сбора информации",
      monitoring: "организовать мониторинг утверждённых показателей",
      analysis: "проводить анализ результатов мониторинга и готовить адресные рекомендации",
      measures: "принимать меры и управленческие решения по результатам анализа",
      effectiveness: "проводить анализ эффективности принятых мер",
    },
    recommendation: (subsystem: string, stage: string, points: number, max: number, percent: string, action: string) =>
      `по подсистеме «${subsystem}» этап «${stage}» набрал ${formatPlain(points)} из ${formatPlain(max)} баллов (${percent}) — ${action}.`,
    firstOf: (labels: readonly string[]) => ` В первую очередь: ${labels.map((label) => `«${label}»`).join("; ")}.`,
    noScores: "Баллы не выставлены: заполните столбец «Балл» и запустите самооценку снова.",
    allFull: (threshold: string) =>
      `Все этапы всех подсистем набрали не меньше ${threshold} от максимума: поводов для рекомендаций нет.`,
    checksTitle: "Проверка баллов",
    checksNote: "Нарушения правил начисления и противоречия между этапами на момент запуска.",
    noProblems: "Нарушений правил и противоречий между этапами не найдено.",
    cycle: {
      goals: (count: number) => `целей: ${formatPlain(count)}`,
      tasksOnly: "указаны только задачи",
      noGoals: "цели не указаны",
      indicators: (count: number) => `показателей: ${formatPlain(count)}`,
      noIndicators: "показатели не выбраны",
      monitoring: (filled: number, total: number) =>
        `данные введены по ${formatPlain(filled)} из ${formatPlain(total)} показателей`,
      noMonitoring: "данных мониторинга нет",
      analysis: (sheet: string) => `справка на листе «${sheet}»`,
      noAnalysis: "аналитической справки по системе нет",
      measures: (count: number) => `решений в реестре: ${formatPlain(count)}`,
      noMeasures: "решений по показателям системы нет",
      effectiveness: (count: number, period: string) => `решений до ${period}: ${formatPlain(count)}`,
      noEffectiveness: "решений прошлых периодов нет",
    },
  },
  rating: {
    sheetName: "Рейтинг руководителей",
    title: "Рейтинг руководителей образовательных организаций",
    subtitle: (period: string) =>
      `Программа управления качеством образования, раздел 4.2: эффективность руководителей ОО за ${period}. Баллы начисляются формулами по правилам программы: при вводе значений итог и уровень пересчитываются.`,
    dataNote: (sheets: string, values: number, points: number) =>
      `Из данных книги (${sheets}) взяты значения — ${values}, баллы пунктов, введённые в баллах, — ${points}: эти ячейки серые. Остальные значения вводятся вручную в жёлтые ячейки.`,
    noDataNote: "В данных книги нет значений для рейтинга: все значения вводятся вручную в жёлтые ячейки.",
    entryNote:
      "Доли — в процентах (74,2), количества — целыми числами, «да»/«нет» — из списка. Пустая ячейка — нет данных: строка не входит в сумму и считается в строке «Строк без данных». «Средняя по МО» — из данных книги (сумма числителей ÷ сумма знаменателей), а без них — среднее значений ОО в строке (по умолчанию).",
    bandsNote: (max: number) =>
      `Уровни эффективности в программе не заданы: границы ниже — по умолчанию (около 70 % и 40 % от ${max} баллов — суммы пунктов, у которых есть максимум), их можно изменить.`,
    openNote: (items: string) => `Баллы «за каждого» без предела начисляются в пунктах ${items}.`,
    bandFrom: { high: "Высокий уровень — от, баллов", medium: "Средний уровень — от, баллов" },
    bands: { high: "высокий", medium: "средний", low: "низкий" },
    headers: {
      code: "Код",
      item: "Пункт",
      rule: "Правило начисления баллов",
      max: "Макс. балл",
      average: "Средняя по МО",
    },
    valuesGroup: "Значения по ОО",
    pointsGroup: "Баллы по ОО",
    total: "Итого баллов",
    band: "Уровень",
    missing: "Строк без данных",
    givenPoints: "баллы с листа ввода",
    noMax: "без предела",
    rules: {
      none: "баллы в программе не указаны",
      yes: "да",
      no: "нет",
      otherwise: "иначе",
      average: "средней по МО",
      eachUnit: "за каждую единицу",
      eachStep: (per: string) => `за каждые полные ${per}`,
      reading: (text: string) => `Прочтение: ${text}.`,
    },
    validationYesNo: "Выберите «да» или «нет».",
    validationPercent: "Введите долю в процентах: число от 0 до 100.",
    validationCount: "Введите целое неотрицательное число.",
    validationScore: "Введите балл от 0 до 100.",
  },
  cycleSheet: {
    sheetName: "Цикл управления",
    title: (municipality: string) => `Управленческий цикл по системам книги: ${municipality}`,
    note: "Уровень каждого этапа определён по тому, что есть в книге: цели в положении, показатели в каталоге, введённые данные, лист анализа, решения и их оценка.",
    system: "Система",
    evidence: "На чём основано",
    evidenceLine: (system: string, stage: string, evidence: string) => `${system} — ${stage}: ${evidence}`,
    defaultMunicipality: "Муниципалитет",
  },
  cliSelfAssessment: {
    noOut: "Укажите файл: msoko self-assessment --out САМООЦЕНКА.xlsx [--in КНИГА.xlsx] [--municipality НАЗВАНИЕ]",
    wrote: (sheets: string, file: string) => `Записано в ${file}: ${sheets}.`,
  },
  results: {
    sheetName: "Результаты процедур",
    about: "Результаты ВПР, ОГЭ, ЕГЭ и других процедур по ОО: из них считаются показатели, риски и признаки",
    filled: (count: number) =>
      `Из листа «Результаты процедур» подставлено значений в пустые ячейки ввода: ${formatPlain(count)}.`,
    title: "Результаты оценочных процедур по ОО",
    note: "Одна строка — одна процедура, предмет и класс в одной ОО за один период. Введите число участников и распределение: для ВПР, ОГЭ, ГВЭ, РКР и диагностических работ — отметки «5»–«2», для ЕГЭ — число участников по диапазонам баллов (ниже минимума, от минимума до 60, 61–80, 81–99, 100). Для ВПР можно указать, сколько участников понизили, подтвердили или повысили отметку за четверть. Если процедура не проводилась, впишите в «Участники» «не проводилось». Серые столбцы считаются сами; «Сходится» проверяет, что распределение в сумме равно числу участников.",
    period: "Период",
    school: "ОО",
    procedure: "Процедура",
    subject: "Предмет",
    grade: "Класс",
    participants: "Участники",
    mark5: "«5»",
    mark4: "«4»",
    mark3: "«3»",
    mark2: "«2»",
    belowMinimum: "ЕГЭ: ниже минимума",
    upTo60: "ЕГЭ: до 60",
    from61to80: "ЕГЭ: 61–80",
    from81to99: "ЕГЭ: 81–99",
    hundred: "ЕГЭ: 100",
    lowered: "ВПР: понизили",
    confirmed: "ВПР: подтвердили",
    raised: "ВПР: повысили",
    quality: "Качество знаний, %",
    success: "Успеваемость, %",
    averageMark: "Средний балл",
    sou: "СОУ, %",
    highShare: "Доля высоких, %",
    addsUp: "Сходится",
    yes: "да",
    no: "нет",
    validationProcedure: "Выберите процедуру из списка.",
    validationSchool: "Выберите ОО из списка на листе «ОО».",
    noHeader: "На листе не найдена строка заголовков «Период», «ОО», «Процедура».",
    noPeriod: "не указан период",
    noSchool: "не указана ОО",
    noSubject: "не указан предмет",
    unknownProcedure: (text: string) =>
      `процедура «${text}» не из списка (ВПР, ОГЭ, ЕГЭ, ГВЭ, РКР, диагностическая работа)`,
    bothKinds: "заполнены и отметки, и диапазоны баллов ЕГЭ: оставьте что-то одно",
    numbersAfterNotHeld: "указано «не проводилось», но в строке есть числа",
    rowProblem: (row: number, what: string) => `Строка ${row}: ${what}.`,
    keptUnread: (count: number) =>
      `На листах «Результаты процедур» и «Медалисты» не прочитано строк: ${formatPlain(count)}. Они сохранены как введены и не учтены в расчётах; что исправить, покажет «Проверить данные».`,
    marksMismatch: (sum: number, participants: number) =>
      `сумма отметок «5»–«2» (${sum}) не равна числу участников (${participants})`,
    bandsMismatch: (sum: number, participants: number) =>
      `сумма участников по диапазонам баллов ЕГЭ (${sum}) не равна числу участников (${participants})`,
    confirmationMismatch: (sum: number, participants: number) =>
      `понизили + подтвердили + повысили (${sum}) не равно числу участников (${participants})`,
  },
  risk: {
    ...valueTexts.risk,
    twos: (threshold: number, ege: boolean) =>
      `${ege ? "доля не преодолевших минимальный порог" : "доля «2»"} не ниже ${formatPlain(threshold)}\u00a0%`,
    noTop: (ege: boolean, highFrom: number) =>
      ege ? `нет ни одного результата от ${scoreAfterFrom(highFrom)}` : "нет ни одной «5»",
    either: " и/или ",
    both: " и одновременно ",
    rule: (lines: string, isDefault: boolean) =>
      `Риск низких результатов (ШНОР): ${lines}${
        isDefault ? " (критерии ШНОР, Тула; правило по умолчанию)" : " (правило из настроек листа «Пороги результатов»)"
      }`,
    year: (
      period: string,
      ege: boolean,
      shareOfTwos: number,
      twos: number,
      total: number,
      top: number,
      highFrom: number,
    ) =>
      `${period}: ${ege ? "доля не преодолевших минимальный порог" : "доля «2»"} ${formatPercent(shareOfTwos)} (${formatPlain(twos)} из ${formatPlain(total)}), ${
        ege ? `результатов от ${scoreAfterFrom(highFrom)}` : "«5»"
      } — ${formatPlain(top)}`,
    flag: (school: string, procedure: string, risky: number, window: number, years: string) =>
      `${school}, ${procedure}: признаки риска низких результатов в ${formatPlain(risky)} из ${formatPlain(window)} последних периодов — ${years}.`,
    smallSample: (school: string, procedure: string, periods: string, smallSample: number) =>
      `${school}, ${procedure}: мало участников (${periods}; меньше ${formatPlain(smallSample)}) — риск по этим периодам не оценивался.`,
    smallPeriod: (period: string, participants: number) => `${period} — ${formatPlain(participants)}`,
    // Objectivity: prompts to check, never verdicts.
    place: (school: string, subject: string, grade: string, period: string) =>
      `${school}, ${inSentence(subject)}${grade ? `, ${grade} класс` : ""}, ${period}`,
    unconfirmedRule: (threshold: number, isDefault: boolean) =>
      `Доля участников ВПР, чья отметка не совпала с отметкой в журнале (понизили + повысили), больше ${formatPlain(threshold)}\u00a0% (${
        isDefault ? "порог по умолчанию" : "порог из настроек; по умолчанию 15\u00a0%"
      })`,
    unconfirmed: (
      place: string,
      unconfirmed: number,
      lowered: number,
      raised: number,
      total: number,
      threshold: number,
    ) =>
      `${place}: отметки ВПР не подтверждены отметками в журнале у ${formatPercent(unconfirmed)} участников (понизили ${formatPlain(lowered)}, повысили ${formatPlain(raised)} из ${formatPlain(total)}), порог ${formatPlain(threshold)}\u00a0% — повод проверить, как проводились и проверялись работы.`,
    vprAboveRule: (points: number, isDefault: boolean) =>
      `Качество знаний по ВПР выше муниципального более чем на ${formatPlain(points)} п.п. (${
        isDefault ? "порог по умолчанию" : "порог из настроек; по умолчанию 15 п.п."
      }), а по ОГЭ или ЕГЭ того же предмета в том же периоде — не выше муниципального`,
    examMeasure: (ege: boolean, highFrom: number) =>
      ege ? `доля результатов от ${scoreAfterFrom(highFrom)}` : "качество знаний",
    vprAbove: (
      place: string,
      vpr: number,
      municipal: number,
      exam: string,
      measure: string,
      school: number,
      examMunicipal: number,
    ) =>
      `${place}: качество знаний по ВПР ${formatPercent(vpr)} — на ${formatNumber(vpr - municipal)} п.п. выше муниципального (${formatPercent(municipal)}), а по ${exam} ${measure} ${formatPercent(school)} при муниципальном ${formatPercent(examMunicipal)} — повод проверить оценивание ВПР.`,
    objectivitySmall: (place: string, procedure: string, participants: number, smallSample: number) =>
      `${place}: мало участников ${procedure} (${formatPlain(participants)}, меньше ${formatPlain(smallSample)}) — признак не оценивался.`,
    // Stable good results.
    stableYear: (period: string, value: number, municipal: number) =>
      `${period}: ${formatPercent(value)} при ${formatPercent(municipal)} в муниципалитете (${formatPoints(value - municipal)})`,
    stable: (school: string, procedure: string, measure: string, count: number, years: string) =>
      `${school}, ${procedure}: ${measure} выше муниципального во всех ${formatPlain(count)} последних периодах (${years}), признаков риска нет — можно предложить поделиться опытом.`,
  },
  resultsAnalysis: {
    heading: "Результаты оценочных процедур: риски, признаки необъективности, устойчиво высокие результаты",
    rules: (rules: string) => `Применённые правила (меняются на листе «Пороги результатов»): ${rules}.`,
    risks: "ОО с признаками риска низких результатов (критерии ШНОР)",
    noRisks: "Признаков риска низких результатов по введённым результатам нет.",
    signs: "Признаки необъективности — повод проверить, а не вывод",
    noSigns: "Признаков необъективности по введённым результатам нет.",
    stable: "ОО с устойчиво высокими результатами — кандидаты для распространения опыта",
    noStable: "ОО с устойчиво высокими результатами за три периода нет.",
    recommendRisk: (schools: string) =>
      `Управлению образования и ИМЦ: включить в план адресной поддержки ОО с признаками риска низких результатов (${schools}).`,
    recommendStable: (schools: string) =>
      `ИМЦ: организовать трансляцию опыта ОО с устойчиво высокими результатами (${schools}).`,
  },
  resultSettings: {
    sheetName: "Пороги результатов",
    about:
      "Пороги «высоких» результатов, правила риска ШНОР, признаков необъективности и проверки медалистов: их можно менять",
    title: "Пороги и правила для результатов процедур",
    note: "Значения в столбце «Значение» можно менять. Пустая ячейка — значение по умолчанию. Формулы листов «Результаты процедур» и «Медалисты» берут пороги отсюда сразу; показатели, риски и признаки пересчитываются при «Создать листы» и «Сформировать справку».",
    parameter: "Параметр",
    value: "Значение",
    byDefault: "По умолчанию",
    source: "Откуда значение по умолчанию",
    either: "любое из условий",
    both: "оба условия сразу",
    yes: "да",
    no: "нет",
    labels: {
      egeHighFrom: "ЕГЭ: высокий результат — от, баллов",
      riskShareOfTwos: "ШНОР: доля «2» (не преодолевших минимум ЕГЭ) не ниже, %",
      riskNoTopMarks: "ШНОР: учитывать отсутствие «5» (высоких баллов ЕГЭ)",
      riskCombination: "ШНОР: как сочетать два условия",
      riskYears: "ШНОР: периодов с признаками риска не меньше",
      riskWindow: "ШНОР: из скольких последних периодов",
      unconfirmedAbove: "Объективность: не подтвердили отметку ВПР больше, %",
      vprAboveMunicipality: "Объективность: качество ВПР выше муниципального больше чем на, п.п.",
      smallSample: "Малая выборка: не оценивать, если участников меньше",
      medallistMinScore: "Медалисты: ожидаемый балл ЕГЭ не ниже",
      medallistMinBaseMark: "Медалисты: отметка по базовой математике не ниже",
    },
    sources: {
      egeHighFrom:
        "Абинский район и Тула: 81 балл и выше; 61 — если «высокими» считаются результаты от 61 балла. «От 80» по диапазонам не отличить от «от 81»: 80 баллов входит в диапазон 61–80",
      riskShareOfTwos:
        "Значение по умолчанию для процедур, которых нет в таблице правила ШНОР ниже (РКР, ГВЭ, диагностические работы): порог ВПР 4 класса из критериев ШНОР (Тула)",
      riskNoTopMarks: "Критерии ШНОР (Тула): нет ни одной «5», на ЕГЭ — ни одного результата 81+",
      riskCombination: "Значение по умолчанию: достаточно любого из условий",
      riskYears:
        "Для результатов, которых нет в таблице ниже; критерии ШНОР (Тула): не менее чем в двух из трёх последних периодов",
      riskWindow: "Для результатов, которых нет в таблице ниже; критерии ШНОР (Тула): три последних периода",
      unconfirmedAbove: "Значение по умолчанию: в документах порога нет",
      vprAboveMunicipality: "Значение по умолчанию: в документах порога нет",
      smallSample: "Значение по умолчанию: при меньшем числе участников доли неустойчивы",
      medallistMinScore: "Абинский район, 1.1, п. 3: «менее 70 баллов» — ниже ожидаемого",
      medallistMinBaseMark: "Абинский район, 1.1, п. 3: «4» и ниже по базовой математике — ниже ожидаемого",
    },
    validationChoice: "Выберите значение из списка.",
    validationNumber: "Введите число из допустимого диапазона.",
    notFound: (label: string) => `На листе «Пороги результатов» нет строки «${label}»: взято значение по умолчанию.`,
    problem: (row: number, label: string, what: string, fallback: string) =>
      `Лист «Пороги результатов», строка ${row} («${label}»): ${what}. Взято значение по умолчанию — ${fallback}.`,
    notNumber: (text: string) => `«${text}» — не число`,
    outOfRange: (value: number, min: number, max: number) =>
      `${formatPlain(value)} вне допустимого диапазона от ${formatPlain(min)} до ${formatPlain(max)}`,
    notWhole: (value: number) => `${formatPlain(value)} — не целое число`,
    notAllowed: (text: string, allowed: string) => `«${text}» — допустимо: ${allowed}`,
    yearsOverWindow: (years: number, window: number) =>
      `Лист «Пороги результатов»: периодов с риском (${formatPlain(years)}) больше, чем периодов в окне (${formatPlain(window)}); взято ${formatPlain(window)} из ${formatPlain(window)}.`,
    changed: (count: number) =>
      `Пороги результатов: изменено параметров по сравнению со значениями по умолчанию — ${formatPlain(count)}.`,
  },
  medallists: {
    sheetName: "Медалисты",
    duplicate: (graduate: string, first: number) =>
      `Выпускник «${graduate}» этой ОО за этот период уже указан в строке ${first}: повторная строка учитывается в расчётах второй раз.`,
    about: "Медалисты «За особые успехи в учении» и их результаты ГИА-11: проверка, подтверждены ли медали",
    title: "Медалисты «За особые успехи в учении»: результаты ГИА-11",
    note: "Одна строка — один выпускник 11 класса, получивший медаль «За особые успехи в учении». Вместо фамилии укажите код или номер выпускника: персональные данные на листе не нужны. Введите баллы ЕГЭ по русскому языку и профильной математике, отметку по базовой математике и наименьший балл ЕГЭ среди остальных сданных предметов; если экзамен не сдавался, оставьте ячейку пустой. «Ниже ожидаемого» считается сам: «да», если хотя бы один балл ЕГЭ ниже порога (по умолчанию — менее 70 баллов) или отметка по базовой математике ниже порога (по умолчанию — «4» и ниже).",
    period: "Период",
    school: "ОО",
    graduate: "Выпускник (код)",
    russian: "Русский язык, ЕГЭ",
    mathProfile: "Математика (профиль), ЕГЭ",
    mathBase: "Математика (база), отметка",
    otherLowest: "Наименьший балл ЕГЭ по другим предметам",
    below: "Ниже ожидаемого",
    yes: "да",
    no: "нет",
    validationSchool: "Выберите ОО из списка на листе «ОО».",
    validationScore: "Введите балл ЕГЭ — целое число от 0 до 100. Если экзамен не сдавался, оставьте ячейку пустой.",
    validationMark: "Введите отметку — целое число от 2 до 5. Если экзамен не сдавался, оставьте ячейку пустой.",
    noHeader: "На листе не найдена строка заголовков «Период», «ОО», «Выпускник (код)».",
    rowProblem: (row: number, what: string) => `Строка ${row}: ${what}.`,
    noPeriod: "не указан период",
    noSchool: "не указана ОО",
    noGraduate: "не указан код выпускника",
    notTaken: (what: string) => `${what}: если экзамен не сдавался, оставьте ячейку пустой`,
    scoreRange: (what: string, value: number) => `${what}: балл ЕГЭ должен быть от 0 до 100 (${formatPlain(value)})`,
    markRange: (what: string, value: number) => `${what}: отметка должна быть от 2 до 5 (${formatPlain(value)})`,
    noResult: "не введено ни одного результата ГИА-11 — заполните хотя бы один балл или отметку",
    // Sentences: prompts to check, never verdicts.
    subjectRussian: "русский язык",
    subjectMathProfile: "математика (профильный уровень)",
    subjectMathBase: "математика (базовый уровень)",
    subjectOther: "предмет по выбору",
    /** «64 балла». */
    scores: ["балл", "балла", "баллов"] as NounForms,
    /** After «менее»: «менее 70 баллов», «менее 61 балла». */
    scoresAfterLess: SCORES_GENITIVE,
    /** After «из»: «2 из 5 медалистов», «1 из 21 медалиста». */
    ofMedallists: ["медалиста", "медалистов", "медалистов"] as NounForms,
    numbered: (code: string) => `№\u00a0${code}`,
    mark: (mark: number) => `«${formatPlain(mark)}»`,
    result: (subject: string, value: string) => `${subject} ${value}`,
    graduateShortfalls: (graduate: string, results: string) => `${graduate} — ${results}`,
    rule: (lessThan: string, markAtMost: number, isDefault: boolean) =>
      `Медалист «За особые успехи в учении» ниже ожидаемого результата ГИА-11, если набрал на ЕГЭ менее ${lessThan} по русскому языку, профильной математике или другому предмету либо получил по базовой математике «${formatPlain(markAtMost)}» и ниже (${
        isDefault
          ? "пороги по умолчанию — из положения Абинского района"
          : "пороги из настроек; по умолчанию, как в положении Абинского района, — менее 70 баллов и «4» и ниже"
      })`,
    sign: (school: string, period: string, below: number, medallists: number, ofMedallists: string, details: string) =>
      `${school}, ${period}: ${
        medallists === 1 ? "у единственного медалиста" : `у ${formatPlain(below)} из ${ofMedallists}`
      } результат ГИА-11 ниже ожидаемого (${details}). Стоит сверить итоговые отметки с результатами ГИА.`,
  },
  organisations: {
    kindHeader: "Тип ОО",
    kinds: { school: "школа", preschool: "детский сад", additional: "дополнительное образование" },
    validationKind: "Выберите тип: «школа», «детский сад» или «дополнительное образование».",
    note: "Тип ОО определяет, какие строки ей нужны: детскому саду — показатели дошкольного образования, школе — результаты обучающихся, всем — показатели руководителей и педагогов. Тип предложен по названию; исправьте его, если он неверен, и создайте листы снова.",
    guessed: (count: number) =>
      `Тип ОО определён по названию у ${formatPlain(count)} ${plural(count, ["организации", "организаций", "организаций"])}: проверьте столбец «Тип ОО» на листе «ОО».`,
    unknownKind: (school: string, text: string) =>
      `Лист «ОО»: тип «${text}» у «${school}» не из списка — взят тип по названию.`,
  },
} as const;
