import { DetailedCellError } from "hyperformula";
import { err, describeFormulaCases, FormulaCase } from "../helpers/formulaCases";
import { evaluate, evaluateSpill } from "../helpers/formulaEngine";

/** formula → expected value, evaluated by a real formula engine with the shipped functions. */
const cases: FormulaCase[] = [
  // Tula, table 2.3.1 (РКР): N = 3800, «5» 1125, «4» 1694, «3» 843, «2» 138.
  ["=MSOKO.QUALITY(1125, 1694, 843, 138)", 74.2],
  ["=MSOKO.SUCCESS(1125, 1694, 843, 138)", 96.4],
  ["=MSOKO.QUALITY(A1, B1, C1, D1)", 74.2, [[1125, 1694, 843, 138]]],
  ["=MSOKO.SHARE(1125 + 1694, 3800)", 74.2],
  ["=MSOKO.AVGMARK(1125, 1694, 843, 138)", 4],
  ["=MSOKO.AVGMARK(1125, 1694, 843, 138, 3)", 4.002], // 15206 / 3800 = 4.0016
  ["=MSOKO.SOU(1125, 1694, 843, 138)", 66.7], // 253472 / 3800 = 66.70
  ["=MSOKO.QUALITY(1, 0, 0, 1)", 50],
  ["=MSOKO.QUALITY(A1, B1, C1, D1)", 50, [[1, null, null, 1]]],
  ["=MSOKO.QUALITY(A1, B1, C1, D1)", "", [[null, null, null, null]]],
  ["=MSOKO.QUALITY(0, 0, 0, 0)", err("DIV_BY_ZERO", /нет участников/)],
  ["=MSOKO.QUALITY(1.5, 1, 1, 1)", err("NUM", /целое число/)],
  ["=MSOKO.SUCCESS(-1, 1, 1, 1)", err("NUM", /отрицательным/)],
  ['=MSOKO.SOU("пять", 1, 1, 1)', err("VALUE", /текст «пять»/)],
  ['=MSOKO.QUALITY("не проводилось", "", "", "")', "не проводилось"],

  // SHARE: half-up rounding, digits, blanks and every bad input.
  ["=MSOKO.SHARE(2819, 3800)", 74.2],
  ["=MSOKO.SHARE(2819, 3800, 2)", 74.18],
  ["=MSOKO.SHARE(2819, 3800, 0)", 74],
  ["=MSOKO.SHARE(1, 8)", 12.5],
  ["=MSOKO.SHARE(1, 8, 0)", 13],
  ["=MSOKO.SHARE(1, 400)", 0.3], // 0.25 → 0.3, half up
  ["=MSOKO.SHARE(0, 17)", 0],
  ["=MSOKO.SHARE(17, 17)", 100],
  ["=MSOKO.SHARE(A1, B1)", "", [[null, 25]]],
  ["=MSOKO.SHARE(A1, B1)", "", [[5, null]]],
  ['=MSOKO.SHARE("12", "48")', 25],
  ['=MSOKO.SHARE("12,5", 50)', 25],
  ["=MSOKO.SHARE(A1, B1)", "не проводилось", [["не проводилось", 25]]],
  ["=MSOKO.SHARE(5, 0)", err("DIV_BY_ZERO", /Знаменатель равен 0 при числителе 5/)],
  ["=MSOKO.SHARE(0, 0)", err("DIV_BY_ZERO", /Знаменатель равен 0/)],
  ["=MSOKO.SHARE(30, 25)", err("NUM", /Числитель \(30\) больше знаменателя \(25\)/)],
  ["=MSOKO.SHARE(-3, 25)", err("NUM", /Числитель: число не может быть отрицательным/)],
  ['=MSOKO.SHARE("двадцать", 25)', err("VALUE", /Числитель: ожидается число, а введён текст «двадцать»/)],
  ["=MSOKO.SHARE(A1, 25)", err("VALUE", /логическое/), [[true]]],
  ["=MSOKO.SHARE(1, 3, 11)", err("NUM", /от 0 до 10/)],
  ["=MSOKO.SHARE(1, 3, 1.5)", err("NUM", /от 0 до 10/)],
  ["=MSOKO.SHARE(1/0, 3)", err("DIV_BY_ZERO", /.*/)],

  // DYNAMICS: п.п. by default, relative percent for counts, absolute difference; Russian aliases.
  ["=MSOKO.DYNAMICS(39, 34.2)", 4.8],
  ['=MSOKO.DYNAMICS(39, 34.2, "п.п.")', 4.8],
  ["=MSOKO.DYNAMICS(34.2, 39)", -4.8],
  ['=MSOKO.DYNAMICS(940, 730, "%")', 28.8],
  ['=MSOKO.DYNAMICS(940, 730, "%", 0)', 29], // the Tula text's «+29 %»
  ['=MSOKO.DYNAMICS(940, 730, "относительное")', 28.8],
  ['=MSOKO.DYNAMICS(940, 730, "абс")', 210],
  ['=MSOKO.DYNAMICS(33, 50, "разность")', -17],
  ['=MSOKO.DYNAMICS(A1, B1, "%")', "", [[null, 730]]],
  ['=MSOKO.DYNAMICS(5, 0, "%")', err("DIV_BY_ZERO", /Прошлое значение равно 0/)],
  ['=MSOKO.DYNAMICS(5, 3, "вверх")', err("VALUE", /Неизвестный вид изменения «вверх»/)],
  ["=MSOKO.DYNAMICS(120, 30)", err("NUM", /доля должна быть от 0 до 100/)],
  ['=MSOKO.DYNAMICS(-5, 30, "%")', err("NUM", /отрицательным/)],
  ['=MSOKO.DYNAMICS("много", 30)', err("VALUE", /Текущее значение: ожидается число/)],

  // TREND: chronological order, blanks skipped, the tolerance.
  ["=MSOKO.TREND(A1:C1)", "нестабильно", [[33, 50, 33]]],
  ["=MSOKO.TREND(A1:C1)", "рост", [[30, 35, 41]]],
  ["=MSOKO.TREND(A1:C1)", "снижение", [[41, 35, 30]]],
  ["=MSOKO.TREND(A1:C1)", "стабильно", [[40, 40.5, 40.2]]],
  ["=MSOKO.TREND(A1:C1, 0.1)", "нестабильно", [[40, 40.5, 40.2]]],
  ["=MSOKO.TREND(A1:D1)", "рост", [[30, null, 35, 41]]],
  ["=MSOKO.TREND(A1:A3)", "снижение", [[12], [9], [5]]],
  ["=MSOKO.TREND(A1:C1)", "рост", [[40, 40.8, 41.6]]], // small steps adding up
  ["=MSOKO.TREND(A1:C1)", "недостаточно данных", [[null, 40, null]]],
  ["=MSOKO.TREND(A1:C1)", "", [[null, null, null]]],
  ["=MSOKO.TREND(A1:C1)", err("VALUE", /текст «н\/д»/), [[30, "н/д", 41]]],
  ["=MSOKO.TREND(A1:C1, -1)", err("NUM", /Допуск/), [[30, 35, 41]]],

  // STATUS: the indicator's direction decides.
  ["=MSOKO.STATUS(75, 70)", "достигнуто"],
  ["=MSOKO.STATUS(65, 70)", "не достигнуто"],
  ['=MSOKO.STATUS(3.1, 5, "меньше — лучше")', "достигнуто"],
  ['=MSOKO.STATUS(7, 5, "lower")', "не достигнуто"],
  ['=MSOKO.STATUS(5, 5, "ниже")', "достигнуто"],
  ["=MSOKO.STATUS(A1, 70)", "", [[null]]],
  ['=MSOKO.STATUS(5, 5, "сбоку")', err("VALUE", /Неизвестное направление «сбоку»/)],

  // DESCRIBE: one correct Russian sentence.
  [
    '=MSOKO.DESCRIBE("доля участников с высокими результатами", 39, 34.2)',
    "Доля участников с высокими результатами выросла с 34,2 % до 39,0 % (+4,8 п.п.).",
  ],
  [
    '=MSOKO.DESCRIBE("Доля обучающихся, получивших «2»", 3.1, 4.6, "%", "меньше — лучше")',
    "Доля обучающихся, получивших «2», снизилась с 4,6 % до 3,1 % (\u22121,5 п.п.) — положительная динамика.",
  ],
  [
    '=MSOKO.DESCRIBE("Количество призёров", 940, 730, "человек")',
    "Количество призёров выросло с 730 до 940 человек (+29 %).",
  ],
  [
    '=MSOKO.DESCRIBE("Количество призёров", 940, 730, "чел.")',
    "Количество призёров выросло с 730 до 940 человек (+29 %).",
  ],
  ['=MSOKO.DESCRIBE("Средний балл ЕГЭ", 68.4, 68.4, "ед.")', "Средний балл ЕГЭ не изменился и составляет 68,4."],
  [
    '=MSOKO.DESCRIBE("Результаты ОГЭ по математике", 61.5, 64, "%", "больше — лучше")',
    "Результаты ОГЭ по математике снизились с 64,0 % до 61,5 % (\u22122,5 п.п.) — отрицательная динамика.",
  ],
  ['=MSOKO.DESCRIBE("Количество ОО", 21, "", "школа")', "Количество ОО составило 21 школа."],
  ['=MSOKO.DESCRIBE("Количество ОО", 21, 19, "школа")', "Количество ОО выросло с 19 до 21 школы (+11 %)."],
  ['=MSOKO.DESCRIBE("Количество ОО", 25, 24, "школа")', "Количество ОО выросло с 24 до 25 школ (+4 %)."],
  ['=MSOKO.DESCRIBE("Число победителей", 3, 0, "победитель")', "Число победителей выросло с 0 до 3 победителей (+3)."],
  ['=MSOKO.DESCRIBE("Доля ОО", 12.34, 12.26)', "Доля ОО не изменилась и составляет 12,3 %."],
  ['=MSOKO.DESCRIBE("Доля ОО", "", 12)', ""],
  ['=MSOKO.DESCRIBE("", 12, 10)', err("VALUE", /Не указано название/)],
  ['=MSOKO.DESCRIBE("Доля ОО", 12, 10, "вёдра")', err("VALUE", /Неизвестная единица «вёдра»/)],
  ['=MSOKO.DESCRIBE("Доля ОО", 112, 10)', err("NUM", /от 0 до 100/)],
];

describeFormulaCases("MSOKO functions in a formula engine", cases);

test("numbers and their units are held together by non-breaking spaces", () => {
  expect(evaluate('=MSOKO.DESCRIBE("Доля ОО", 39, 34.2)')).toBe(
    "Доля ОО выросла с 34,2\u00a0% до 39,0\u00a0% (+4,8\u00a0п.п.).",
  );
});

describe("one formula fills a whole column", () => {
  test("SHARE over two columns returns a column of the same height", () => {
    const data = [
      [1125, 3800],
      [null, 40],
      [30, 25],
      [12, 48],
    ];
    const [first, blank, above, last] = evaluateSpill("=MSOKO.SHARE(A1:A4, B1:B4)", data, 4, 1).map((row) => row[0]);
    expect(first).toBe(29.6);
    expect(blank).toBe("");
    expect((above as DetailedCellError).type).toBe("NUM");
    expect(last).toBe(25);
  });

  test("a single value repeats over a range", () => {
    const data = [[10], [20], [40]];
    expect(evaluateSpill("=MSOKO.SHARE(A1:A3, 40)", data, 3, 1)).toEqual([[25], [50], [100]]);
  });

  test("ranges of different shapes are refused with the shapes named", () => {
    const value = evaluate("=MSOKO.SHARE(A1:A3, B1:B2)", [
      [1, 2],
      [1, 2],
      [1, null],
    ]);
    expect((value as DetailedCellError).message).toBe("Диапазоны разного размера: 3×1 и 2×1");
  });

  test("TREND over a block gives one word per row", () => {
    const data = [
      [33, 50, 33],
      [30, 35, 41],
    ];
    expect(evaluateSpill("=MSOKO.TREND(A1:C2)", data, 2, 1)).toEqual([["нестабильно"], ["рост"]]);
  });

  test("marks over rows of schools", () => {
    const data = [
      [1125, 1694, 843, 138],
      [5, 10, 5, 0],
    ];
    expect(evaluateSpill("=MSOKO.QUALITY(A1:A2, B1:B2, C1:C2, D1:D2)", data, 2, 1)).toEqual([[74.2], [75]]);
  });
});

test("a relative clause closes with a comma before the verb, whatever word opens it", () => {
  const sentence = (name: string) => String(evaluate(`=MSOKO.DESCRIBE("${name}", 40, 30)`)).replace(/\u00a0/g, " ");
  expect(sentence("Доля предметов, по которым проводилось наблюдение")).toBe(
    "Доля предметов, по которым проводилось наблюдение, выросла с 30,0 % до 40,0 % (+10,0 п.п.).",
  );
  expect(sentence("Доля ОО, обучающиеся которых участвовали в олимпиаде")).toMatch(/олимпиаде, выросла/);
  expect(sentence("Доля ОО, ДОО и УДО")).toMatch(/^Доля ОО, ДОО и УДО выросла/);
});

test("an adverb before the participle does not hide the clause", () => {
  const text = String(evaluate('=MSOKO.DESCRIBE("Доля ШНОР, ежегодно показывающих рост", 40, 30)'));
  expect(text.replace(/\u00a0/g, " ")).toMatch(/^Доля ШНОР, ежегодно показывающих рост, выросла/);
});
