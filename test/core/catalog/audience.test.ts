import { builtInCatalog, findFramework } from "../../../src/core/catalog";
import { indicatorAudience, wordAudience } from "../../../src/core/catalog/audience";
import type { Framework, Indicator, System } from "../../../src/core/catalog/schema";
import { organisationsFor } from "../../../src/core/workbook/organisations";

/** Every per-school indicator of a framework with the audience the workbook lays its rows out for. */
function audiences(framework: Framework): { system: System; indicator: Indicator; audience: string }[] {
  return framework.systems.flatMap((system) =>
    system.criteria.flatMap((criterion) =>
      criterion.indicators
        .filter((indicator) => indicator.collectedPer === "school")
        .map((indicator) => ({ system, indicator, audience: [...indicatorAudience(system, indicator)].join("+") })),
    ),
  );
}

function counts(id: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const { audience } of audiences(findFramework(id)!)) found[audience] = (found[audience] ?? 0) + 1;
  return found;
}

const audienceOf = (code: string): string => {
  for (const framework of builtInCatalog().frameworks) {
    const hit = audiences(framework).find((entry) => entry.indicator.code === code);
    if (hit) return hit.audience;
  }
  throw new Error(`no per-school indicator ${code}`);
};

describe("who answers an indicator: its own words first, the system's name second", () => {
  test.each([
    [
      "asino",
      { school: 72, "school+additional": 37, "school+preschool": 1, "school+preschool+additional": 14, preschool: 16 },
    ],
    ["tula", { school: 127, "school+additional": 56, "school+preschool": 1, "school+preschool+additional": 30 }],
    ["abinsk", { school: 99, "school+additional": 16, "school+preschool+additional": 9, preschool: 13 }],
  ])("%s: per-school indicators by audience", (id, expected) => {
    expect(counts(id)).toEqual(expected);
  });

  test.each([
    // Managers of general-education organisations, graduates, ВсОШ, 4th grade: schools, not kindergartens.
    ["ASN.5.02.04", "school"],
    ["ASN.5.02.01", "school"],
    ["ASN.5.02.05", "school"],
    ["ASN.5.05.01", "school"],
    ["ASN.5.05.09", "school"],
    ["ASN.3.03.01", "school"],
    // Managers of any organisation, teachers in general: the system's audience.
    ["ASN.5.01.01", "school+preschool+additional"],
    ["ASN.6.03.03", "school+preschool+additional"],
    // Preschool pupils and primary grades: both.
    ["ASN.4.05.01", "school+preschool"],
    ["ASN.8.02.10", "preschool"],
    // Talents system: «общеобразовательных организаций» narrows it to schools; coverage by additional education does not.
    ["ABN.1.3.12", "school"],
    ["ASN.3.05.01", "school+additional"],
    ["ABN.2.1.04", "school"],
    ["ABN.2.4.01", "preschool"],
    ["TUL.4.2.03", "school"],
    ["TUL.4.2.26", "school+preschool+additional"],
  ])("%s → %s", (code, expected) => {
    expect(audienceOf(code)).toBe(expected);
  });

  test("no indicator naming a school procedure, grade or teacher is laid out for kindergartens alone or without schools", () => {
    const schoolTopic = /ВПР|ОГЭ|ЕГЭ|ВсОШ|учител|школьник|выпускник/;
    for (const framework of builtInCatalog().frameworks) {
      for (const { indicator, audience } of audiences(framework)) {
        if (schoolTopic.test(indicator.label)) expect(`${indicator.code} ${audience}`).toMatch(/ school/);
        if (/ЕГЭ|ОГЭ|ВПР|ВсОШ/.test(indicator.label))
          expect(`${indicator.code} ${audience}`).toBe(`${indicator.code} school`);
      }
    }
  });

  test("the words: «дополнительных общеобразовательных программ» are not schools', «дошкольн» is no «школьн»", () => {
    expect(wordAudience({ label: "Реализация дополнительных общеобразовательных программ" })).toEqual([]);
    expect(wordAudience({ label: "Доля детей дошкольного возраста" })).toEqual(["preschool"]);
    expect(wordAudience({ label: "Соответствие ООП ДО требованиям" })).toEqual(["preschool"]);
    expect(wordAudience({ label: "Доля трудоустройства выпускников 9 классов" })).toEqual(["school"]);
    expect(wordAudience({ label: "Доля педагогов, прошедших диагностику" })).toEqual([]);
  });

  test("denominators of «доля руководителей общеобразовательных организаций» count schools only; the user's «Для каких ОО» still wins", () => {
    const framework = findFramework("asino")!;
    const managers = framework.systems.find((system) => system.code === "5")!;
    const indicator = managers.criteria.flatMap((c) => c.indicators).find((i) => i.code === "ASN.5.02.04")!;
    const orgs = ["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 5 «Солнышко»»", "МАОУ ДО «ДДТ»"];
    expect(organisationsFor(managers, orgs, new Map(), indicator)).toEqual(["МБОУ «СОШ № 1»"]);
    const chosen = { ...indicator, audience: ["school" as const, "preschool" as const] };
    expect(organisationsFor(managers, orgs, new Map(), chosen)).toEqual(orgs.slice(0, 2));
  });
});
