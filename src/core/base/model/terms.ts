/*
 * The closed sets of domain terms that texts name and every layer uses. The catalog's schema, the import's
 * layouts and the report's actors build on these lists; they live here so that texts need nothing above base.
 */

/** Whether a higher value is better, a lower one, or neither (e.g. a count of events). */
export const DIRECTIONS = ["higher", "lower", "neutral"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The layouts of result files «Загрузить результаты» reads. */
export const LAYOUTS = [
  "fisStatistics",
  "fisComparison",
  "fisIndividual",
  "rcoiProtocol",
  "regionalEge",
  "nonObjectivity",
] as const;
export type LayoutId = (typeof LAYOUTS)[number];

/** Who a recommendation is addressed to. */
export const ACTORS = ["управление образования", "ИМЦ", "руководители ОО", "педагоги", "родители"] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * The mechanisms of the federal methodology for evaluating education-quality management, which every
 * Положение о МСОКО follows: the order here is the order of the methodology (blocks 1 and 2).
 */
export const MECHANISMS = [
  "preparation",
  "lowResults",
  "talents",
  "careers",
  "managers",
  "teachers",
  "upbringing",
  "preschool",
] as const;
export type Mechanism = (typeof MECHANISMS)[number] | "other";
