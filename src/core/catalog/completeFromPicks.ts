import type { CriterionInput, FrameworkInput, IndicatorInput } from "./schema";

/**
 * A framework that lists mechanisms without indicators, completed with indicators picked by code from
 * another framework: each picked indicator keeps its wording and its source (the document it comes
 * from), gets a code of this framework, and stands under its own criterion.
 */
export function completeFromPicks(
  framework: FrameworkInput,
  picks: Readonly<Record<string, readonly string[]>>,
  from: FrameworkInput,
  prefix: string,
): FrameworkInput {
  const found = new Map<string, { criterion: CriterionInput; indicator: IndicatorInput }>();
  for (const system of from.systems) {
    for (const criterion of system.criteria) {
      for (const indicator of criterion.indicators) found.set(indicator.code, { criterion, indicator });
    }
  }
  const systems = framework.systems.map((system) => {
    const criteria: CriterionInput[] = [];
    for (const code of picks[system.code] ?? []) {
      const pick = found.get(code);
      if (!pick) throw new Error(`Catalog: picked indicator ${code} is not in ${from.id}`);
      let criterion = criteria.find((c) => c.name === pick.criterion.name);
      if (!criterion) {
        criterion = {
          code: `${system.code}.${criteria.length + 1}`,
          name: pick.criterion.name,
          label: pick.criterion.label,
          indicators: [],
        };
        criteria.push(criterion);
      }
      const n = String(criterion.indicators.length + 1).padStart(2, "0");
      criterion.indicators.push({ ...pick.indicator, code: `${prefix}.${criterion.code}.${n}` });
    }
    return { ...system, criteria };
  });
  return { ...framework, systems };
}
