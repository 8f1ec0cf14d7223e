import {
  averageMarkRange,
  degreeOfLearningRange,
  describeRange,
  dynamicsRange,
  qualityRange,
  riskRange,
  shareRange,
  statusRange,
  successRange,
  trendRange,
} from "../core/cells/sheetFunctions";
import { toExcel } from "./excelResults";

/*
 * Every function takes values or ranges of one shape and returns an array of that shape, so one
 * formula fills a whole column. The JSDoc below is the source of functions.json: its text is what
 * a user sees in Excel's formula builder, so it is in Russian.
 */

/**
 * Доля в процентах: числитель ÷ знаменатель × 100 с округлением «половина вверх».
 * @customfunction SHARE
 * @param part Числитель: число или диапазон.
 * @param whole Знаменатель: число или диапазон того же размера.
 * @param [digits] Знаков после запятой, по умолчанию 1.
 * @returns Доля в процентах (74,2, а не 0,742).
 */
export function share(part: any[][], whole: any[][], digits?: any[][]): any[][] {
  return toExcel(shareRange(part, whole, digits));
}

/**
 * Изменение показателя: в п.п. для долей (по умолчанию), в процентах для количеств или абсолютная разность.
 * @customfunction DYNAMICS
 * @param current Текущее значение: число или диапазон.
 * @param previous Прошлое значение: число или диапазон того же размера.
 * @param [mode] Вид изменения: «п.п.» (по умолчанию), «%» (относительное) или «абс» (разность).
 * @param [digits] Знаков после запятой, по умолчанию 1.
 * @returns Изменение.
 */
export function dynamics(current: any[][], previous: any[][], mode?: any[][], digits?: any[][]): any[][] {
  return toExcel(dynamicsRange(current, previous, mode, digits));
}

/**
 * Тенденция по периодам в хронологическом порядке: рост, снижение, стабильно или нестабильно. Пустые ячейки пропускаются.
 * @customfunction TREND
 * @param values Значения по периодам: строка или столбец; для блока строк — тенденция каждой строки.
 * @param [tolerance] Допуск: изменение не больше него считается отсутствием изменения, по умолчанию 1.
 * @returns Тенденция.
 */
export function trend(values: any[][], tolerance?: any[][]): any[][] {
  return toExcel(trendRange(values, tolerance));
}

/**
 * Качество знаний (качество обученности): (n5 + n4) ÷ N × 100.
 * @customfunction QUALITY
 * @param n5 Число отметок «5».
 * @param n4 Число отметок «4».
 * @param n3 Число отметок «3».
 * @param n2 Число отметок «2».
 * @param [digits] Знаков после запятой, по умолчанию 1.
 * @returns Качество знаний в процентах.
 */
export function quality(n5: any[][], n4: any[][], n3: any[][], n2: any[][], digits?: any[][]): any[][] {
  return toExcel(qualityRange(n5, n4, n3, n2, digits));
}

/**
 * Успеваемость (уровень обученности): (n5 + n4 + n3) ÷ N × 100.
 * @customfunction SUCCESS
 * @param n5 Число отметок «5».
 * @param n4 Число отметок «4».
 * @param n3 Число отметок «3».
 * @param n2 Число отметок «2».
 * @param [digits] Знаков после запятой, по умолчанию 1.
 * @returns Успеваемость в процентах.
 */
export function success(n5: any[][], n4: any[][], n3: any[][], n2: any[][], digits?: any[][]): any[][] {
  return toExcel(successRange(n5, n4, n3, n2, digits));
}

/**
 * Средний балл (средняя отметка): (5·n5 + 4·n4 + 3·n3 + 2·n2) ÷ N.
 * @customfunction AVGMARK
 * @param n5 Число отметок «5».
 * @param n4 Число отметок «4».
 * @param n3 Число отметок «3».
 * @param n2 Число отметок «2».
 * @param [digits] Знаков после запятой, по умолчанию 2.
 * @returns Средний балл.
 */
export function avgmark(n5: any[][], n4: any[][], n3: any[][], n2: any[][], digits?: any[][]): any[][] {
  return toExcel(averageMarkRange(n5, n4, n3, n2, digits));
}

/**
 * Степень обученности (СОУ): (100·n5 + 64·n4 + 36·n3 + 16·n2) ÷ N.
 * @customfunction SOU
 * @param n5 Число отметок «5».
 * @param n4 Число отметок «4».
 * @param n3 Число отметок «3».
 * @param n2 Число отметок «2».
 * @param [digits] Знаков после запятой, по умолчанию 1.
 * @returns СОУ в процентах.
 */
export function sou(n5: any[][], n4: any[][], n3: any[][], n2: any[][], digits?: any[][]): any[][] {
  return toExcel(degreeOfLearningRange(n5, n4, n3, n2, digits));
}

/**
 * Достигнуто ли целевое значение с учётом направления показателя.
 * @customfunction STATUS
 * @param value Значение показателя.
 * @param target Целевое значение.
 * @param [direction] «больше — лучше» (по умолчанию) или «меньше — лучше».
 * @returns «достигнуто» или «не достигнуто».
 */
export function status(value: any[][], target: any[][], direction?: any[][]): any[][] {
  return toExcel(statusRange(value, target, direction));
}

/**
 * Одно предложение об изменении показателя: «Доля … выросла с 34,2 % до 39,0 % (+4,8 п.п.).»
 * @customfunction DESCRIBE
 * @param name Название показателя в именительном падеже.
 * @param current Текущее значение.
 * @param previous Прошлое значение; если пусто, называется только текущее.
 * @param [unit] «%» для долей (по умолчанию), «ед.» или существительное для количеств («участник», «школа»).
 * @param [direction] «больше — лучше» или «меньше — лучше»: добавляет оценку динамики.
 * @returns Предложение на русском языке.
 */
export function describe(
  name: any[][],
  current: any[][],
  previous: any[][],
  unit?: any[][],
  direction?: any[][],
): any[][] {
  return toExcel(describeRange(name, current, previous, unit, direction));
}

/**
 * Риск низких результатов (ШНОР, правило Тулы): доля «2» не ниже порога хотя бы в 2 из 3 последних периодов. Пустые ячейки пропускаются.
 * @customfunction RISK
 * @param shareOfTwos Доля «2» в процентах по периодам в хронологическом порядке: строка или столбец; для блока строк — ответ для каждой строки.
 * @param [threshold] Порог доли «2» в процентах, по умолчанию 20 (строгий вариант — 30).
 * @param [years] Сколько из 3 последних периодов должны достичь порога, по умолчанию 2.
 * @returns «риск», «нет риска» или «мало данных».
 */
export function risk(shareOfTwos: any[][], threshold?: any[][], years?: any[][]): any[][] {
  return toExcel(riskRange(shareOfTwos, threshold, years));
}
