import { derivedAudience, sameAudience } from "../../catalog/audience";
import { catalogRows, readCatalogRows } from "../../sheets/catalogSheet";
import { Computation, Framework, frameworkSchema, Indicator, System } from "../../catalog/schema";
import { libraryTexts as t } from "../../base/i18n/library";
import type { AppendixDraft, DraftIndicator } from "./appendix";
import { MECHANISMS } from "../../base/model/terms";
import { mechanismSystem, OWN_DOCUMENT, ownBaseFramework } from "../../catalog/frameworks/own";

function genericComputation(draft: DraftIndicator): Computation {
  switch (draft.kind) {
    case "share":
      return { kind: "share", numerator: t.generic.numerator, denominator: t.generic.denominator };
    case "ratio":
      return { kind: "ratio", numerator: t.generic.numerator, denominator: t.generic.denominator };
    case "yesno":
      return { kind: "yesno" };
    case "average":
      return { kind: "average", of: draft.name };
    case "score":
      return { kind: "score", of: draft.name };
    case "count":
      return { kind: "count", of: draft.name };
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

function indicatorOf(draft: DraftIndicator, system: System, code: string): Indicator {
  const inherited = draft.match?.entry.indicator;
  const sameKind = inherited && inherited.unit === draft.unit;
  const computation = sameKind ? inherited.computation : genericComputation(draft);
  const indicator: Indicator = {
    code,
    name: draft.name,
    label: draft.label ?? draft.name,
    unit: draft.unit,
    ...(draft.unitVerbatim && { unitVerbatim: draft.unitVerbatim }),
    computation,
    breakdowns: sameKind ? inherited.breakdowns : [],
    direction: draft.direction,
    collectedPer: draft.collectedPer,
    source: draft.source ?? { document: OWN_DOCUMENT, section: t.tableSection(draft.table), line: draft.row },
  };
  const derived = derivedAudience(system, indicator);
  return sameAudience(derived, draft.audience) ? indicator : { ...indicator, audience: [...draft.audience] };
}

/**
 * The framework of a read appendix: its systems laid onto the mechanisms (a second system of the
 * same mechanism, and systems of none, get codes after the eight), criteria and indicators in the
 * document's order, each indicator inheriting the computation of its library match.
 */
export function frameworkFromDraft(draft: AppendixDraft, municipality: string): Framework {
  const used = new Set<string>();
  let nextCode = MECHANISMS.length + 1;
  const systems: System[] = draft.systems.map((drafted) => {
    let code = drafted.mechanism === "other" ? "" : String(MECHANISMS.indexOf(drafted.mechanism) + 1);
    if (code === "" || used.has(code)) code = String(nextCode++);
    used.add(code);
    const base = mechanismSystem(drafted.mechanism, code);
    const system: System = {
      ...base,
      name: drafted.name || base.name,
      label: drafted.name || base.label,
    };
    const criteria = drafted.criteria.map((criterion, c) => ({
      code: `${code}.${pad(c + 1)}`,
      name: criterion.name,
      label: criterion.name,
      indicators: criterion.indicators.map((indicator, i) =>
        indicatorOf(indicator, system, `OWN.${code}.${pad(c + 1)}.${pad(i + 1)}`),
      ),
    }));
    return { ...system, criteria };
  });
  const sheetNames = new Set<string>();
  const unique = systems.map((system) => {
    let name = system.sheetName;
    for (let n = 2; sheetNames.has(name.toLowerCase()); n++) name = `${system.sheetName.slice(0, 27)} (${n})`;
    sheetNames.add(name.toLowerCase());
    return { ...system, sheetName: name };
  });
  return frameworkSchema.parse({
    ...ownBaseFramework,
    municipality: municipality || t.ownMunicipality,
    systems: unique,
  });
}

/**
 * The framework a book is built with from one's own Положение, as `msoko build --catalog FILE` gets it:
 * written as the rows of «Показатели» and read back over the own skeleton, so a later rebuild, check
 * or справка reading the book's sheet finds the same indicators. Rows that could not be read are notices.
 */
export function bookCatalog(framework: Framework): { framework: Framework; notices: string[] } {
  const reading = readCatalogRows(catalogRows(framework), ownBaseFramework);
  return {
    framework: reading.framework,
    notices: reading.problems.map((problem) => problem.message),
  };
}
