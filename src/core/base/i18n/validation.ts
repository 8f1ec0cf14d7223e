import { formatPercent, formatPlain, formatPoints, type NounForms } from "../text/format";

/** «Проверить данные» and `msoko validate`. */
export const validationTexts = {
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
} as const;
