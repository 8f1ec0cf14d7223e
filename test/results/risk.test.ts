import { DEFAULT_RESULT_SETTINGS, ResultRow, ResultSettings } from "../../src/core/base/model/results";
import { RiskFlagged, riskFlags, RiskSmallSample } from "../../src/core/features/results/risk";

const PERIODS = ["2021/2022", "2022/2023", "2023/2024"];
const plain = (text: string) => text.replace(/\u00a0/g, " ");

/**
 * A row of `total` participants with `twos` «2» and `fives` «5»; the rest «3». РКР in grade 7 by
 * default: the rule table has no line for РКР, so the general parameters apply.
 */
function marks(
  period: string,
  twos: number,
  fives: number,
  total = 20,
  school = "Школа №1",
  subject = "математика",
  grade = "7",
  procedure: ResultRow["procedure"] = "РКР",
): ResultRow {
  return {
    period,
    school,
    procedure,
    subject,
    grade,
    participants: total,
    distribution: { kind: "marks", n5: fives, n4: 0, n3: total - twos - fives, n2: twos },
  };
}

const settings = (changes: Partial<ResultSettings> = {}): ResultSettings => ({
  ...DEFAULT_RESULT_SETTINGS,
  ...changes,
});
const onlyTwos = settings({ riskNoTopMarks: false });
const risks = (rows: ResultRow[], s = settings()) =>
  riskFlags(rows, PERIODS, s).filter((f) => f.kind === "risk") as RiskFlagged[];

describe("ШНОР: share of «2»", () => {
  test("at the threshold (4 of 20 = 20,0 %) two years of three is a risk", () => {
    const flags = risks([marks(PERIODS[0], 4, 1), marks(PERIODS[1], 4, 1), marks(PERIODS[2], 0, 1)], onlyTwos);
    expect(flags).toHaveLength(1);
    expect(flags[0].periods).toEqual([PERIODS[0], PERIODS[1]]);
    expect(flags[0].conditions).toEqual(["shareOfTwos"]);
    expect(flags[0].years.map((y) => y.shareOfTwos)).toEqual([20, 20, 0]);
  });

  test("just below (39 of 200 = 19,5 %) is not", () => {
    const rows = PERIODS.map((p) => marks(p, 39, 5, 200));
    expect(risks(rows, onlyTwos)).toEqual([]);
  });

  test("just above (41 of 200 = 20,5 %) is", () => {
    const rows = [marks(PERIODS[0], 41, 5, 200), marks(PERIODS[1], 10, 5, 200), marks(PERIODS[2], 41, 5, 200)];
    expect(risks(rows, onlyTwos)[0].periods).toEqual([PERIODS[0], PERIODS[2]]);
  });

  test("a threshold of 30 % from the settings: 29,5 % is not a risk, 30,0 % is; the rule says it comes from the settings", () => {
    const strict = settings({ riskShareOfTwos: 30, riskNoTopMarks: false });
    expect(
      risks(
        PERIODS.map((p) => marks(p, 59, 5, 200)),
        strict,
      ),
    ).toEqual([]);
    const [flag] = risks(
      PERIODS.map((p) => marks(p, 6, 1)),
      strict,
    );
    expect(flag.isDefaultRule).toBe(false);
    expect(plain(flag.rule)).toContain("доля «2» не ниже 30 %");
    expect(plain(flag.rule)).toContain("правило из настроек");
  });

  test("one risk year of three is not enough; only the last three periods count", () => {
    expect(risks([marks(PERIODS[0], 8, 1), marks(PERIODS[1], 0, 1), marks(PERIODS[2], 0, 1)], onlyTwos)).toEqual([]);
    const older = ["2019/2020", "2020/2021", ...PERIODS];
    const rows = [marks(older[0], 8, 1), marks(older[1], 8, 1), ...PERIODS.map((p) => marks(p, 0, 1))];
    expect(riskFlags(rows, older, onlyTwos)).toEqual([]);
  });

  test("each subject is read apart, its grades summed: the flag names the subject that fired", () => {
    // Mathematics 6 of 20 (30 %) fires; Russian 1 of 20 does not, and pooling them (17,5 %) would hide it.
    const rows = PERIODS.flatMap((p) => [marks(p, 6, 1), marks(p, 1, 1, 20, "Школа №1", "русский язык")]);
    const flags = risks(rows, onlyTwos);
    expect(flags.map((flag) => flag.subject)).toEqual(["математика"]);
    const grades = PERIODS.flatMap((p) => [marks(p, 5, 1), marks(p, 3, 1, 20, "Школа №1", "математика", "8")]);
    expect(risks(grades, onlyTwos)[0].years[0]).toMatchObject({ participants: 40, twos: 8, shareOfTwos: 20 });
  });
});

describe("ШНОР: no «5» and the combination", () => {
  const noFives = [marks(PERIODS[0], 0, 0), marks(PERIODS[1], 0, 0), marks(PERIODS[2], 0, 1)];
  const twosWithFives = [marks(PERIODS[0], 5, 1), marks(PERIODS[1], 5, 1), marks(PERIODS[2], 0, 1)];

  test("either (the default): no «5» alone fires, and so does the share of «2» alone", () => {
    const [byTops] = risks(noFives);
    expect(byTops.conditions).toEqual(["noTopMarks"]);
    expect(byTops.isDefaultRule).toBe(true);
    expect(risks(twosWithFives)[0].conditions).toEqual(["shareOfTwos"]);
  });

  test("one «5» is enough to clear the condition", () => {
    expect(risks(PERIODS.map((p) => marks(p, 0, 1)))).toEqual([]);
  });

  test("both: neither alone fires, together they do", () => {
    const both = settings({ riskCombination: "both" });
    expect(risks(noFives, both)).toEqual([]);
    expect(risks(twosWithFives, both)).toEqual([]);
    const [flag] = risks([marks(PERIODS[0], 5, 0), marks(PERIODS[1], 5, 0), marks(PERIODS[2], 0, 0)], both);
    expect(flag.conditions).toEqual(["shareOfTwos", "noTopMarks"]);
    expect(flag.periods).toEqual([PERIODS[0], PERIODS[1]]);
    expect(plain(flag.rule)).toContain("и одновременно нет ни одной «5»");
  });

  test("ЕГЭ: below the minimum plays «2», 81+ plays «5»", () => {
    const ege = (period: string, below: number, high: number): ResultRow => ({
      period,
      school: "Лицей",
      procedure: "ЕГЭ",
      subject: "математика",
      grade: "11",
      distribution: {
        kind: "bands",
        belowMinimum: below,
        upTo60: 10,
        from61to80: 10 - below - high,
        from81to99: high,
        hundred: 0,
      },
    });
    const [flag] = risks([ege(PERIODS[0], 0, 0), ege(PERIODS[1], 0, 0), ege(PERIODS[2], 0, 2)]);
    expect(flag.conditions).toEqual(["noTopMarks"]);
    expect(plain(flag.rule)).toContain("нет ни одного результата от 81 балла");
    expect(plain(flag.sentence)).toContain(
      "2021/2022: доля не преодолевших минимальный порог 0,0 % (0 из 20), результатов от 81 балла — 0",
    );
  });
});

describe("ШНОР: small samples and the sentence", () => {
  test("a period with fewer than 10 participants is not evaluated, and a note says so", () => {
    const rows = [marks(PERIODS[0], 5, 0, 9), marks(PERIODS[1], 5, 0, 9), marks(PERIODS[2], 0, 1)];
    const flags = riskFlags(rows, PERIODS);
    expect(flags).toHaveLength(1);
    const note = flags[0] as RiskSmallSample;
    expect(note.kind).toBe("smallSample");
    expect(note.periods).toEqual([PERIODS[0], PERIODS[1]]);
    expect(note.participants).toEqual([9, 9]);
    expect(plain(note.sentence)).toBe(
      "Школа №1, РКР, математика: мало участников (2021/2022 — 9, 2022/2023 — 9; меньше 10) — риск по этим периодам не оценивался.",
    );
  });

  test("10 participants is enough", () => {
    expect(risks([marks(PERIODS[0], 2, 0, 10), marks(PERIODS[1], 2, 0, 10)])).toHaveLength(1);
  });

  test("the flag names the school, the procedure, the periods and the numbers in Russian", () => {
    const [flag] = risks([marks(PERIODS[0], 5, 0), marks(PERIODS[1], 6, 2), marks(PERIODS[2], 1, 3)]);
    expect(plain(flag.sentence)).toBe(
      "Школа №1, РКР, математика: признаки риска низких результатов в 2 из 3 последних периодов — " +
        "2021/2022: доля «2» 25,0 % (5 из 20), «5» — 0; 2022/2023: доля «2» 30,0 % (6 из 20), «5» — 2; " +
        "2023/2024: доля «2» 5,0 % (1 из 20), «5» — 3.",
    );
    expect(plain(flag.rule)).toBe(
      "Риск низких результатов (ШНОР): РКР, прочие процедуры и классы: доля «2» не ниже 20 % " +
        "и/или нет ни одной «5» — не менее чем в 2 из 3 последних периодов (критерии ШНОР, Тула; правило по умолчанию)",
    );
  });

  test("«не проводилось» rows and rows without numbers are left out", () => {
    const rows: ResultRow[] = PERIODS.map((p) => ({ ...marks(p, 10, 0), notHeld: true }));
    expect(riskFlags(rows, PERIODS)).toEqual([]);
  });
});

describe("ШНОР: the rule table by procedure and grade (criteria of ШНОР, Тула)", () => {
  test("ВПР 4 класс: 20 % of «2» in two of the last three years, per subject", () => {
    const rows = [4, 4, 0].map((twos, i) => marks(PERIODS[i], twos, 1, 20, "Школа №1", "окружающий мир", "4", "ВПР"));
    const [flag] = risks(rows, onlyTwos);
    expect(flag.line).toBe("vpr4");
    expect(flag.subject).toBe("окружающий мир");
    expect(plain(flag.sentence)).toMatch(/^Школа №1, ВПР, 4 класс, окружающий мир: признаки риска/);
    expect(plain(flag.rule)).toContain("ВПР, 4 класс, все предметы: доля «2» не ниже 20 %");
  });

  test("ОГЭ: 25 % is not a risk, 30 % is (the 30 % of the criteria, not a «strict variant»)", () => {
    const oge = (twos: number) => PERIODS.map((p) => marks(p, twos, 1, 20, "Школа №1", "русский язык", "9", "ОГЭ"));
    expect(risks(oge(5), onlyTwos)).toEqual([]);
    const [flag] = risks(oge(6), onlyTwos);
    expect(flag.line).toBe("oge");
    expect(flag.subject).toBe("русский язык");
  });

  test("ВПР 5–6: one marked work a year is not enough; two marked works in each of the last two years are", () => {
    const year = (p: string, mathTwos: number, russianTwos: number) => [
      marks(p, mathTwos, 1, 20, "Школа №1", "математика", "5", "ВПР"),
      marks(p, russianTwos, 1, 20, "Школа №1", "русский язык", "6", "ВПР"),
    ];
    expect(
      risks(
        PERIODS.flatMap((p) => year(p, 6, 2)),
        onlyTwos,
      ),
    ).toEqual([]);
    const [flag] = risks([...year(PERIODS[0], 0, 0), ...year(PERIODS[1], 6, 6), ...year(PERIODS[2], 7, 6)], onlyTwos);
    expect(flag.line).toBe("vpr56");
    expect(flag.subject).toBe("");
    expect(flag.periods).toEqual([PERIODS[1], PERIODS[2]]);
    expect(plain(flag.sentence)).toContain("в 2 из 2 последних периодов");
    expect(plain(flag.sentence)).toContain("работ с признаком 2 из 2");
    expect(plain(flag.rule)).toContain("по 2 и более работам");
    // History of grade 5, ВПР of grade 7 and elective ОГЭ are not named by the criteria: not read for ШНОР.
    const unnamed = PERIODS.flatMap((p) => [
      marks(p, 9, 0, 20, "Школа №1", "история", "5", "ВПР"),
      marks(p, 9, 0, 20, "Школа №1", "математика", "7", "ВПР"),
      marks(p, 9, 0, 20, "Школа №1", "обществознание", "9", "ОГЭ"),
    ]);
    expect(riskFlags(unnamed, PERIODS)).toEqual([]);
  });

  test("a line changed in the settings is applied and said to come from them", () => {
    const rules = DEFAULT_RESULT_SETTINGS.riskRules.map((rule) =>
      rule.id === "vpr4" ? { ...rule, shareOfTwos: 25 } : rule,
    );
    const rows = [5, 5, 0].map((twos, i) => marks(PERIODS[i], twos, 1, 20, "Школа №1", "математика", "4", "ВПР"));
    expect(risks(rows, settings({ riskNoTopMarks: false, riskRules: rules }))[0].isDefaultRule).toBe(false);
    const fewer = [4, 4, 0].map((twos, i) => marks(PERIODS[i], twos, 1, 20, "Школа №1", "математика", "4", "ВПР"));
    expect(risks(fewer, settings({ riskNoTopMarks: false, riskRules: rules }))).toEqual([]);
  });
});
