import data from "../data/asino/framework.json";
import type { FrameworkInput } from "../schema";

/**
 * Асиновский район: Положение о МСОКО (shared/seeds/000_114db9a20a22e4e2.txt).
 * Systems, criteria and indicators are the eight tables of «Приложение 1» (the authority; the prose
 * lists in section 6 differ). Goals are the «Цели системы …» lists of sections 6.4–6.11; the document
 * gives no separate tasks. `name` fields are verbatim (whitespace normalised), `label` fields cleaned.
 * Generated once from the seed, then reviewed by hand.
 */
export const asinoFramework = data as FrameworkInput;
