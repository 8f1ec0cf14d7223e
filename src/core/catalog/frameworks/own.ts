import { libraryTexts as t } from "../../base/i18n/library";
import { MECHANISMS, Mechanism } from "../../base/model/terms";
import { Framework, frameworkSchema, System } from "../schema";

/** The id a book built from one's own Положение is stored with. */
export const OWN_FRAMEWORK_ID = "own";
/** The document of an own Положение: the user's file, which the catalog cannot name by a seed. */
export const OWN_DOCUMENT = "own";

export const mechanismCode = (mechanism: Mechanism): string => String(MECHANISMS.indexOf(mechanism as never) + 1);

export function mechanismSystem(mechanism: Mechanism, code: string): System {
  return {
    code,
    name: t.mechanisms[mechanism],
    label: t.mechanisms[mechanism],
    sheetName: `${code} ${t.mechanismSheets[mechanism]}`.slice(0, 31),
    goals: [],
    tasks: [],
    criteria: [],
    source: { document: OWN_DOCUMENT, section: t.librarySection, line: 1 },
  };
}

/**
 * The skeleton every own Положение starts from: the eight mechanisms of the federal methodology,
 * without indicators. A book's «Показатели» adds its criteria and indicators on top of it.
 */
export const ownBaseFramework: Framework = frameworkSchema.parse({
  id: OWN_FRAMEWORK_ID,
  municipality: t.ownMunicipality,
  title: t.ownTitle,
  document: OWN_DOCUMENT,
  systems: MECHANISMS.map((mechanism) => mechanismSystem(mechanism, mechanismCode(mechanism))),
});
