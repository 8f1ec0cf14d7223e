import { formatPlain, NounForms } from "../text/format";
import type { AgreementForms } from "../text/grammar";

/**
 * What the values in cells say: the MSOKO functions' errors, argument names and words. Apart from ru.ts
 * so that the custom functions' script carries these texts only.
 */
export const valueTexts = {
  errors: {
    textNotNumber: (what: string, text: string) => `${what}: ожидается число, а введён текст «${text}»`,
    booleanNotNumber: (what: string) => `${what}: ожидается число, а введено логическое значение`,
    notFinite: (what: string) => `${what}: число вне допустимого диапазона`,
    negative: (what: string, value: number) => `${what}: число не может быть отрицательным (${formatPlain(value)})`,
    notWhole: (what: string, value: number) => `${what}: ожидается целое число (${formatPlain(value)})`,
    partAboveWhole: (part: number, whole: number) =>
      `Числитель (${formatPlain(part)}) больше знаменателя (${formatPlain(whole)})`,
    zeroWhole: (part: number) => `Знаменатель равен 0 при числителе ${formatPlain(part)}`,
    zeroWholeEmpty: "Знаменатель равен 0: доля не определена",
    digits: (value: number) => `Число знаков после запятой должно быть целым от 0 до 10 (${formatPlain(value)})`,
    unknownMode: (mode: string) => `Неизвестный вид изменения «${mode}»: укажите «п.п.», «%» или «абс»`,
    shareOutOfRange: (what: string, value: number) => `${what}: доля должна быть от 0 до 100 (${formatPlain(value)})`,
    relativeFromZero: "Прошлое значение равно 0: относительное изменение в процентах не определено",
    noParticipants: "Сумма отметок равна 0: нет участников",
    tolerance: (value: number) => `Допуск должен быть неотрицательным числом (${formatPlain(value)})`,
    unknownDirection: (text: string) =>
      `Неизвестное направление «${text}»: укажите «больше — лучше» или «меньше — лучше»`,
    unknownUnit: (text: string) => `Неизвестная единица «${text}»: укажите «%», «ед.» или существительное`,
    shapeMismatch: (a: string, b: string) => `Диапазоны разного размера: ${a} и ${b}`,
    notOneRow: "Значения по периодам должны стоять в одной строке или одном столбце",
    emptyName: "Не указано название показателя",
  },
  args: {
    part: "Числитель",
    whole: "Знаменатель",
    digits: "Знаков после запятой",
    current: "Текущее значение",
    previous: "Прошлое значение",
    value: "Значение",
    target: "Целевое значение",
    tolerance: "Допуск",
    n5: "Число отметок «5»",
    n4: "Число отметок «4»",
    n3: "Число отметок «3»",
    n2: "Число отметок «2»",
  },
  trend: {
    rise: "рост",
    fall: "снижение",
    stable: "стабильно",
    unstable: "нестабильно",
    tooFew: "недостаточно данных",
  },
  describe: {
    rose: { masculine: "вырос", feminine: "выросла", neuter: "выросло", plural: "выросли" } as AgreementForms,
    fell: { masculine: "снизился", feminine: "снизилась", neuter: "снизилось", plural: "снизились" } as AgreementForms,
    unchanged: {
      masculine: "не изменился",
      feminine: "не изменилась",
      neuter: "не изменилось",
      plural: "не изменились",
    } as AgreementForms,
    was: { masculine: "составил", feminine: "составила", neuter: "составило", plural: "составили" } as AgreementForms,
    is: {
      masculine: "составляет",
      feminine: "составляет",
      neuter: "составляет",
      plural: "составляют",
    } as AgreementForms,
    better: "положительная динамика",
    worse: "отрицательная динамика",
  },
  /** Nouns a count can be described in: forms for 1, 2 and 5 («1 школа», «2 школы», «5 школ»). */
  nouns: {
    школа: ["школа", "школы", "школ"],
    оо: ["ОО", "ОО", "ОО"],
    организация: ["организация", "организации", "организаций"],
    участник: ["участник", "участника", "участников"],
    обучающийся: ["обучающийся", "обучающихся", "обучающихся"],
    человек: ["человек", "человека", "человек"],
    педагог: ["педагог", "педагога", "педагогов"],
    призёр: ["призёр", "призёра", "призёров"],
    победитель: ["победитель", "победителя", "победителей"],
    мероприятие: ["мероприятие", "мероприятия", "мероприятий"],
    балл: ["балл", "балла", "баллов"],
    единица: ["единица", "единицы", "единиц"],
  } as Readonly<Record<string, NounForms>>,
  status: {
    reached: "достигнуто",
    notReached: "не достигнуто",
  },
  risk: {
    yes: "риск",
    no: "нет риска",
    tooFew: "мало данных",
    argShare: "Доля «2»",
    argThreshold: "Порог доли «2»",
    argYears: "Число лет риска",
    badThreshold: (value: number) => `Порог доли «2» должен быть от 0 до 100 (${formatPlain(value)})`,
    badYears: (value: number, window: number) =>
      `Число лет риска должно быть целым от 1 до ${window} (${formatPlain(value)})`,
  },
};
