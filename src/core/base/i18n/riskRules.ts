import { formatPlain } from "../text/format";

/** The ШНОР rule by procedure and grade on «Пороги результатов», and how a flag names it. */
export const riskRulesText = {
  tableTitle: "ШНОР: правило по процедурам и классам",
  tableNote:
    "Критерии ШНОР (Тула): доля «2» (на ЕГЭ — не преодолевших минимальный порог) по предмету не ниже порога и/или нет ни одной «5» (на ЕГЭ — ни одного результата от 81 балла) не менее чем в 2 из 3 последних лет; для ВПР 5–6 классов — по двум и более работам за два года. Оба условия сочетаются так, как указано в параметрах выше. Процедуры, которых нет в таблице (РКР, ГВЭ, диагностические работы), оцениваются по общим параметрам ШНОР выше, по каждому предмету; классы и предметы, которых критерии не называют (ВПР 7–8 классов, ОГЭ и ЕГЭ по предметам по выбору), для ШНОР не учитываются.",
  headers: {
    rule: "Процедура и классы",
    shareOfTwos: "Доля «2» не ниже, %",
    minWorks: "Работ с признаком в году не меньше",
    years: "Периодов с риском не меньше",
    window: "Из последних периодов",
    source: "Откуда значения по умолчанию",
  },
  labels: {
    vpr4: "ВПР, 4 класс, все предметы",
    vpr56: "ВПР, 5–6 классы, русский язык и математика",
    oge: "ОГЭ, русский язык и математика",
    ege: "ЕГЭ, русский язык и математика (ниже минимального балла)",
  },
  /** How a flag names its line, before the subject. */
  short: { vpr4: "ВПР, 4 класс", vpr56: "ВПР, 5–6 классы", oge: "ОГЭ", ege: "ЕГЭ" },
  sources: {
    vpr4: "Критерии ШНОР (Тула): «2» за ВПР по предметам 4 класса 20 % и более, 2 года из последних 3",
    vpr56:
      "Критерии ШНОР (Тула): «2» по двум и более проверочным работам (русский язык, математика, 5 и 6 классы) 30 % и более, за два учебных года; «по двум и более работам» считается по работам (предмет × класс), данных по каждому ученику в книге нет",
    oge: "Критерии ШНОР (Тула): «2» на ОГЭ по русскому языку, по математике 30 % и более, 2 года из последних 3",
    ege: "Критерии ШНОР (Тула): ниже минимального балла ЕГЭ по русскому языку, математике (профильной и базовой) 30 % и более, 2 года из последних 3",
  },
  /** The rule line a flag fired under, as the report names it. */
  rule: (label: string, share: number, minWorks: number, noTop: string | undefined, years: number, window: number) =>
    `${label}: доля «2» не ниже ${formatPlain(share)}\u00a0%${minWorks > 1 ? ` по ${formatPlain(minWorks)} и более работам` : ""}${
      noTop ?? ""
    } — не менее чем в ${formatPlain(years)} из ${formatPlain(window)} последних периодов`,
  other: "прочие процедуры и классы",
  /** «ВПР, 4 класс, математика»: the line and, mid-sentence, the subject. */
  where: (line: string, subject: string) =>
    subject ? `${line}, ${subject.charAt(0).toLocaleLowerCase("ru")}${subject.slice(1)}` : line,
  /** «ОО, ВПР, 4 класс, математика: …» — a flag names its rule line and the subject that fired. */
  flag: (school: string, line: string, subject: string, risky: number, window: number, years: string) =>
    `${school}, ${riskRulesText.where(line, subject)}: признаки риска низких результатов в ${formatPlain(risky)} из ${formatPlain(window)} последних периодов — ${years}.`,
  works: (marked: number, total: number) => `работ с признаком ${formatPlain(marked)} из ${formatPlain(total)}`,
} as const;
