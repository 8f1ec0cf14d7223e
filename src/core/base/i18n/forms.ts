import { formatPlain, NounForms } from "../text/format";

const NBSP = "\u00a0";

/** Everything a user reads about forms for organisations and their collection. */
export const formsText = {
  sheetName: "Форма",
  idSheetName: "_msoko_form",
  title: (organisation: string) => `Форма сбора данных МСОКО: ${organisation}`,
  subtitle: (period: string, municipality: string) => `${municipality}, данные за${NBSP}${period}`,
  instructions: (period: string, previous: string | undefined) => [
    `Заполните жёлтые ячейки в${NBSP}столбцах за${NBSP}${period}.` +
      (previous ? ` Столбцы за${NBSP}${previous} даны для сверки, их менять не${NBSP}нужно.` : ""),
    "Доли не считайте: введите числитель и знаменатель, доля посчитается сама. Числитель не может быть больше знаменателя.",
    "Количества — целые числа. Где нужен ответ «да» или «нет», выберите его из списка.",
    "Если мероприятие не проводилось, впишите «не проводилось»: это не то же самое, что 0 или пустая ячейка.",
    "Не меняйте коды, подписи, листы и блок «Сведения о форме»: по нему книга узнаёт форму. Лист защищён без пароля, только чтобы случайно не стереть подписи.",
    "Сохраните файл в формате .xlsx (в любой программе: Excel, LibreOffice, Р7-Офис, МойОфис) и отправьте его обратно.",
  ],
  identityTitle: "Сведения о форме (не изменяйте)",
  identity: {
    book: "Книга",
    organisation: "Организация",
    period: "Период",
    catalog: "Версия каталога",
    framework: "Система показателей",
    issued: "Форма составлена",
  },
  givenFor: (period: string) => `Для сверки: ${period}`,
  fillFor: (period: string) => `Заполните: ${period}`,
  howHeader: "Что вводить",
  section: (system: string) => system,
  how: {
    share: (numerator: string, denominator: string) => `Числитель: ${numerator}. Знаменатель: ${denominator}.`,
    ratio: (numerator: string, denominator: string) => `Числитель: ${numerator}. Знаменатель: ${denominator}.`,
    count: (of: string) => `Количество: ${of}.`,
    flag: (flag: string) => `«да» или «нет»: ${flag}.`,
    value: (of: string) => `Значение: ${of}.`,
    total: "Итог считается сам по строкам «в т. ч.» ниже.",
  },
  check: {
    count: "Введите целое неотрицательное число или «не проводилось».",
    numerator: "Введите целое неотрицательное число, не больше знаменателя, или «не проводилось».",
    denominator: "Введите целое неотрицательное число, не меньше числителя, или «не проводилось».",
    decimal: "Введите неотрицательное число или «не проводилось».",
    percent: "Введите число от 0 до 100 или «не проводилось».",
    yesNo: "Выберите «да», «нет» или «не проводилось».",
    title: "Проверка данных",
  },

  // Collecting
  notAForm: "Это не форма МСОКО: в файле нет блока «Сведения о форме».",
  unreadable:
    "Файл не удалось открыть как книгу .xlsx: возможно, он повреждён или сохранён в другом формате (.xls, .ods).",
  otherBook: (book: string) =>
    `Форма составлена в другой книге (${book}): её данные сюда не переносятся. Отправьте ОО форму из этой книги.`,
  bookHasNoId: "Эта книга ещё не выдавала форм (у неё нет идентификатора): сначала сделайте формы из неё.",
  unknownOrganisation: (name: string) => `ОО «${name}» нет на листе «ОО» этой книги.`,
  otherPeriod: (form: string, wanted: string) =>
    `Форма за${NBSP}${form}, а собираются данные за${NBSP}${wanted}: её данные не переносятся.`,
  empty: "Форма не заполнена: в ней нет ни одного значения за собираемый период.",
  noTable: "В форме не найдена таблица показателей (строка заголовков с «Код»).",
  catalogChanged: (form: string, book: string) =>
    `Форма составлена по версии каталога ${form}, а в книге сейчас ${book}: строки, которых в книге нет, пропущены.`,
  unknownRow: (code: string) => `Строки с кодом ${code} нет в каталоге книги: её значения пропущены.`,
  notForOrganisation: (code: string) => `Показатель ${code} не собирается по ОО: значение пропущено.`,
  conflict: (indicator: string, field: string, book: string, form: string) =>
    `«${indicator}», ${field}: в книге ${book}, в форме ${form}`,
  duplicateInRun: (file: string) => `Форма этой ОО за тот же период уже получена в этом сборе («${file}»).`,

  bookIdAddedHere: "Книге присвоен идентификатор, по которому она узнаёт свои формы. Сохраните книгу.",

  // The «Сбор данных» sheet
  logSheetName: "Сбор данных",
  logTitle: "Сбор данных от ОО",
  logSummary: (received: number, total: number, period: string) =>
    `За${NBSP}${period}: получено ${formatPlain(received)} из${NBSP}${formatPlain(total)} форм.`,
  logNote:
    "Лист обновляется при каждом сборе форм. «Нет» в столбце «Получена» — ОО ещё не прислала форму; «отклонена» — форма пришла, но не прошла проверку.",
  logHeaders: ["ОО", "Период", "Получена", "Когда", "Файл", "Значений", "Ошибок", "Конфликтов", "Примечание"],
  received: { yes: "да", no: "нет", refused: "отклонена" },
  conflictsKept: "значения книги сохранены; чтобы заменить их, соберите с заменой",
  conflictsReplaced: "значения книги заменены значениями формы",

  // msoko forms / msoko collect
  cli: {
    noBook: "Укажите книгу: msoko forms КНИГА.xlsx --out ПАПКА",
    noOut: "Укажите папку для форм: --out ПАПКА",
    badPeriod: (period: string, known: string) => `Периода «${period}» нет в книге. Периоды книги: ${known}.`,
    noOrganisations: "На листе «ОО» нет организаций: формы делать не для кого.",
    bookIdAdded: (file: string) =>
      `Книге «${file}» присвоен идентификатор, по которому она узнаёт свои формы; книга сохранена.`,
    wroteForms: (count: string, folder: string, period: string) =>
      `Формы за${NBSP}${period}: ${count} в папке «${folder}».`,
    noRows: (organisation: string) =>
      `«${organisation}»: нет показателей, которые собираются с этой ОО; форма не сделана.`,
    collectUsage: "Укажите книгу, формы и выходной файл: msoko collect КНИГА.xlsx ФОРМА.xlsx… --out ИТОГ.xlsx",
    collectNoForms: "Укажите хотя бы один файл формы.",
    collectNoOut: "Укажите выходной файл: --out ИТОГ.xlsx",
    taken: (file: string, organisation: string, values: string) => `Принята: «${file}» — ${organisation}, ${values}.`,
    refused: (file: string) => `Отклонена: «${file}».`,
    reason: (message: string, cell?: string) => (cell ? `  ${cell}: ${message}` : `  ${message}`),
    warning: (message: string, cell?: string) =>
      cell ? `  ${cell}: предупреждение: ${message}` : `  предупреждение: ${message}`,
    conflicts: (count: string, replaced: boolean) =>
      replaced
        ? `  Заменены значения книги: ${count}.`
        : `  Конфликты (значения книги сохранены, заменить: --replace): ${count}.`,
    conflictLine: (cell: string, text: string) => `    ${cell}: ${text}`,
    summary: (taken: number, total: number, out: string) =>
      `Принято форм: ${formatPlain(taken)} из${NBSP}${formatPlain(total)}. Книга записана в «${out}».`,
  },
  nouns: {
    forms: ["форма", "формы", "форм"] as NounForms,
    values: ["значение", "значения", "значений"] as NounForms,
    conflicts: ["конфликт", "конфликта", "конфликтов"] as NounForms,
  },

  // The pane
  panel: {
    formsTitle: "Формы для ОО",
    formsIntro: "Файл .xlsx для каждой ОО: только её показатели, прошлогодние значения для сверки, проверка ввода.",
    period: "Период",
    makeForms: "Скачать формы (.zip)",
    zipName: (period: string) => `Формы ОО ${period.replace("/", "-")}.zip`,
    making: "Готовлю формы…",
    made: (count: string) => `Готово: ${count} в архиве.`,
    collectTitle: "Собрать формы",
    collectIntro: "Выберите или перетащите сюда заполненные формы. Сначала покажу, что в них, затем загружу в книгу.",
    pick: "Выбрать файлы",
    drop: "Перетащите файлы форм сюда",
    preview: "Проверить формы",
    replace: "Заменять значения книги значениями форм при конфликте",
    load: "Загрузить",
    loaded: (taken: number, total: number) => `Загружено форм: ${formatPlain(taken)} из${NBSP}${formatPlain(total)}.`,
    willTake: "будет принята",
    willRefuse: "будет отклонена",
    failed: (message: string) => `Не получилось: ${message}`,
  },
};
