import { DEFAULT_VALIDATION_SETTINGS } from "../model/results";
import { countOf, formatPlain, NounForms } from "../text/format";

/**
 * The task pane's own texts: the year's steps, the workbook status, confirmations, findings and
 * Excel's errors in Russian. Kept apart from ru.ts so the pane's first script stays light.
 */

const NBSP = "\u00a0";

const nouns = {
  value: ["значение", "значения", "значений"] as NounForms,
  school: ["организация", "организации", "организаций"] as NounForms,
  sheet: ["лист", "листа", "листов"] as NounForms,
  period: ["период", "периода", "периодов"] as NounForms,
  error: ["ошибка", "ошибки", "ошибок"] as NounForms,
  warning: ["предупреждение", "предупреждения", "предупреждений"] as NounForms,
  finding: ["замечание", "замечания", "замечаний"] as NounForms,
  row: ["строка", "строки", "строк"] as NounForms,
  step: ["шаг", "шага", "шагов"] as NounForms,
};

/** «12 мая 2026 г., 09:41» in Russian, from an ISO time. */
function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", year: "numeric" }).format(date);
  const time = new Intl.DateTimeFormat("ru-RU", { hour: "2-digit", minute: "2-digit" }).format(date);
  return `${day}, ${time}`.replace(/ /g, NBSP).replace(/,\u00a0/g, ", ");
}

/** A list of names, long lists shortened: «А, Б, В и ещё 4». */
function names(items: readonly string[], shown = 5): string {
  const quoted = items.map((item) => `«${item}»`);
  if (quoted.length <= shown) return quoted.join(", ");
  return `${quoted.slice(0, shown).join(", ")} и${NBSP}ещё ${quoted.length - shown}`;
}

export const pane = {
  nouns,
  when,
  names,
  skeleton: "Панель загружается…",
  tabsLabel: "Разделы панели",
  /** The button that opens the tabs a narrow pane could not show. */
  moreTabs: (count: number) => `Ещё разделы: ${count}`,
  sections: { import: "Загрузить результаты", forms: "Формы для ОО" },
  tabs: {
    sheets: "Листы",
    data: "Данные",
    check: "Проверка",
    report: "Отчёт",
    functions: "Функции",
  },
  panelLoading: "Загрузка раздела…",
  steps: {
    title: "Порядок работы",
    names: ["Листы", "Данные", "Проверка", "Справка"] as const,
    about: [
      "создать листы показателей для муниципалитета",
      "внести данные ОО или загрузить результаты процедур",
      "проверить данные и исправить ошибки",
      "сформировать аналитическую справку",
    ] as const,
    done: "выполнено",
    current: "текущий шаг",
    todo: "впереди",
    item: (index: number, name: string, state: string) => `Шаг ${index}. ${name}: ${state}`,
    next: "Дальше",
    go: (name: string) => `Перейти: ${name}`,
  },
  status: {
    title: "Книга",
    /** The one line shown before the details: «Энский район · 2022/2023 – 2023/2024 · 12 ОО». */
    line: (municipality: string, periods: readonly string[], schools: number) =>
      [municipality, periods.length > 1 ? `${periods[0]}${NBSP}– ${periods.at(-1)}` : periods[0], `${schools}${NBSP}ОО`]
        .filter(Boolean)
        .join(" · "),
    reading: "Читаю книгу…",
    empty: "В книге ещё нет листов МСОКО. Начните с шага 1: выберите систему показателей и создайте листы.",
    failed: (reason: string) => `Не удалось прочитать книгу. ${reason}`,
    reread: "Обновить сведения о книге",
    framework: "Система показателей",
    municipality: "Муниципалитет",
    periods: "Периоды",
    schools: "ОО",
    sheets: "Листы МСОКО",
    data: "Введено",
    dataNone: "данных ещё нет",
    dataCount: (values: number, rows: number) =>
      [values > 0 ? countOf(values, nouns.value) : "", rows > 0 ? `${countOf(rows, nouns.row)} результатов` : ""]
        .filter(Boolean)
        .join(", "),
    lastCheck: "Проверка",
    lastCheckNone: "не проводилась",
    lastCheckAt: (at: string, errors: number, warnings: number) =>
      `${when(at)}: ${countOf(errors, nouns.error)}, ${countOf(warnings, nouns.warning)}`,
    report: "Справка",
    reportNone: "не сформирована",
    reportFor: (periods: readonly string[]) => `за ${periods.join(", ")}`,
  },
  busy: {
    other: (operation: string) => `Дождитесь окончания операции «${operation}»: одновременно выполняется одна.`,
    progress: (operation: string) => `${operation}: ход выполнения`,
    written: (done: number, total: number) => `Запись в книгу: ${done} из ${total}`,
  },
  operations: {
    create: "Создать листы",
    portable: "Сделать книгу переносимой",
    check: "Проверить данные",
    report: "Сформировать справку",
    selfAssess: "Самооценка",
    insert: "Вставить формулу",
    preview: "Сравнение с книгой",
    demo: "Демо-книга",
  },
  sheetsForm: {
    intro:
      "Выберите систему показателей, периоды и ОО. Если книга уже создана, форма заполнена её настройками; повторный запуск сохраняет введённые значения.",
    prefilled: "Форма заполнена настройками этой книги.",
    portableHint:
      "Заменит функции MSOKO обычными формулами Excel: книга будет считать и без надстройки (LibreOffice, МойОфис, Р7-Офис).",
    schoolsCount: (count: number) => `В списке: ${countOf(count, nouns.school)}.`,
    createdNext: "Листы созданы. Дальше — шаг 2: внесите данные ОО в жёлтые ячейки или загрузите результаты процедур.",
    rerunDone: "Листы обновлены, введённые значения сохранены.",
    demo: "Создать демо-книгу",
    demoHint:
      "Демо-книга — листы выбранного положения с вымышленными ОО и данными за три года: посмотреть, как всё работает, до своих данных. Создаётся только в пустой книге.",
    demoOwn: "Демо-книга есть для положений-примеров: выберите одно из них в списке «Система показателей».",
    demoDone:
      "Демо-книга создана: ОО и данные вымышленные. Дальше — шаг 3: проверьте данные, затем сформируйте справку.",
  },
  confirm: {
    title: "Изменить книгу?",
    intro: "Повторное создание листов изменит книгу. Отменить это через «Отменить» в Excel будет нельзя:",
    municipality: (from: string, to: string) => `Муниципалитет будет переименован на всех листах: «${from}» → «${to}».`,
    framework: (from: string, to: string) => `Система показателей сменится: «${from}» → «${to}».`,
    droppedPeriods: (periods: readonly string[]) =>
      `Из разметки уйдут периоды (${periods.length}): ${periods.join(", ")}.`,
    addedPeriods: (periods: readonly string[]) => `Добавятся периоды: ${periods.join(", ")}.`,
    droppedSchools: (list: readonly string[]) => `Из списка ОО будут убраны (${list.length}): ${names(list)}.`,
    addedSchools: (count: number) => `Добавятся ${countOf(count, nouns.school)}.`,
    archived: (count: number) =>
      `${countOf(count, nouns.value)} ${count % 10 === 1 && count % 100 !== 11 ? "будет перенесено" : "будут перенесены"} на лист «Архив данных»: они не пропадут, но уйдут из таблиц.`,
    safe: "Остальные введённые значения сохранятся.",
    apply: "Изменить книгу",
    cancel: "Отмена",
    cancelled: "Книга не изменена.",
  },
  data: {
    intro:
      "Внесите значения в жёлтые ячейки листов систем и листов «(ОО)»: числитель и знаменатель — доля посчитается сама. Результаты ВПР, ОГЭ и ЕГЭ вносятся на лист «Результаты процедур». Когда данные внесены, проверьте их.",
  },
  check: {
    intro: `Ищет ошибки ввода и сомнительные значения на листах МСОКО и отмечает ячейки: красным — ошибки, оранжевым — предупреждения. Пороги по умолчанию: скачок более ${formatPlain(DEFAULT_VALIDATION_SETTINGS.jumpPoints)} п.п., выборка меньше ${countOf(DEFAULT_VALIDATION_SETTINGS.smallSample, ["участника", "участников", "участников"])}.`,
    noData:
      "Данных ещё нет: в таблицах МСОКО не введено ни одного значения. Внесите данные ОО в жёлтые ячейки или загрузите результаты, затем проверьте снова.",
    clean: "Ошибок не найдено.",
    summary: (errors: number, warnings: number) =>
      `Найдено: ${countOf(errors, nouns.error)}, ${countOf(warnings, nouns.warning)}. Ячейки отмечены на листах.`,
    cleanNext: "Ошибок не найдено. Дальше — шаг 4: сформируйте справку.",
    filter: "Показать",
    filterAll: "все",
    filterErrors: "ошибки",
    filterWarnings: "предупреждения",
    group: (sheet: string, count: number) => `${sheet}: ${countOf(count, nouns.finding)}`,
    kind: (kind: string, count: number) => `${kind} — ${count}`,
    severity: { error: "ошибка", warning: "предупреждение" } as const,
    cell: (cell: string) => `ячейка ${cell}`,
    page: (page: number, pages: number) => `Страница ${page} из ${pages}`,
    previous: "Назад",
    nextPage: "Далее",
    pagesLabel: "Страницы замечаний",
    nothingShown: "Нет замечаний выбранного вида.",
    rules: {
      type: "не тот тип значения",
      range: "значение вне допустимых границ",
      partAboveWhole: "числитель больше знаменателя",
      zeroWhole: "нулевой знаменатель",
      missingPair: "нет пары числитель–знаменатель",
      missingPeriod: "пропущен период",
      schoolWithoutData: "ОО без данных",
      sameBase: "одинаковая база",
      jump: "резкий скачок",
      outlier: "сильно отличается от других ОО",
      smallSample: "малая выборка",
      unknownSchool: "ОО нет в списке",
      duplicateRow: "повтор строки",
      duplicateSchool: "повтор ОО",
      unknownPeriod: "неизвестный период",
      breakdown: "разбивка не сходится с итогом",
      stages: "этапы не вложены",
    } as Readonly<Record<string, string>>,
  },
  report: {
    intro:
      "Аналитическая справка по каждой системе в порядке управленческого цикла: значения за периоды, динамика, выводы, адресные рекомендации и решения. Повторный запуск обновляет лист, не создавая копий.",
    period: "Отчётный период",
    periodHint: "Периоды этой книги; по умолчанию — последний.",
    noPeriods: "В книге нет периодов: сначала создайте листы (шаг 1).",
    selfAssessHint:
      "Лист «Самооценка» по федеральной методике: баллы по позициям, итоги по этапам и подсистемам, матрица цикла; введённые баллы сохраняются.",
    doneNext: (sheet: string) =>
      `Справка записана на лист «${sheet}». Прочитайте её, поправьте выводы и рекомендации, затем распечатайте на подпись.`,
  },
  hostErrors: {
    cellEdit: "Excel занят вводом в ячейку. Завершите ввод в ячейке (нажмите Enter или Esc) и повторите действие.",
    protectedBook:
      "Книга или лист защищены от изменений. Снимите защиту («Рецензирование» → «Защитить книгу» или «Снять защиту листа») и повторите.",
    sheetLimit:
      "Excel не может добавить лист: книга достигла предела листов или памяти. Закройте лишние книги, удалите ненужные листы и повторите.",
    tooLarge:
      "Запрос к Excel получился слишком большим. Сохраните книгу, закройте и снова откройте панель и повторите; если ошибка повторится, уменьшите число ОО или периодов.",
    busy: "Excel занят другой операцией. Подождите несколько секунд и повторите.",
    notFound:
      "Нужный лист или ячейка не найдены: возможно, лист переименован или удалён. Обновите сведения о книге и повторите.",
    unsupported:
      "Эта версия Excel не поддерживает нужную функцию. Обновите Office или откройте книгу в Excel для Microsoft 365.",
    generic: "Excel не выполнил операцию. Сохраните книгу, закройте и снова откройте панель и повторите действие.",
    failed: (operation: string, reason: string) => `Не удалось выполнить «${operation}». ${reason}`,
    partial: (done: number, total: number) =>
      `Книга изменена частично: записано ${done} из ${total} частей. Повторный запуск безопасен: листы будут дописаны, введённые значения сохранятся.`,
  },
  announce: {
    started: (operation: string) => `Выполняется: ${operation}.`,
  },
  theme: { dark: "Тёмная тема Excel" },
};
