import { DEFAULT_RESULT_SETTINGS, MarkDistribution, Procedure, ResultRow } from "../../src/core/base/model/results";
import { objectivitySigns, UnconfirmedSign, VprAboveExamSign } from "../../src/core/features/results/objectivity";

const plain = (text: string) => text.replace(/\u00a0/g, " ");
const PERIOD = "2023/2024";

function vpr(lowered: number, confirmed: number, raised: number, school = "Школа №1"): ResultRow {
  return {
    period: PERIOD,
    school,
    procedure: "ВПР",
    subject: "математика",
    grade: "5",
    confirmation: { lowered, confirmed, raised },
  };
}

/** A row with `good` «4» and the rest «3» out of `total`. */
function quality(procedure: Procedure, school: string, good: number, total: number, subject = "математика"): ResultRow {
  const distribution: MarkDistribution = { kind: "marks", n5: 0, n4: good, n3: total - good, n2: 0 };
  return { period: PERIOD, school, procedure, subject, grade: procedure === "ВПР" ? "8" : "9", distribution };
}

describe("ВПР marks not confirmed by term marks", () => {
  const unconfirmed = (rows: ResultRow[]) =>
    objectivitySigns(rows).filter((s) => s.kind === "unconfirmed") as UnconfirmedSign[];

  test("at the threshold (3 of 20 = 15,0 %) is not a sign: the rule says «больше»", () => {
    expect(unconfirmed([vpr(2, 17, 1)])).toEqual([]);
  });

  test("just below (29 of 200 = 14,5 %) is not, just above (31 of 200 = 15,5 %) is", () => {
    expect(unconfirmed([vpr(20, 171, 9)])).toEqual([]);
    const [sign] = unconfirmed([vpr(20, 169, 11)]);
    expect(sign).toMatchObject({ lowered: 20, raised: 11, participants: 200, unconfirmedShare: 15.5, threshold: 15 });
  });

  test("the sentence gives the numbers and asks to check, never calls the school unobjective", () => {
    const [sign] = unconfirmed([vpr(6, 12, 2)]);
    expect(plain(sign.sentence)).toBe(
      "Школа №1, математика, 5 класс, 2023/2024: отметки ВПР не подтверждены отметками в журнале у 40,0 % участников " +
        "(понизили 6, повысили 2 из 20), порог 15 % — повод проверить, как проводились и проверялись работы.",
    );
    expect(plain(sign.rule)).toContain("больше 15 % (порог по умолчанию)");
    expect(sign.sentence + sign.rule).not.toMatch(/необъектив/i);
  });

  test("a threshold from the settings is named as such", () => {
    const [sign] = objectivitySigns([vpr(3, 17, 0)], { ...DEFAULT_RESULT_SETTINGS, unconfirmedAbove: 10 });
    expect(plain((sign as UnconfirmedSign).rule)).toContain("больше 10 % (порог из настроек; по умолчанию 15 %)");
  });

  test("fewer than 10 participants: a «мало участников» note instead of a sign", () => {
    const signs = objectivitySigns([vpr(5, 3, 1)]);
    expect(signs).toHaveLength(1);
    expect(signs[0].kind).toBe("smallSample");
    expect(plain(signs[0].sentence)).toContain("мало участников ВПР (9, меньше 10)");
  });
});

describe("ВПР well above the municipality, exams not", () => {
  const above = (rows: ResultRow[]) =>
    objectivitySigns(rows).filter((s) => s.kind === "vprAboveExam") as VprAboveExamSign[];
  /** Municipal ВПР quality pooled over both schools; school B fixed at 20 of 100. */
  const withVpr = (good: number, examGood = 5): ResultRow[] => [
    quality("ВПР", "Школа А", good, 100),
    quality("ВПР", "Школа Б", 20, 100),
    quality("ОГЭ", "Школа А", examGood, 20),
    quality("ОГЭ", "Школа Б", 10, 20),
  ];

  test("the difference is taken from the pooled municipal quality; at 15 п.п. it is not a sign", () => {
    // School 50 of 100, municipality 70 of 200 = 35,0 %: exactly +15,0 п.п.
    expect(above(withVpr(50))).toEqual([]);
  });

  test("just above (+15,5 п.п.) with ОГЭ below the municipality is a sign", () => {
    // School 51 of 100, municipality 71 of 200 = 35,5 %: +15,5 п.п.
    const [sign] = above(withVpr(51));
    expect(sign).toMatchObject({
      school: "Школа А",
      exam: "ОГЭ",
      vprQuality: 51,
      vprMunicipal: 35.5,
      vprDifference: 15.5,
    });
    expect(sign).toMatchObject({ examValue: 25, examMunicipal: 37.5 });
    expect(plain(sign.sentence)).toBe(
      "Школа А, математика, 2023/2024: качество знаний по ВПР 51,0 % — на 15,5 п.п. выше муниципального (35,5 %), " +
        "а по ОГЭ качество знаний 25,0 % при муниципальном 37,5 % — повод проверить оценивание ВПР.",
    );
    expect(sign.sentence + sign.rule).not.toMatch(/необъектив/i);
    expect(plain(sign.rule)).toContain("более чем на 15 п.п. (порог по умолчанию)");
  });

  test("a school above the municipality on ОГЭ too is not a sign; one level with it is", () => {
    expect(above(withVpr(60, 15))).toEqual([]);
    expect(above(withVpr(60, 10))).toHaveLength(1); // 10 of 20 = 50,0 %, municipality 20 of 40 = 50,0 %
  });

  test("no exam in the same subject and period: nothing to compare, no sign", () => {
    const rows = withVpr(80).map((r) => (r.procedure === "ОГЭ" ? { ...r, subject: "физика" } : r));
    expect(above(rows)).toEqual([]);
  });

  test("ЕГЭ is compared on the share of 81+ results", () => {
    const ege = (school: string, high: number): ResultRow => ({
      period: PERIOD,
      school,
      procedure: "ЕГЭ",
      subject: "Математика ",
      grade: "11",
      distribution: { kind: "bands", belowMinimum: 0, upTo60: 10, from61to80: 10 - high, from81to99: high, hundred: 0 },
    });
    const rows = [
      quality("ВПР", "Школа А", 80, 100),
      quality("ВПР", "Школа Б", 20, 100),
      ege("Школа А", 1),
      ege("Школа Б", 5),
    ];
    const [sign] = above(rows);
    expect(sign).toMatchObject({ exam: "ЕГЭ", examValue: 5, examMunicipal: 15 });
    expect(plain(sign.sentence)).toContain("а по ЕГЭ доля результатов от 81 балла 5,0 % при муниципальном 15,0 %");
  });

  test("too few exam participants: a note, not a sign", () => {
    const rows = [
      quality("ВПР", "Школа А", 80, 100),
      quality("ВПР", "Школа Б", 20, 100),
      quality("ОГЭ", "Школа А", 1, 9),
      quality("ОГЭ", "Школа Б", 10, 20),
    ];
    const signs = objectivitySigns(rows);
    expect(signs.map((s) => s.kind)).toEqual(["smallSample"]);
    expect(plain(signs[0].sentence)).toContain("мало участников ОГЭ (9, меньше 10)");
  });
});
