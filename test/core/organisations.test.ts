import { findFramework } from "../../src/core/catalog";
import { catalogColumn, catalogRows, readCatalogRows } from "../../src/core/sheets/catalogSheet";
import { planWorkbook } from "../../src/core/operations/build";
import { parsePeriods } from "../../src/core/workbook/periods";
import { ru } from "../../src/core/base/i18n/ru";
import { indicatorAudience, systemAudience } from "../../src/core/catalog/audience";
import { guessKind, kindOfText, organisationsFor } from "../../src/core/workbook/organisations";
import { readSchoolKinds, schoolsSheetPlan } from "../../src/core/sheets/simpleSheets";

describe("the kind of an organisation, guessed from its name", () => {
  test.each([
    ["МБОУ «СОШ № 1»", "school"],
    ["МКОУ «ООШ с. Кедровка»", "school"],
    ["МБОУ «Лицей № 2»", "school"],
    ["МАОУ «Центр образования № 14»", "school"],
    ["МБДОУ «Детский сад № 12 «Теремок»»", "preschool"],
    ["МАДОУ д/с № 5", "preschool"],
    ["Детский сад «Солнышко»", "preschool"],
    ["МБУ ДО «Дом детского творчества»", "additional"],
    ["МБУ ДО ДЮСШ № 1", "additional"],
    ["МБОУ ДО «Центр дополнительного образования»", "additional"],
    ["Детская школа искусств", "additional"],
    ["МАОУ ДО «Радуга»", "additional"],
    ["МОУ ДОД «Станция юных техников»", "additional"],
    // «ДОО» inside a word or «до» as a preposition is no kindergarten.
    ["МБОУ «СОШ с. Доонское»", "school"],
  ])("%s → %s", (name, kind) => {
    expect(guessKind(name)).toBe(kind);
  });

  test("every demo organisation: 7 kindergartens, the rest schools", () => {
    const kinds = ru.demo.schools.map(guessKind);
    expect(kinds.filter((kind) => kind === "preschool")).toHaveLength(7);
    expect(kinds.filter((kind) => kind === "school")).toHaveLength(ru.demo.schools.length - 7);
  });

  test("the kind typed on the sheet is read in any letter case", () => {
    expect(kindOfText(" Детский сад ")).toBe("preschool");
    expect(kindOfText("школа")).toBe("school");
    expect(kindOfText("интернат")).toBeUndefined();
  });
});

describe("which organisations a system's rows are laid out for", () => {
  const audiences = (id: string) =>
    findFramework(id)!.systems.map((system) => `${system.code}: ${systemAudience(system).join(", ")}`);

  test("Асино: pupils' systems for schools, talents and upbringing also for additional education, managers and teachers for all, preschool for kindergartens", () => {
    expect(audiences("asino")).toEqual([
      "1: school",
      "2: school",
      "3: school, additional",
      "4: school",
      "5: school, preschool, additional",
      "6: school, preschool, additional",
      "7: school, additional",
      "8: preschool",
    ]);
  });

  test("Тула and Абинск follow the same reading of their system names", () => {
    expect(audiences("tula")).toEqual([
      "3.1: school",
      "3.2: school",
      "3.3: school, additional",
      "3.4: school",
      "4.1: school",
      "4.2: school, preschool, additional",
      "4.3: school, preschool, additional",
      "4.4: school, preschool, additional",
      "4.5: school, additional",
      "P5-7: school",
      "P3.5: school",
      "2: school",
    ]);
    expect(audiences("abinsk")).toEqual([
      "1.1: school",
      "1.2: school",
      "1.3: school, additional",
      "1.4: school",
      "2.1: school, preschool, additional",
      "2.2: school, preschool, additional",
      "2.3: school, additional",
      "2.4: preschool",
    ]);
  });

  test("an indicator that names preschool pupils is collected from kindergartens too", () => {
    const guidance = findFramework("asino")!.systems[3];
    const [preschoolToo] = guidance.criteria.flatMap((c) => c.indicators).filter((i) => i.code === "ASN.4.05.01");
    const other = guidance.criteria[0].indicators[0];
    expect(indicatorAudience(guidance, preschoolToo)).toEqual(["school", "preschool"]);
    expect(indicatorAudience(guidance, other)).toEqual(["school"]);
    // «трудоустройства» holds «доу» in lower case: no kindergarten.
    expect(indicatorAudience(guidance, { label: "Доля трудоустройства выпускников 9 классов" })).toEqual(["school"]);
    const schools = ["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 3»"];
    expect(organisationsFor(guidance, schools, new Map(), preschoolToo)).toEqual(schools);
    expect(organisationsFor(guidance, schools, new Map(), other)).toEqual(["МБОУ «СОШ № 1»"]);
    expect(organisationsFor(guidance, schools, new Map())).toEqual(schools);
  });

  test("the kind on the «ОО» sheet wins over the name's guess", () => {
    const preschool = findFramework("asino")!.systems[7];
    const schools = ["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 3»", "МБОУ «Прогимназия»"];
    expect(organisationsFor(preschool, schools, new Map())).toEqual(["МБДОУ «Детский сад № 3»"]);
    const typed = new Map([["МБОУ «Прогимназия»", "preschool" as const]]);
    expect(organisationsFor(preschool, schools, typed)).toEqual(["МБДОУ «Детский сад № 3»", "МБОУ «Прогимназия»"]);
  });
});

describe("«Тип ОО» on the «ОО» sheet", () => {
  const schools = ["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 3»"];
  const plan = schoolsSheetPlan("ОО", "Энский район", schools, new Map([["МБОУ «СОШ № 1»", "additional" as const]]));
  const cells = plan.blocks[0].cells.map((row) => [...row]);

  test("shows the given kind or the guess, offered as a list", () => {
    expect(cells[3]).toEqual(["№", ru.layout.schoolName, "Тип ОО", "Логин ФИС ОКО", "Код ОО"]);
    expect(cells.slice(4).map((row) => row[2])).toEqual(["дополнительное образование", "детский сад"]);
    const rule = plan.validations.find((v) => v.range.col === 2)?.rule;
    expect(rule).toEqual({ kind: "list", items: ["школа", "детский сад", "дополнительное образование"] });
  });

  test("is read back; an unknown kind is reported and left to the guess", () => {
    cells[5][2] = "ясли";
    const read = readSchoolKinds(cells);
    expect([...read.kinds]).toEqual([["МБОУ «СОШ № 1»", "additional"]]);
    expect(read.problems).toEqual([ru.organisations.unknownKind("МБДОУ «Детский сад № 3»", "ясли")]);
  });
});

describe("an audience set on «Показатели» lays out the rows", () => {
  test("«школы, детские сады» for ASN.1.01.01 gives the kindergarten that row and no other of system 1", () => {
    const asino = findFramework("asino")!;
    const rows = catalogRows(asino);
    const at = rows.findIndex((line) => line[catalogColumn("code")] === "ASN.1.01.01");
    rows[at][catalogColumn("audience")] = "школы, детские сады";
    const { framework, problems } = readCatalogRows(rows, asino);
    expect(problems).toEqual([]);
    const parsed = parsePeriods("2023/2024");
    const schools = ["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 3»"];
    const { plan } = planWorkbook({
      framework,
      periods: parsed.ok ? parsed.periods : [],
      municipality: "Энский район",
      schools,
      flavour: "portable",
    });
    const sheet = plan.sheets.find((s) => s.role === "schools:1")!;
    const lines = sheet.blocks[0].cells.filter((line) => line[3] === schools[1]).map((line) => line[0]);
    expect(lines).toEqual(["ASN.1.01.01"]);
  });
});
