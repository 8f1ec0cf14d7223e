import type { Indicator } from "./schema";

/**
 * Which indicators «Результаты процедур» feeds, and how: the procedure, the kind of result, the
 * subjects and the grades. Asino's «Доля участников ВПР|ОГЭ|ЕГЭ, показавших высокие / массовые
 * результаты» are read off their labels; Tula's and Абинск's wordings differ too much for that, so
 * their result-type indicators are listed here by code. Indicators of a result kind the sheet cannot
 * compute are listed with the reason «Показатели» gives in «Сбор данных».
 */

/** «ГИА-9»: ОГЭ and ГВЭ of the 9th grade together. */
export type FeedProcedure = "ВПР" | "ОГЭ" | "ЕГЭ" | "РКР" | "Диагностическая работа" | "ГИА-9" | "any";
/**
 * high: «5» (ЕГЭ: from the high score); satisfactory: not below «3»; passed: not below «3», ЕГЭ not
 * below the minimum; twos: «2», ЕГЭ below the minimum; quality: «4» and «5»; band*: an ЕГЭ score band;
 * confirmed: ВПР marks confirmed by term marks; participants: everyone who wrote the work (a count of
 * person-exams over the subjects).
 */
export type FeedKind =
  | "high"
  | "satisfactory"
  | "passed"
  | "twos"
  | "quality"
  | "confirmed"
  | "bandTo60"
  | "band61to80"
  | "band81to100"
  | "band100"
  | "participants";
/** core: «основные предметы» as Tula's table 2.5.5 lists them — Russian, mathematics, physics. */
export type FeedSubjects = "russian" | "math" | "mathProfile" | "mathBase" | "elective" | "core" | "any";

export interface ResultFeed {
  readonly code: string;
  readonly procedure: FeedProcedure;
  readonly kind: FeedKind;
  readonly subjects: FeedSubjects;
  /** Inclusive grade range, for ВПР «4 класс», «5–8 классы». */
  readonly grades?: readonly [number, number];
}

type Feed = Omit<ResultFeed, "code">;

/** Tula (Программа, 3.1, 3.2, 4.1) and Абинск (1.1, 1.2) indicators the results sheet computes. */
const BY_CODE: Readonly<Record<string, Feed>> = {
  "TUL.3.1.01": { procedure: "any", kind: "quality", subjects: "any" },
  "TUL.3.2.02": { procedure: "ВПР", kind: "twos", subjects: "any", grades: [4, 4] },
  "TUL.3.2.03": { procedure: "ЕГЭ", kind: "twos", subjects: "russian" },
  "TUL.3.2.04": { procedure: "ЕГЭ", kind: "twos", subjects: "mathProfile" },
  "TUL.3.2.05": { procedure: "ЕГЭ", kind: "twos", subjects: "mathBase" },
  "TUL.3.2.06": { procedure: "ОГЭ", kind: "twos", subjects: "math" },
  "TUL.3.2.07": { procedure: "ОГЭ", kind: "twos", subjects: "russian" },
  "TUL.4.1.01": { procedure: "ЕГЭ", kind: "passed", subjects: "any" },
  // Раздел II, the analytic tables 2.2.1–2.6.1.
  "TUL.2.2.01": { procedure: "ВПР", kind: "satisfactory", subjects: "any" },
  "TUL.2.2.02": { procedure: "ВПР", kind: "quality", subjects: "any" },
  "TUL.2.3.01": { procedure: "РКР", kind: "satisfactory", subjects: "any" },
  "TUL.2.3.02": { procedure: "РКР", kind: "quality", subjects: "any" },
  "TUL.2.4.01": { procedure: "ГИА-9", kind: "participants", subjects: "any" },
  "TUL.2.5.02": { procedure: "ЕГЭ", kind: "band81to100", subjects: "any" },
  "TUL.2.5.03": { procedure: "ЕГЭ", kind: "twos", subjects: "any" },
  "TUL.2.5.05": { procedure: "ЕГЭ", kind: "band100", subjects: "any" },
  "TUL.2.5.07": { procedure: "ЕГЭ", kind: "band100", subjects: "core" },
  "TUL.2.6.01": { procedure: "Диагностическая работа", kind: "satisfactory", subjects: "any", grades: [10, 10] },
  "TUL.2.6.02": { procedure: "Диагностическая работа", kind: "quality", subjects: "any", grades: [10, 10] },
  "ABN.1.1.01": { procedure: "ВПР", kind: "satisfactory", subjects: "any", grades: [4, 4] },
  "ABN.1.1.02": { procedure: "ВПР", kind: "high", subjects: "any", grades: [4, 4] },
  "ABN.1.1.04": { procedure: "ВПР", kind: "satisfactory", subjects: "any", grades: [5, 8] },
  "ABN.1.1.05": { procedure: "ОГЭ", kind: "passed", subjects: "any" },
  "ABN.1.1.07": { procedure: "ВПР", kind: "high", subjects: "any", grades: [5, 8] },
  "ABN.1.1.08": { procedure: "ОГЭ", kind: "high", subjects: "any" },
  "ABN.1.1.12": { procedure: "ЕГЭ", kind: "passed", subjects: "any" },
  "ABN.1.1.16": { procedure: "ЕГЭ", kind: "bandTo60", subjects: "any" },
  "ABN.1.1.17": { procedure: "ЕГЭ", kind: "band61to80", subjects: "any" },
  "ABN.1.1.18": { procedure: "ЕГЭ", kind: "band81to100", subjects: "any" },
  "ABN.1.1.19": { procedure: "ЕГЭ", kind: "band100", subjects: "any" },
  "ABN.1.2.15": { procedure: "any", kind: "twos", subjects: "any" },
};

/**
 * Indicators «Медалисты» feeds (src/core/features/results/medallists.ts): Asino's confirmation of medal
 * candidates on ГИА-11, Абинск's medallist checks, Tula's rating item and its count of medallists (table 2.5.4).
 */
export const FROM_MEDALLISTS: readonly string[] = [
  "ASN.1.06.07",
  "ABN.1.1.23",
  "ABN.1.1.24",
  "TUL.4.2.11",
  "TUL.2.5.04",
];

/**
 * Indicators «Список ФИОКО» feeds (src/core/sheets/fiokoListSheet.ts): Asino's share of schools on the
 * list of schools with signs of non-objectivity, a flag per school and period.
 */
export const FROM_FIOKO_LIST: readonly string[] = ["ASN.1.06.02"];

/** Result-type indicators the sheets cannot give, and why. */
export const NOT_FROM_RESULTS: Readonly<Record<string, string>> = {
  "ABN.1.1.29":
    "из листа «Медалисты» не считается: методику индекса программа не приводит; медалистов ниже 70 баллов считает показатель 1.1.23",
  "ABN.1.1.30":
    "из результатов процедур не считается: методику индексов программа не приводит; признаки необъективности ВПР книга находит сама (в справке)",
  "ABN.1.1.20":
    "из результатов процедур не считается: нужна сумма баллов каждого выпускника по трём предметам, а в листе — только распределения",
  "ASN.1.06.08":
    "из листа «Медалисты» не считается: в нём результаты ГИА-11 медалистов, а претендентов на аттестат с отличием и их ГИА-9 в книге нет",
  "TUL.2.4.02":
    "из результатов процедур не считается: нужно число работ с наивысшим первичным баллом, а в листе — отметки и средний балл",
  "TUL.2.4.03":
    "из результатов процедур не считается: нужно число работ с наивысшим первичным баллом, а в листе — отметки и средний балл",
  "TUL.2.5.01":
    "в показатель не переносится: средний тестовый балл свой у каждого предмета, он — в строках предметов на листе «Результаты процедур»",
  "TUL.2.5.06":
    "из результатов процедур не считается: нужны результаты каждого выпускника по всем предметам, а в листе — распределения по предметам",
  "TUL.2.6.03":
    "в показатель не переносится: средняя отметка своя у каждого предмета, она — в строках предметов на листе «Результаты процедур»",
  "TUL.3.2.08":
    "из результатов процедур не считается: нужны «2» каждого ученика по нескольким работам, а в листе — только распределения по работам",
};

/**
 * Reads an Asino-style label into a feed, or undefined when it is not unambiguous. Only «Доля
 * участников <ВПР|ОГЭ|ЕГЭ>, показавших высокие / удовлетворительные / массовые результаты» and «Доля
 * участников ВПР, подтвердивших …» qualify. «Массовые» is read as «не ниже «3»», as the Asino
 * numerators state; metapredmet results, functional literacy and other studies are not read.
 */
function feedFromLabel(indicator: Indicator): Feed | undefined {
  const label = indicator.label;
  if (indicator.computation.kind !== "share" || !/^Доля участников/i.test(label)) return undefined;
  if (/метапредметн|функциональн|исследовани|олимпиад/i.test(label)) return undefined;
  const procedures = (["ВПР", "ОГЭ", "ЕГЭ"] as const).filter((p) => label.includes(p));
  if (procedures.length !== 1) return undefined;
  const procedure = procedures[0];
  const kind: FeedKind | undefined = /подтвердивш/i.test(label)
    ? "confirmed"
    : /высок/i.test(label)
      ? "high"
      : /удовлетворительн|массов/i.test(label)
        ? "satisfactory"
        : undefined;
  if (!kind || (kind === "confirmed" && procedure !== "ВПР")) return undefined;
  const subjects: FeedSubjects = /по предметам по выбору/i.test(label)
    ? "elective"
    : /по русскому языку/i.test(label)
      ? "russian"
      : /по математике/i.test(label)
        ? "math"
        : "any";
  if (subjects === "any" && procedure !== "ВПР") return undefined;
  const range = /(\d+)\s*[–-]\s*(\d+)\s*класс/i.exec(label);
  const single = /(\d+)\s*класс/i.exec(label);
  const grades: [number, number] | undefined = range
    ? [Number(range[1]), Number(range[2])]
    : single
      ? [Number(single[1]), Number(single[1])]
      : undefined;
  return { procedure, kind, subjects, ...(grades && { grades }) };
}

/** Where an indicator's values come from, as «Сбор данных» on «Показатели» says it. */
export type FeedSource = "results" | "medallists" | "fiokoList" | "notComputable" | "typed";

export function feedSourceOf(indicator: Indicator): FeedSource {
  if (FROM_MEDALLISTS.includes(indicator.code) && indicator.collectedPer === "school") return "medallists";
  if (FROM_FIOKO_LIST.includes(indicator.code) && indicator.collectedPer === "school") return "fiokoList";
  if (resultFeedOf(indicator)) return "results";
  if (NOT_FROM_RESULTS[indicator.code]) return "notComputable";
  return "typed";
}

/** How «Результаты процедур» feeds the indicator, or undefined when it does not. */
export function resultFeedOf(indicator: Indicator): ResultFeed | undefined {
  if (indicator.collectedPer !== "school") return undefined;
  const feed = BY_CODE[indicator.code] ?? feedFromLabel(indicator);
  return feed && { code: indicator.code, ...feed };
}
