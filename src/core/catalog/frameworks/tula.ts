import data from "../data/tula/framework.json";
import type { FrameworkInput } from "../schema";

/**
 * Тула: Положение о МСОКО и Муниципальная программа управления качеством образования на 2021–2023 годы
 * (shared/seeds/004_01284385d8a2a410.txt).
 *
 * Systems 3.1–4.5 are the programme's mechanisms; P5-7 is the Положение's objectivity block (sections 5–7);
 * P3.5 is the Положение's list of nine regional indicators (3.5). System 2 is the programme's analytic part
 * (Раздел II): one indicator per kind of figure its tables 2.2.1–2.12.1 give (the tables' numbers are in
 * test/fixtures/tulaTables.ts). Its names are the tables' own headings, rows or titles, verbatim; table 2.7.1's classes
 * and pupils by profile are 3.4's indicators (TUL.3.4.14, TUL.3.4.15) and are not entered twice, so 2.7
 * keeps only «Количество ОО» by profile.
 *
 * One indicator = one list item (dash or number) under a heading that names indicators
 * («Показатели…», «Оценке подлежат муниципальные показатели … по:», «Проведение мониторинга … по:»,
 * the numbered groups of the director rating in 4.2). Lists the text repeats (3.1 «Мониторинг»,
 * the 3.4 plan table) are not entered twice. Criteria are the text's own groups, names verbatim
 * (3.4: the four monitorings of its plan table, which group the flat list).
 *
 * `name` is the item as printed (whitespace normalised, list marker and final «;» / «.» dropped,
 * dative «доле …» kept); `label` is the cleaned nominative form. Units and computations are by meaning;
 * the 4.2 rating items are `score` with the point rule in `computation.of`. `unitVerbatim` is set only
 * where the item itself says «в %» / «(%)». Indicator codes number the items of a system in document order.
 */
export const tulaFramework = data as FrameworkInput;
