import { formatPlain } from "../text/format";
import { DEFAULT_WORD_LAYOUT as L } from "../model/wordLayout";
/**
 * What `msoko` says about itself: the general help, each command's `--help`, and the Russian messages for
 * mistakes in how a command is called. One entry per command: a new command adds its entry here, and the
 * general help and its `--help` follow from it (a test checks every option a command accepts is described).
 */

/** One option of a command as the help shows it: `--name VALUE  text`. */
import msokoFunctionData from "../model/msokoFunctions.json";

export interface OptionHelp {
  /** The placeholder of the option's value («ФАЙЛ.xlsx»); none for a flag. */
  readonly value?: string;
  /** What the option does; more than one line for a longer explanation. */
  readonly text: string | readonly string[];
}

export interface CommandHelp {
  /** How the command is called, as in the general help (without the leading «msoko»). */
  readonly synopsis: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** Positional arguments («КНИГА.xlsx»), each with its explanation. */
  readonly arguments?: Readonly<Record<string, string>>;
  /** Every option the command accepts, by its name without dashes. */
  readonly options: Readonly<Record<string, OptionHelp>>;
  /** Paragraphs after the options: defaults, what is written where. */
  readonly notes?: readonly string[];
}

export const commandHelp: Readonly<Record<string, CommandHelp>> = {
  catalog: {
    synopsis:
      "catalog [--json] [--framework ID] | --from ПОЛОЖЕНИЕ.docx --out КАТАЛОГ.xlsx | --new --out БИБЛИОТЕКА.xlsx",
    summary: "каталог показателей: системы показателей и их состав; своё положение из файла или из библиотеки",
    options: {
      json: { text: "весь каталог в JSON: системы → критерии → показатели" },
      framework: { value: "ID", text: "только эта система показателей (asino, tula, abinsk, taimyr или federal)" },
      from: {
        value: "ФАЙЛ",
        text: [
          "прочитать таблицы показателей своего положения: документ Word (.docx), книга (.xlsx),",
          "текст, скопированный из таблицы Word (.txt), или библиотека с отметками «да» в «Взять»",
        ],
      },
      new: { text: "записать библиотеку показателей четырёх положений, чтобы отметить свои" },
      out: { value: "ФАЙЛ.xlsx", text: "куда записать перечень показателей или библиотеку (с --from, --new)" },
      municipality: { value: "НАЗВАНИЕ", text: "муниципалитет своего положения (с --from)" },
    },
    notes: ["Затем: msoko build --catalog КАТАЛОГ.xlsx --periods … --municipality … --schools … --out КНИГА.xlsx."],
  },
  calc: {
    synopsis: "calc ФУНКЦИЯ АРГУМЕНТ…",
    summary: "вычислить функцию МСОКО, например: msoko calc SHARE 2819 3800",
    arguments: {
      ФУНКЦИЯ: `имя функции: ${msokoFunctionData.functions.map((f) => f.name).join(", ")}`,
      "АРГУМЕНТ…": "её аргументы по порядку, как в ячейке; дробные числа — с запятой или точкой",
    },
    options: {},
  },
  build: {
    synopsis:
      "build --framework ID --periods ПЕРИОДЫ --municipality НАЗВАНИЕ --schools ФАЙЛ --out КНИГА.xlsx [--in ПРЕЖНЯЯ.xlsx] [--formulas portable|msoko] [--catalog workbook|builtin]",
    summary: "создать книгу МСОКО или обновить прежнюю (--in), сохранив все введённые значения",
    options: {
      framework: { value: "ID", text: "система показателей: asino, tula, abinsk или taimyr (состав — msoko catalog)" },
      periods: { value: "ПЕРИОДЫ", text: "учебные годы «2022/2023,2023/2024» или календарные «2023,2024»" },
      municipality: { value: "НАЗВАНИЕ", text: "муниципалитет, например «Энский район»" },
      schools: {
        value: "ФАЙЛ",
        text: [
          "список ОО: текстовый файл (одна ОО в строке) или книга .xlsx",
          "(лист «ОО» или первый столбец первого листа)",
        ],
      },
      out: { value: "КНИГА.xlsx", text: "куда записать книгу" },
      in: {
        value: "ПРЕЖНЯЯ.xlsx",
        text: [
          "обновить эту книгу: введённые значения сохраняются; система показателей, периоды,",
          "муниципалитет и список ОО, если не указаны, берутся из неё",
        ],
      },
      formulas: {
        value: "portable|msoko",
        text: [
          "portable (по умолчанию): только встроенные функции, книга считается и без надстройки —",
          "в LibreOffice, МойОфис, Р7-Офис; msoko: функции надстройки MSOKO.*, нужен Excel с надстройкой",
        ],
      },
      catalog: {
        value: "workbook|builtin|КАТАЛОГ.xlsx",
        text: [
          "с --in: workbook (по умолчанию) — показатели с листа «Показатели» самой книги, с правками",
          "пользователя, как в надстройке; builtin — встроенный каталог системы показателей;",
          "КАТАЛОГ.xlsx — своё положение, прочитанное командой msoko catalog --from (система own)",
        ],
      },
    },
  },
  demo: {
    synopsis: "demo [--framework asino|tula|abinsk|taimyr] [--out ФАЙЛ.xlsx]",
    summary: "демонстрационная книга вымышленного района с данными и справкой",
    options: {
      framework: {
        value: "КОД",
        text: "по какому положению: asino (Асиновский район, по умолчанию), tula, abinsk, taimyr",
      },
      out: { value: "ФАЙЛ.xlsx", text: "куда записать книгу (по умолчанию demo/МСОКО-демо.xlsx)" },
    },
  },
  validate: {
    synopsis: "validate КНИГА.xlsx [--json]",
    summary: "проверить данные книги: ошибки и сомнительные значения по листам и ячейкам",
    arguments: { "КНИГА.xlsx": "книга, созданная командой msoko build или надстройкой" },
    options: { json: { text: "список находок в JSON" } },
    notes: ["Код выхода 1, если есть ошибки; 0, если только предупреждения или ничего не найдено."],
  },
  analyze: {
    synopsis: "analyze КНИГА.xlsx [--period ПЕРИОД] [--out ФАЙЛ.xlsx]",
    summary: "аналитическая справка за период на листе «Анализ …» (повторный запуск обновляет лист)",
    arguments: { "КНИГА.xlsx": "книга МСОКО с данными" },
    options: {
      period: { value: "ПЕРИОД", text: "период справки, например 2024/2025; по умолчанию — последний период книги" },
      out: { value: "ФАЙЛ.xlsx", text: "куда записать книгу; без --out книга перезаписывается" },
    },
    notes: ["Диаграммы строит только надстройка в Excel: в файл они не пишутся."],
  },
  report: {
    synopsis: "report КНИГА.xlsx [--period ПЕРИОД] --out СПРАВКА.docx",
    summary: "аналитическая справка в формате Word (.docx); книга не меняется",
    arguments: { "КНИГА.xlsx": "книга МСОКО с данными" },
    options: {
      period: { value: "ПЕРИОД", text: "период справки, например 2024/2025; по умолчанию — последний период книги" },
      out: { value: "СПРАВКА.docx", text: "куда записать документ Word" },
    },
    notes: [
      `Оформление по умолчанию: A4, поля ${[L.marginLeft, L.marginRight, L.marginTop, L.marginBottom].map(formatPlain).join(" / ")} см, ${L.font} ${L.bodySize} пт, в таблицах ${L.tableSize} пт; изменить его можно на листе «Пороги результатов» (строки «Справка Word: …»).`,
    ],
  },
  "self-assessment": {
    synopsis: "self-assessment --out ФАЙЛ.xlsx [--in КНИГА.xlsx] [--municipality НАЗВАНИЕ]",
    summary: "самооценка механизмов управления по федеральной методике (лист «Самооценка»)",
    options: {
      out: { value: "ФАЙЛ.xlsx", text: "куда записать книгу" },
      in: { value: "КНИГА.xlsx", text: "книга МСОКО: самооценка добавляется в неё, с матрицей «Цикл управления»" },
      municipality: { value: "НАЗВАНИЕ", text: "муниципалитет в заголовке листа" },
    },
  },
  import: {
    synopsis: "import КНИГА.xlsx ФАЙЛ… --out ВЫХОД.xlsx [--add-periods] [--replace] [--json]",
    summary: "загрузить результаты: отчёты ФИС ОКО, протоколы РЦОИ, статистику ЕГЭ региона, список ФИОКО",
    arguments: {
      "КНИГА.xlsx": "книга МСОКО, в которую загружаются результаты",
      "ФАЙЛ…": "файлы .xlsx или .csv (UTF-8 или Windows-1251); вид таблицы определяется по заголовкам",
    },
    options: {
      out: { value: "ВЫХОД.xlsx", text: "куда записать книгу; можно тот же файл, что и книга" },
      "add-periods": { text: "добавить в книгу периоды, которых в ней нет, а файлы их требуют" },
      replace: { text: "заменить значения, введённые вручную и отличные от файла (иначе — список расхождений)" },
      json: { text: "итог по каждому файлу в JSON" },
    },
    notes: [
      "Код выхода 0 — загружены все файлы; 1 — какой-то файл не загружен (остальные загружены, причина названа).",
      "Если не загружен ни один файл, книга не записывается. Файлы .xls сохраните как .xlsx.",
    ],
  },
  forms: {
    synopsis: "forms КНИГА.xlsx --out ПАПКА [--period ПЕРИОД]",
    summary: "формы для ОО: по файлу .xlsx на организацию, только её показатели, прошлый период для сверки",
    arguments: { "КНИГА.xlsx": "книга МСОКО со списком ОО на листе «ОО»" },
    options: {
      out: { value: "ПАПКА", text: "куда записать формы; файлы названы по ОО" },
      period: { value: "ПЕРИОД", text: "за какой период собирать данные (по умолчанию последний период книги)" },
    },
    notes: [
      "Если у книги ещё нет идентификатора, по которому она узнаёт свои формы, он добавляется и книга сохраняется.",
    ],
  },
  collect: {
    synopsis: "collect КНИГА.xlsx ФОРМА.xlsx… --out ИТОГ.xlsx [--replace] [--period ПЕРИОД]",
    summary: "собрать заполненные формы ОО в книгу и отметить на листе «Сбор данных», кто прислал",
    arguments: { "КНИГА.xlsx": "книга, из которой сделаны формы", "ФОРМА.xlsx…": "заполненные формы, сколько угодно" },
    options: {
      out: { value: "ИТОГ.xlsx", text: "куда записать книгу с данными форм (можно ту же книгу)" },
      replace: { text: "заменять значения книги значениями форм, если они различаются (иначе это конфликт)" },
      period: { value: "ПЕРИОД", text: "какой период собирается (по умолчанию последний период книги)" },
    },
    notes: [
      "Форма другой книги, за другой период или с ошибками не берётся вся; причина и ячейка выводятся.",
      "Код выхода 0, если взяты все формы; 1, если какие-то отклонены (остальные взяты).",
    ],
  },
};

export const cliText = {
  title: "msoko — МСОКО для Excel в командной строке",
  commands: "Команды:",
  usage: "Вызов:",
  arguments: "Аргументы:",
  options: "Параметры:",
  helpSynopsis: "help [КОМАНДА]",
  helpSummary: "эта справка; справка по команде — msoko КОМАНДА --help",
  helpOption: "эта справка",
  /** `msoko build --framwork`: an option the command does not know, with the nearest it does. */
  unknownOption: (command: string, option: string, nearest: string | undefined) =>
    `Команда msoko ${command} не знает параметра ${option}.${nearest ? ` Может быть, ${nearest}?` : ""} Справка: msoko ${command} --help`,
  missingValue: (option: string, value: string) => `После ${option} укажите значение: ${option} ${value}.`,
  noValueExpected: (option: string) => `Параметр ${option} пишется без значения.`,
  unexpectedArgument: (command: string, argument: string) =>
    `Команда msoko ${command} не принимает «${argument}» без имени параметра. Справка: msoko ${command} --help`,
} as const;

/** `msoko build --catalog`: where the indicators of an updated workbook come from. */
export const cliCatalogText = {
  badChoice: (text: string) =>
    `Неизвестный источник показателей «${text}»: укажите workbook, builtin или файл перечня показателей (.xlsx), записанный командой msoko catalog --from.`,
  needsIn: "--catalog workbook берёт показатели с листа «Показатели» прежней книги: укажите её параметром --in.",
  noSheet: (path: string) =>
    `В книге «${path}» нет листа «Показатели»: возьмите встроенный каталог (--catalog builtin).`,
  fromWorkbook:
    "Показатели: с листа «Показатели» книги, с правками пользователя (встроенный каталог — --catalog builtin).",
  builtin: "Показатели: встроенный каталог системы показателей.",
  otherFramework: (stored: string, chosen: string) =>
    `Показатели: встроенный каталог системы ${chosen} — лист «Показатели» книги составлен по системе ${stored} (взять его — --catalog workbook).`,
  problem: (message: string) => `Внимание (лист «Показатели»): ${message}`,
} as const;
