import { plural } from "../text/format";

/** Texts of the ШНОР / ШНСУ statuses on the «ОО» sheet. */

const list = (names: readonly string[]) => names.map((name) => `«${name}»`).join(", ");

export const statusTexts = {
  shnor: "ШНОР",
  shnsu: "ШНСУ",
  /** «ШНОР 2024/2025»: the status in one period. */
  header: (status: string, period: string) => `${status} ${period}`,
  note: "«ШНОР» (школа с низкими образовательными результатами) и «ШНСУ» (школа, функционирующая в неблагоприятных социальных условиях; в Абинском районе — ШССУ) отмечает методист: «да» или «нет» по каждому периоду. Показатели о ШНОР и ШНСУ собираются только с отмеченных школ, их доли считаются от числа отмеченных. Правило риска на листе «Пороги результатов» только предлагает кандидатов.",
  validation: "Выберите «да» или «нет».",
  /** The indicators about ШНОР/ШНСУ have no school to come from. */
  noneMarked:
    "Ни одна школа не отмечена как ШНОР или ШНСУ на листе «ОО»: показатели о них собираются только с отмеченных школ. Отметьте статусы («да» или «нет») и создайте листы снова.",
  /** The risk rule suggests schools the user has not marked. */
  suggested: (period: string, schools: readonly string[]) =>
    `Правило риска (лист «Пороги результатов») предлагает рассмотреть как ШНОР в ${period}: ${list(schools)} — ${plural(schools.length, ["эта школа не отмечена", "эти школы не отмечены", "эти школы не отмечены"])} на листе «ОО». Статус решает методист.`,
  /** Social-condition signs suggest schools the user has not marked ШНСУ. */
  suggestedSocial: (period: string, schools: readonly string[], atLeast: number) =>
    `Признаки сложных социальных условий (не менее ${atLeast} из списка ресурсных дефицитов — порог по умолчанию, в документе он не задан) предлагают рассмотреть как ШНСУ (ШССУ) в ${period}: ${list(schools)} — ${plural(schools.length, ["эта школа не отмечена", "эти школы не отмечены", "эти школы не отмечены"])} на листе «ОО». Статус решает методист.`,
} as const;
