import type { Indicator } from "./schema";

/** Which status an indicator is about; undefined when it concerns every organisation. */
export type FlagTopic = "shnor" | "shnsu" | "either";

// «учащихся с низкими результатами» are pupils, not ШНОР: only a school word before the phrase counts.
const SHNOR =
  /ШНОР|(школ|ОО|организаци)[А-ЯЁа-яё]*\s+(«?зоны\s+риска»?\s+)?с\s+низкими\s+(образовательными\s+)?результатами|ОО,?\s+попавш\S*\s+в\s+«?зону\s+риска/i;
const SHNSU = /ШНСУ|ШССУ|неблагоприятных\s+социальных/i;

function topicOf(text: string): FlagTopic | undefined {
  const [low, social] = [SHNOR.test(text), SHNSU.test(text)];
  if (low && social) return "either";
  if (low) return "shnor";
  if (social) return "shnsu";
  return undefined;
}

/**
 * The status whose flag an indicator counts over all schools («доля школ с низкими результатами …
 * зоны риска» of «общеобразовательные организации»): computed from the marks, never asked of a school.
 */
export function statusTopic(indicator: Pick<Indicator, "computation">): FlagTopic | undefined {
  const c = indicator.computation;
  if (c.kind !== "flagShare" || topicOf(c.population)) return undefined;
  return topicOf(c.flag);
}

/** The status an indicator's rows are about (its label says so), unless the indicator is the status itself. */
export function flagTopic(
  indicator: Pick<Indicator, "label"> & Partial<Pick<Indicator, "computation">>,
): FlagTopic | undefined {
  if (indicator.computation && statusTopic({ computation: indicator.computation })) return undefined;
  return topicOf(indicator.label);
}
