import data from "../data/federal/methodology.json";
import type { MethodologyInput } from "../methodologySchema";

/**
 * Федеральная методика оценки механизмов управления качеством образования (seed 003_c2f9cc6eb99b76b2.txt):
 * 2 blocks → 9 subsystems → 6 cycle stages → 284 scored positions.
 *
 * Reading the flattened table. Every table row starts with a tab after at least two tab-only lines (the empty
 * «Максимальный балл» cell); a line after fewer than two tab-only lines (or with no leading tab) continues the
 * row above and is joined to it with one space. The only exceptions are the first row after a stage heading and
 * the first item after a group heading ending in «:», which follow a single tab-only line.
 *
 * Group headings («Наличие обоснования …:», «Наличие региональных показателей (…):», «Проведение мониторинга
 * региональных показателей (…):», «Проведение анализа результатов мониторинга региональных показателей[:]») are
 * a capitalised row followed by lower-case list items. They carry no score of their own and are not positions: the
 * data (data/federal/methodology.json) does not list them, their rule (goalMatch) is copied to their items, and
 * each item's label is made self-contained by prefixing the (municipal) heading.
 *
 * Maximum scores. The source's «Максимальный балл» column is empty and «Итого» has no number, so every maximum is
 * derived (maxReconstructed: true):
 * - presence (no rule in the source; the product shows it as a default 0/1): 1;
 * - perItem: items.length × pointsPerItem;
 * - goalMatch: matching × number of indicators; the source never states a number, so 1 → 2;
 * - graded: max (grades[i] describes the grade min + i, verbatim fragments of the rule text);
 * - penalty («Наличие неэффективных показателей…», no value in the source): pointsPerItem -1, maxScore 0.
 * Derived subsystem maxima (for reference only, the source states none):
 * 1.1 — 34; 1.2 — 25; 1.3 — 43; 1.4 — 42; 2.1 — 31; 2.2 — 57; 2.3 — 37; 2.4 — 27; 2.5 — 40; total 336.
 *
 * Labels speak of the municipality («региональный» → «муниципальный», «регион» → «муниципалитет»), drop the
 * point-rule parentheses (kept in rule.verbatim), use «» quotes and repair obvious slips of the source
 * («по сопровождение», «по взаимодействую», «профориентационным мероприятий», «на повышения», «обеспечение
 * безопасности … безопасности», «обучающимся с ОВЗ»). Names are verbatim.
 */
export const federalMethodology = data as MethodologyInput;
