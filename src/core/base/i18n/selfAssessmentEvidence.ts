import { formatPlain } from "../text/format";

/** What the self-assessment's cycle counts as confirmed evidence, in the user's words. */
export const evidenceWords = {
  measures: (count: number) => `решений с отметкой «принято»: ${formatPlain(count)}`,
  unconfirmed: (count: number) =>
    `решений в реестре: ${formatPlain(count)}, но ни одно не отмечено «принято» в столбце «Статус» — предложения книги не считаются`,
  effectiveness: (count: number, period: string) => `принятых решений до ${period}: ${formatPlain(count)}`,
  analysisOld: (sheet: string, period: string) => `справка на листе «${sheet}» — за прошлый период, за ${period} нет`,
  analysisNoData: (sheet: string) => `справка на листе «${sheet}» есть, но данных по системе в книге нет`,
} as const;
