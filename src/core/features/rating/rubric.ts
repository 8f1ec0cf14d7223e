/**
 * The Tula director-rating rubric: Программа управления качеством образования 2021–2023, section 4.2
 * «Система мониторинга эффективности руководителей образовательных организаций», list «Показатели
 * (индикаторы качества)» (shared/seeds/004_01284385d8a2a410.txt, lines 1426–1496).
 *
 * One item per list entry, coded as the catalog's 4.2 indicators (TUL.4.2.01–36). An item whose entry
 * gives points for several separate conditions (levels, categories, two different shares) is split into
 * lines coded `<item>.<n>`; every other item has one line coded as the item. A line is what one school
 * enters (a share, a count, «да/нет», a score) and the points the source attaches to it.
 *
 * The source gives no maximum per item and no total, and no bands: maxima here follow from the rules
 * (a rule «за каждого …» has none), and the bands are defaults the user can change (see `bands`).
 */

/** What a line's value is: a share in percent (74.2), a whole count, yes (1) / no (0), a 0–100 score. */
export type RatingValueKind = "percent" | "count" | "yesno" | "score";

/** A threshold: the value compared with a number or with the municipal average of the same line. */
export interface RatingStep {
  readonly when: ">=" | ">";
  readonly bound: number | "average";
  readonly points: number;
}

export type PointsRule =
  /** The source lists the item but attaches no points to it. */
  | { readonly kind: "none" }
  /** The first step the value meets gives its points; none met: `otherwise`. */
  | { readonly kind: "steps"; readonly steps: readonly RatingStep[]; readonly otherwise: number }
  /** `points` for each full `per` units of the value («за каждого выпускника», «за каждые 10%»). */
  | { readonly kind: "perUnit"; readonly points: number; readonly per: number }
  /** Points for «да» and for «нет». */
  | { readonly kind: "yesNo"; readonly yes: number; readonly no: number };

export interface RatingLine {
  /** The item's code for a one-line item, else `<item code>.<n>`. */
  readonly code: string;
  /** What the school enters, with its unit. */
  readonly label: string;
  readonly value: RatingValueKind;
  readonly rule: PointsRule;
  /** The source's words for this rule, each a fragment of the item text. */
  readonly verbatim: readonly string[];
  /** Most points the line can give; undefined where the rule counts «за каждого …» without limit. */
  readonly maxPoints: number | undefined;
  /** How an open wording was read. */
  readonly reading?: string;
}

export interface RatingItem {
  /** The catalog code of the same indicator (system 4.2). */
  readonly code: string;
  /** Number of the group in the source list (1–11). */
  readonly group: number;
  /** The item as printed: list marker and final «;» / «.» dropped. */
  readonly text: string;
  readonly label: string;
  /** Line of the seed where the item stands. */
  readonly line: number;
  readonly lines: readonly RatingLine[];
  /** Sum of the line maxima; undefined when a line has none. */
  readonly maxPoints: number | undefined;
}

export interface RatingGroup {
  readonly number: number;
  /** The heading as printed, without its number and final colon. */
  readonly text: string;
  readonly line: number;
}

export type BandId = "high" | "medium" | "low";

export interface RatingBand {
  readonly id: BandId;
  /** Lowest total in the band; undefined for the lowest band. */
  readonly min: number | undefined;
}

export interface RatingRubric {
  readonly id: string;
  readonly document: string;
  readonly section: string;
  /** Line of the section heading and of the list heading. */
  readonly line: number;
  readonly listLine: number;
  readonly groups: readonly RatingGroup[];
  readonly items: readonly RatingItem[];
  /** Sum of the item maxima over items that have one. */
  readonly maxTotal: number;
  /** Items without a maximum (points «за каждого …»), not part of `maxTotal`. */
  readonly openItems: readonly string[];
  /** Highest band first. */
  readonly bands: readonly RatingBand[];
  /** «default»: the source names no bands; these bounds are ours and the user may change them. */
  readonly bandsSource: "default";
}

const DOC = "004_01284385d8a2a410.txt";

const yesNo = (yes: number, no = 0): PointsRule => ({ kind: "yesNo", yes, no });
const atLeast = (bound: number, points: number): PointsRule => ({
  kind: "steps",
  steps: [{ when: ">=", bound, points }],
  otherwise: 0,
});
const perUnit = (points: number, per = 1): PointsRule => ({ kind: "perUnit", points, per });

/** «наличие – -1 балл. Доля … выше средней по муниципальному образованию – -2 балла» (items 02, 04). */
const noCertificate: PointsRule = {
  kind: "steps",
  steps: [
    { when: ">", bound: "average", points: -2 },
    { when: ">", bound: 0, points: -1 },
  ],
  otherwise: 0,
};
const NO_CERTIFICATE_WORDS = [
  "(наличие – -1 балл)",
  "Доля этой категории от их общего числа выше средней по муниципальному образованию – -2 балла",
];
const NO_CERTIFICATE_READING =
  "−2 балла вместо −1, если доля выше средней по муниципальному образованию; средняя — по данным книги (сумма числителей ÷ сумма знаменателей), иначе среднее значений ОО на листе";

/** «отсутствие – 1 балл, наличие – -1 балл» (group 10): the value says whether the defect is present. */
const absence = (label: string): Pick<RatingLine, "label" | "value" | "rule" | "verbatim" | "maxPoints"> => ({
  label,
  value: "yesno",
  rule: yesNo(-1, 1),
  verbatim: ["(отсутствие – 1 балл, наличие – -1 балл)"],
  maxPoints: 1,
});

export const TULA_RATING: RatingRubric = {
  id: "tula-4.2",
  document: DOC,
  section: "Программа, 4.2",
  line: 1394,
  listLine: 1426,
  groups: [
    { number: 1, text: "По базовой подготовке", line: 1428 },
    { number: 2, text: "По подготовке высокого уровня", line: 1440 },
    { number: 3, text: "По объективности результатов внешней оценки", line: 1450 },
    { number: 4, text: "По условиям осуществления образовательной деятельности", line: 1456 },
    { number: 5, text: "По индивидуализации обучения", line: 1462 },
    { number: 6, text: "Организация вариативности обучения в общеобразовательной организации", line: 1465 },
    { number: 7, text: "Развитие кадрового потенциала", line: 1469 },
    { number: 8, text: "Наличие показателей по квалификации в области управления", line: 1475 },
    {
      number: 9,
      text: "Наличие системы оценки компетенций руководителя в соответствии с профессиональным стандартом, оценивающей компетенции руководителя по 5 направлениям",
      line: 1479,
    },
    { number: 10, text: "Наличие неэффективных показателей или показателей с негативными последствиями", line: 1487 },
    { number: 11, text: "Учет специфики ОО при оценке эффективности руководителей", line: 1493 },
  ],
  items: [
    {
      code: "TUL.4.2.01",
      group: 1,
      text: "доля выпускников, успешно прошедших ГИА по образовательным программам основного общего образования",
      label: "Доля выпускников, успешно прошедших ГИА-9",
      line: 1429,
      lines: [
        {
          code: "TUL.4.2.01",
          label: "Доля выпускников 9 классов, успешно прошедших ГИА, %",
          value: "percent",
          rule: { kind: "none" },
          verbatim: [],
          maxPoints: 0,
          reading: "значение показывается, в сумму баллов не входит",
        },
      ],
      maxPoints: 0,
    },
    {
      code: "TUL.4.2.02",
      group: 1,
      text: "доля выпускников ступени, не получивших аттестат об основном общем образовании (наличие – -1 балл). Доля этой категории от их общего числа выше средней по муниципальному образованию – -2 балла",
      label: "Доля выпускников, не получивших аттестат об основном общем образовании",
      line: 1430,
      lines: [
        {
          code: "TUL.4.2.02",
          label: "Доля выпускников 9 классов, не получивших аттестат, %",
          value: "percent",
          rule: noCertificate,
          verbatim: NO_CERTIFICATE_WORDS,
          maxPoints: 0,
          reading: NO_CERTIFICATE_READING,
        },
      ],
      maxPoints: 0,
    },
    {
      code: "TUL.4.2.03",
      group: 1,
      text: "доля выпускников, успешно прошедших ГИА по образовательным программам среднего общего образования (100% – 5 баллов)",
      label: "Доля выпускников, успешно прошедших ГИА-11",
      line: 1432,
      lines: [
        {
          code: "TUL.4.2.03",
          label: "Доля выпускников 11 классов, успешно прошедших ГИА, %",
          value: "percent",
          rule: atLeast(100, 5),
          verbatim: ["(100% – 5 баллов)"],
          maxPoints: 5,
        },
      ],
      maxPoints: 5,
    },
    {
      code: "TUL.4.2.04",
      group: 1,
      text: "доля выпускников, не получивших аттестат о среднем общем образовании (наличие – -1 балл). Доля этой категории от их общего числа выше средней по муниципальному образованию – -2 балла",
      label: "Доля выпускников, не получивших аттестат о среднем общем образовании",
      line: 1434,
      lines: [
        {
          code: "TUL.4.2.04",
          label: "Доля выпускников 11 классов, не получивших аттестат, %",
          value: "percent",
          rule: noCertificate,
          verbatim: NO_CERTIFICATE_WORDS,
          maxPoints: 0,
          reading: NO_CERTIFICATE_READING,
        },
      ],
      maxPoints: 0,
    },
    {
      code: "TUL.4.2.05",
      group: 1,
      text: "доля обучающихся, успешно осваивающих образовательную программу соответствующего уровня: дошкольного общего образования (100% – 1 балл); начального общего образования – (100% – 1 балл); основного общего образования – (100% – 1 балл); среднего общего образования – (100% – 1 балл)",
      label: "Доля обучающихся, успешно осваивающих образовательную программу соответствующего уровня",
      line: 1436,
      lines: [
        {
          code: "TUL.4.2.05.1",
          label: "Дошкольное образование: доля успешно осваивающих программу, %",
          value: "percent",
          rule: atLeast(100, 1),
          verbatim: ["дошкольного общего образования (100% – 1 балл)"],
          maxPoints: 1,
        },
        {
          code: "TUL.4.2.05.2",
          label: "Начальное общее образование: доля успешно осваивающих программу, %",
          value: "percent",
          rule: atLeast(100, 1),
          verbatim: ["начального общего образования – (100% – 1 балл)"],
          maxPoints: 1,
        },
        {
          code: "TUL.4.2.05.3",
          label: "Основное общее образование: доля успешно осваивающих программу, %",
          value: "percent",
          rule: atLeast(100, 1),
          verbatim: ["основного общего образования – (100% – 1 балл)"],
          maxPoints: 1,
        },
        {
          code: "TUL.4.2.05.4",
          label: "Среднее общее образование: доля успешно осваивающих программу, %",
          value: "percent",
          rule: atLeast(100, 1),
          verbatim: ["среднего общего образования – (100% – 1 балл)"],
          maxPoints: 1,
        },
      ],
      maxPoints: 4,
    },
    {
      code: "TUL.4.2.06",
      group: 1,
      text: "реализация в образовательной организации дополнительных общеобразовательных программ на бюджетной основе – 1 балл за каждую программу",
      label: "Дополнительные общеобразовательные программы на бюджетной основе",
      line: 1438,
      lines: [
        {
          code: "TUL.4.2.06",
          label: "Число дополнительных общеобразовательных программ на бюджетной основе",
          value: "count",
          rule: perUnit(1),
          verbatim: ["1 балл за каждую программу"],
          maxPoints: undefined,
        },
      ],
      maxPoints: undefined,
    },
    {
      code: "TUL.4.2.07",
      group: 2,
      text: "наличие выпускников, прошедших ГИА по образовательным программам среднего общего образования и получивших по результатам ГИА 100 баллов (наличие – 5 баллов за каждого выпускника)",
      label: "Выпускники, получившие 100 баллов на ГИА-11",
      line: 1442,
      lines: [
        {
          code: "TUL.4.2.07",
          label: "Число выпускников, получивших 100 баллов на ГИА-11",
          value: "count",
          rule: perUnit(5),
          verbatim: ["(наличие – 5 баллов за каждого выпускника)"],
          maxPoints: undefined,
        },
      ],
      maxPoints: undefined,
    },
    {
      code: "TUL.4.2.08",
      group: 2,
      text: "доля выпускников ступени среднего общего образования, получивших по результатам ЕГЭ по предметам 80 и более баллов (наличие – 2 балла за каждого выпускника)",
      label: "Выпускники, получившие на ЕГЭ 80 и более баллов",
      line: 1444,
      lines: [
        {
          code: "TUL.4.2.08",
          label: "Число выпускников, получивших на ЕГЭ 80 и более баллов",
          value: "count",
          rule: perUnit(2),
          verbatim: ["(наличие – 2 балла за каждого выпускника)"],
          maxPoints: undefined,
        },
      ],
      maxPoints: undefined,
    },
    {
      code: "TUL.4.2.09",
      group: 2,
      text: "доля этой категории от их общего числа выше средней по муниципальному образованию – 2 балла",
      label: "Доля выпускников с 80 и более баллами ЕГЭ выше средней по муниципальному образованию",
      line: 1446,
      lines: [
        {
          code: "TUL.4.2.09",
          label: "Доля выпускников, получивших на ЕГЭ 80 и более баллов, %",
          value: "percent",
          rule: { kind: "steps", steps: [{ when: ">", bound: "average", points: 2 }], otherwise: 0 },
          verbatim: ["выше средней по муниципальному образованию – 2 балла"],
          maxPoints: 2,
        },
      ],
      maxPoints: 2,
    },
    {
      code: "TUL.4.2.10",
      group: 2,
      text: "результативность участия обучающихся в олимпиадах и конкурсах: наличие обучающихся, подготовленных школой и ставших победителями или призерами предметных олимпиад, научно-практических конференций, творческих конкурсов и т.п.: на муниципальном уровне – 1 балл, на региональном уровне – 4 балла, на всероссийском или международном уровнях – 5 баллов",
      label: "Победители и призёры олимпиад и конкурсов",
      line: 1448,
      lines: [
        {
          code: "TUL.4.2.10.1",
          label: "Есть победители или призёры муниципального уровня (да/нет)",
          value: "yesno",
          rule: yesNo(1),
          verbatim: ["на муниципальном уровне – 1 балл"],
          maxPoints: 1,
          reading: "баллы за каждый уровень, на котором есть победители или призёры, складываются",
        },
        {
          code: "TUL.4.2.10.2",
          label: "Есть победители или призёры регионального уровня (да/нет)",
          value: "yesno",
          rule: yesNo(4),
          verbatim: ["на региональном уровне – 4 балла"],
          maxPoints: 4,
        },
        {
          code: "TUL.4.2.10.3",
          label: "Есть победители или призёры всероссийского или международного уровня (да/нет)",
          value: "yesno",
          rule: yesNo(5),
          verbatim: ["на всероссийском или международном уровнях – 5 баллов"],
          maxPoints: 5,
        },
      ],
      maxPoints: 10,
    },
    {
      code: "TUL.4.2.11",
      group: 3,
      text: "доля выпускников-медалистов, не получивших по всем предметам результаты ГИА 60 и более баллов (наличие – -1 балл за каждого выпускника)",
      label: "Медалисты, не получившие по всем предметам ГИА 60 и более баллов",
      line: 1452,
      lines: [
        {
          code: "TUL.4.2.11",
          label: "Число медалистов, не получивших по всем предметам ГИА 60 и более баллов",
          value: "count",
          rule: perUnit(-1),
          verbatim: ["(наличие – -1 балл за каждого выпускника)"],
          maxPoints: 0,
        },
      ],
      maxPoints: 0,
    },
    {
      code: "TUL.4.2.12",
      group: 3,
      text: "показатель соотнесенности/несоотнесенности образовательной организации к образовательным организациям с необъективными результатами оценочных процедур (ВПр, РПр) (в случае отнесения к спискам образовательных организаций с необъективными результатами – -5 баллов по каждому предмету)",
      label: "Отнесение ОО к организациям с необъективными результатами (ВПР, РПР)",
      line: 1454,
      lines: [
        {
          code: "TUL.4.2.12",
          label: "Число предметов, по которым ОО в списках с необъективными результатами",
          value: "count",
          rule: perUnit(-5),
          verbatim: ["-5 баллов по каждому предмету"],
          maxPoints: 0,
        },
      ],
      maxPoints: 0,
    },
    {
      code: "TUL.4.2.13",
      group: 4,
      text: "данные рейтинга образовательного учреждения, размещенные на официальном сайте ГМУ (bus.gov.ru) по результатам проведения независимой оценки качества условий осуществления образовательной деятельности (НОКУ): 40-60 баллов – 1 балл, 61-80 баллов – 2 балла, 81-100 баллов – 3 балла",
      label: "Рейтинг ОО по независимой оценке качества условий (bus.gov.ru)",
      line: 1458,
      lines: [
        {
          code: "TUL.4.2.13",
          label: "Балл ОО по результатам НОКУ (bus.gov.ru), 0–100",
          value: "score",
          rule: {
            kind: "steps",
            steps: [
              { when: ">=", bound: 81, points: 3 },
              { when: ">=", bound: 61, points: 2 },
              { when: ">=", bound: 40, points: 1 },
            ],
            otherwise: 0,
          },
          verbatim: ["40-60 баллов – 1 балл, 61-80 баллов – 2 балла, 81-100 баллов – 3 балла"],
          maxPoints: 3,
          reading: "границы — нижние: дробный балл между 60 и 61 даёт 1 балл, между 80 и 81 — 2 балла; ниже 40 — 0",
        },
      ],
      maxPoints: 3,
    },
    {
      code: "TUL.4.2.14",
      group: 4,
      text: "инвестиционная привлекательность, привлечение внебюджетных средств для развития учебно-материальной базы образовательного учреждения (доля внебюджетных средств от общей суммы финансирования образовательного учреждения – 1 балл за каждые 10%)",
      label: "Привлечение внебюджетных средств",
      line: 1460,
      lines: [
        {
          code: "TUL.4.2.14",
          label: "Доля внебюджетных средств в общей сумме финансирования ОО, %",
          value: "percent",
          rule: perUnit(1, 10),
          verbatim: ["1 балл за каждые 10%"],
          maxPoints: 10,
          reading: "баллы за каждые полные 10 %",
        },
      ],
      maxPoints: 10,
    },
    {
      code: "TUL.4.2.15",
      group: 5,
      text: "создание условий для обучения: детей с ОВЗ –1 балл, для временно нетрудоспособных детей –1 балл",
      label: "Условия для обучения детей с ОВЗ и временно нетрудоспособных детей",
      line: 1463,
      lines: [
        {
          code: "TUL.4.2.15.1",
          label: "Созданы условия для обучения детей с ОВЗ (да/нет)",
          value: "yesno",
          rule: yesNo(1),
          verbatim: ["детей с ОВЗ –1 балл"],
          maxPoints: 1,
        },
        {
          code: "TUL.4.2.15.2",
          label: "Созданы условия для обучения временно нетрудоспособных детей (да/нет)",
          value: "yesno",
          rule: yesNo(1),
          verbatim: ["для временно нетрудоспособных детей –1 балл"],
          maxPoints: 1,
        },
      ],
      maxPoints: 2,
    },
    {
      code: "TUL.4.2.16",
      group: 5,
      text: "реализация дополнительных общеразвивающих программ для обучающихся, состоящих на различных профилактических учетах – 1 балл",
      label: "Общеразвивающие программы для обучающихся, состоящих на профилактических учётах",
      line: 1464,
      lines: [
        {
          code: "TUL.4.2.16",
          label: "Реализуются программы для обучающихся на профилактических учётах (да/нет)",
          value: "yesno",
          rule: yesNo(1),
          verbatim: ["состоящих на различных профилактических учетах – 1 балл"],
          maxPoints: 1,
        },
      ],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.17",
      group: 6,
      text: "наличие предпрофильной подготовки на ступени основного общего образования – 1 балл",
      label: "Предпрофильная подготовка на уровне основного общего образования",
      line: 1466,
      lines: [
        {
          code: "TUL.4.2.17",
          label: "Есть предпрофильная подготовка (да/нет)",
          value: "yesno",
          rule: yesNo(1),
          verbatim: ["наличие предпрофильной подготовки на ступени основного общего образования – 1 балл"],
          maxPoints: 1,
        },
      ],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.18",
      group: 6,
      text: "доля охвата организацией профильного обучения на ступени среднего образования: доля классов, охваченных профильным обучением, из общего числа 10-11 классов 70 и более % – 5 баллов; доля обучающихся, охваченных профильным обучением, из общего числа обучающихся 10-11 классов 90 и более % – 5 баллов)",
      label: "Охват профильным обучением в 10–11 классах",
      line: 1467,
      lines: [
        {
          code: "TUL.4.2.18.1",
          label: "Доля 10–11 классов, охваченных профильным обучением, %",
          value: "percent",
          rule: atLeast(70, 5),
          verbatim: ["из общего числа 10-11 классов 70 и более % – 5 баллов"],
          maxPoints: 5,
        },
        {
          code: "TUL.4.2.18.2",
          label: "Доля обучающихся 10–11 классов, охваченных профильным обучением, %",
          value: "percent",
          rule: atLeast(90, 5),
          verbatim: ["из общего числа обучающихся 10-11 классов 90 и более % – 5 баллов"],
          maxPoints: 5,
        },
      ],
      maxPoints: 10,
    },
    {
      code: "TUL.4.2.19",
      group: 6,
      text: "доля обучающихся, охваченных дополнительными образовательными программами в образовательном учреждении (наличие – 1 балл)",
      label: "Охват обучающихся дополнительными образовательными программами",
      line: 1468,
      lines: [
        {
          code: "TUL.4.2.19",
          label: "Доля обучающихся, охваченных дополнительными образовательными программами, %",
          value: "percent",
          rule: { kind: "steps", steps: [{ when: ">", bound: 0, points: 1 }], otherwise: 0 },
          verbatim: ["(наличие – 1 балл)"],
          maxPoints: 1,
          reading: "«наличие» — доля больше 0",
        },
      ],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.20",
      group: 7,
      text: "наличие не менее чем у 80% педагогических работников квалификационных категорий – 1 балл",
      label: "Квалификационные категории не менее чем у 80 % педагогов",
      line: 1470,
      lines: [
        {
          code: "TUL.4.2.20",
          label: "Доля педагогических работников с квалификационной категорией, %",
          value: "percent",
          rule: atLeast(80, 1),
          verbatim: ["наличие не менее чем у 80% педагогических работников квалификационных категорий – 1 балл"],
          maxPoints: 1,
        },
      ],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.21",
      group: 7,
      text: "наличие не менее чем 50 % аттестовавшихся педагогических работников на высшую квалификационную категорию – 2 балла",
      label: "Не менее 50 % педагогов аттестованы на высшую категорию",
      line: 1471,
      lines: [
        {
          code: "TUL.4.2.21",
          label: "Доля педагогических работников, аттестованных на высшую категорию, %",
          value: "percent",
          rule: atLeast(50, 2),
          verbatim: [
            "не менее чем 50 % аттестовавшихся педагогических работников на высшую квалификационную категорию – 2 балла",
          ],
          maxPoints: 2,
        },
      ],
      maxPoints: 2,
    },
    {
      code: "TUL.4.2.22",
      group: 7,
      text: "стимулирование деятельности молодых специалистов (доля педагогических работников со стажем работы до 5 лет – 10 % и более – 5 баллов)",
      label: "Молодые специалисты: доля педагогов со стажем до 5 лет 10 % и более",
      line: 1472,
      lines: [
        {
          code: "TUL.4.2.22",
          label: "Доля педагогических работников со стажем работы до 5 лет, %",
          value: "percent",
          rule: atLeast(10, 5),
          verbatim: ["со стажем работы до 5 лет – 10 % и более – 5 баллов"],
          maxPoints: 5,
        },
      ],
      maxPoints: 5,
    },
    {
      code: "TUL.4.2.23",
      group: 7,
      text: "участие педагогических работников в конкурсах профессионального мастерства из перечня Минобрнауки РФ: на муниципальном уровне – 1 балл за каждого участника, на региональном уровне – 2 балла за каждого участника, на федеральном уровне – 3 балла за каждого участника. В случае наличия победителя: на муниципальном уровне – 2 балла за каждого победителя, на региональном уровне – 3 балла за каждого победителя, на федеральном уровне – 5 баллов за каждого победителя",
      label: "Участие педагогов в конкурсах профессионального мастерства",
      line: 1473,
      lines: [
        {
          code: "TUL.4.2.23.1",
          label: "Число участников конкурсов муниципального уровня",
          value: "count",
          rule: perUnit(1),
          verbatim: ["на муниципальном уровне – 1 балл за каждого участника"],
          maxPoints: undefined,
          reading: "победитель получает баллы и как участник, и как победитель",
        },
        {
          code: "TUL.4.2.23.2",
          label: "Число участников конкурсов регионального уровня",
          value: "count",
          rule: perUnit(2),
          verbatim: ["на региональном уровне – 2 балла за каждого участника"],
          maxPoints: undefined,
        },
        {
          code: "TUL.4.2.23.3",
          label: "Число участников конкурсов федерального уровня",
          value: "count",
          rule: perUnit(3),
          verbatim: ["на федеральном уровне – 3 балла за каждого участника"],
          maxPoints: undefined,
        },
        {
          code: "TUL.4.2.23.4",
          label: "Число победителей конкурсов муниципального уровня",
          value: "count",
          rule: perUnit(2),
          verbatim: ["на муниципальном уровне – 2 балла за каждого победителя"],
          maxPoints: undefined,
        },
        {
          code: "TUL.4.2.23.5",
          label: "Число победителей конкурсов регионального уровня",
          value: "count",
          rule: perUnit(3),
          verbatim: ["на региональном уровне – 3 балла за каждого победителя"],
          maxPoints: undefined,
        },
        {
          code: "TUL.4.2.23.6",
          label: "Число победителей конкурсов федерального уровня",
          value: "count",
          rule: perUnit(5),
          verbatim: ["на федеральном уровне – 5 баллов за каждого победителя"],
          maxPoints: undefined,
        },
      ],
      maxPoints: undefined,
    },
    {
      code: "TUL.4.2.24",
      group: 7,
      text: "наличие победителя из числа руководителя образовательной организации или его заместителей в конкурсах профессионального мастерства из перечня Минобрнауки РФ: на муниципальном уровне – 2 балла, на региональном уровне – 3 балла, на федеральном уровне – 5 баллов",
      label: "Руководитель или заместители — победители конкурсов профессионального мастерства",
      line: 1474,
      lines: [
        {
          code: "TUL.4.2.24.1",
          label: "Есть победитель муниципального уровня среди руководителя и заместителей (да/нет)",
          value: "yesno",
          rule: yesNo(2),
          verbatim: ["на муниципальном уровне – 2 балла"],
          maxPoints: 2,
          reading: "баллы за каждый уровень, на котором есть победитель, складываются",
        },
        {
          code: "TUL.4.2.24.2",
          label: "Есть победитель регионального уровня среди руководителя и заместителей (да/нет)",
          value: "yesno",
          rule: yesNo(3),
          verbatim: ["на региональном уровне – 3 балла"],
          maxPoints: 3,
        },
        {
          code: "TUL.4.2.24.3",
          label: "Есть победитель федерального уровня среди руководителя и заместителей (да/нет)",
          value: "yesno",
          rule: yesNo(5),
          verbatim: ["на федеральном уровне – 5 баллов"],
          maxPoints: 5,
        },
      ],
      maxPoints: 10,
    },
    {
      code: "TUL.4.2.25",
      group: 8,
      text: "наличие у руководителя образовательного учреждения дополнительного профессионального образования по специальности «Менеджмент в образовании» или «Государственное и муниципальное образование», «Управление персоналом» – 3 балла",
      label: "Дополнительное профессиональное образование руководителя в области управления",
      line: 1476,
      lines: [
        {
          code: "TUL.4.2.25",
          label: "У руководителя есть ДПО в области управления (да/нет)",
          value: "yesno",
          rule: yesNo(3),
          verbatim: ["«Управление персоналом» – 3 балла"],
          maxPoints: 3,
        },
      ],
      maxPoints: 3,
    },
    {
      code: "TUL.4.2.26",
      group: 8,
      text: "аттестация руководителя образовательного учреждения на соответствие занимаемой должности – 3 балла",
      label: "Аттестация руководителя на соответствие занимаемой должности",
      line: 1477,
      lines: [
        {
          code: "TUL.4.2.26",
          label: "Руководитель аттестован на соответствие занимаемой должности (да/нет)",
          value: "yesno",
          rule: yesNo(3),
          verbatim: ["на соответствие занимаемой должности – 3 балла"],
          maxPoints: 3,
        },
      ],
      maxPoints: 3,
    },
    ...(
      [
        ["27", "руководство образовательной деятельностью ОО", "Руководство образовательной деятельностью ОО", 1481],
        ["28", "руководство развитием ОО", "Руководство развитием ОО", 1482],
        ["29", "управление ресурсами ОО", "Управление ресурсами ОО", 1483],
        [
          "30",
          "представление ОО в отношениях с органами государственной власти, органами местного самоуправления, общественными объединениями",
          "Представление ОО в отношениях с органами власти и общественными объединениями",
          1484,
        ],
        [
          "31",
          "управление научно-исследовательской и инновационной деятельностью ОО",
          "Управление научно-исследовательской и инновационной деятельностью ОО",
          1485,
        ],
      ] as const
    ).map(([n, text, label, line]): RatingItem => ({
      code: `TUL.4.2.${n}`,
      group: 9,
      text: `${text} (1 балл)`,
      label: `Компетенция руководителя: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
      line,
      lines: [
        {
          code: `TUL.4.2.${n}`,
          label: `Компетенция подтверждена оценкой: ${label.charAt(0).toLowerCase()}${label.slice(1)} (да/нет)`,
          value: "yesno",
          rule: yesNo(1),
          verbatim: [`${text} (1 балл)`],
          maxPoints: 1,
        },
      ],
      maxPoints: 1,
    })),
    {
      code: "TUL.4.2.32",
      group: 10,
      text: "отсутствие неисполненных предписаний контрольно-надзорных органов (отсутствие – 1 балл, наличие – -1 балл)",
      label: "Неисполненные предписания контрольно-надзорных органов",
      line: 1489,
      lines: [{ code: "TUL.4.2.32", ...absence("Есть неисполненные предписания (да/нет)") }],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.33",
      group: 10,
      text: "отсутствие объективных жалоб, письменных обращений на действие (бездействие) руководителя образовательного учреждения (отсутствие – 1 балл, наличие – -1 балл)",
      label: "Объективные жалобы и обращения на действия (бездействие) руководителя",
      line: 1490,
      lines: [{ code: "TUL.4.2.33", ...absence("Есть объективные жалобы, обращения (да/нет)") }],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.34",
      group: 10,
      text: "отсутствие отрицательной динамики негативных проявлений среди обучающихся и неэффективности мер по предупреждению безнадзорности и правонарушений несовершеннолетних (отсутствие – 1 балл, наличие – -1 балл)",
      label: "Отрицательная динамика негативных проявлений, неэффективность профилактики",
      line: 1491,
      lines: [
        {
          code: "TUL.4.2.34",
          ...absence("Есть отрицательная динамика или неэффективность мер профилактики (да/нет)"),
        },
      ],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.35",
      group: 11,
      text: "осуществление образовательной деятельности: в сельских школах – 1 балл; городских школах, с численностью обучающихся до 500 человек – 1 балл; городских школах, с численностью обучающихся более 1000 человек – 1 балл",
      label: "Специфика ОО: сельская школа, городская до 500 или более 1000 обучающихся",
      line: 1495,
      lines: [
        {
          code: "TUL.4.2.35",
          label: "ОО — сельская школа или городская с численностью до 500 или более 1000 обучающихся (да/нет)",
          value: "yesno",
          rule: yesNo(1),
          verbatim: [
            "в сельских школах – 1 балл",
            "с численностью обучающихся до 500 человек – 1 балл",
            "с численностью обучающихся более 1000 человек – 1 балл",
          ],
          maxPoints: 1,
          reading: "категории взаимоисключающие, каждая даёт 1 балл: одна строка «да/нет»",
        },
      ],
      maxPoints: 1,
    },
    {
      code: "TUL.4.2.36",
      group: 11,
      text: "осуществление образовательной деятельности образовательными организациями, функционирующими в неблагоприятных социальных условиях (5 баллов)",
      label: "ОО, функционирующая в неблагоприятных социальных условиях",
      line: 1496,
      lines: [
        {
          code: "TUL.4.2.36",
          label: "ОО функционирует в неблагоприятных социальных условиях (да/нет)",
          value: "yesno",
          rule: yesNo(5),
          verbatim: ["функционирующими в неблагоприятных социальных условиях (5 баллов)"],
          maxPoints: 5,
        },
      ],
      maxPoints: 5,
    },
  ],
  maxTotal: 87,
  openItems: ["TUL.4.2.06", "TUL.4.2.07", "TUL.4.2.08", "TUL.4.2.23"],
  // The source names no bands. Defaults: high from 70 % of maxTotal (61 of 87), medium from 40 % (35).
  bands: [
    { id: "high", min: 61 },
    { id: "medium", min: 35 },
    { id: "low", min: undefined },
  ],
  bandsSource: "default",
};

/** Every line of the rubric, in order. */
export function ratingLines(rubric: RatingRubric): RatingLine[] {
  return rubric.items.flatMap((item) => item.lines);
}
