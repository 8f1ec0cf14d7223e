import type { Mechanism } from "../base/model/terms";
import type { System } from "./schema";

/**
 * Read off a system's name. Checked in this order because names overlap: «воспитанников ДОУ» is
 * preschool, «методическая работа с педагогами» is teachers, «руководителей» wins over «педагог».
 */
const RULES: readonly (readonly [Mechanism, RegExp])[] = [
  ["preschool", /дошкольн/i],
  ["lowResults", /ШНОР|ШНСУ|ШССУ|низкими\s+результат|неблагоприятн/i],
  ["talents", /способност|талант|одар[её]нн|олимпиад/i],
  ["careers", /профориент|профессиональн[а-яё]*\s+(самоопредел|ориентац)|самоопредел/i],
  ["managers", /руководител/i],
  ["teachers", /педагог|методическ|ДПО|профессионального\s+(развития|роста)|мастерства/i],
  ["upbringing", /воспитани|социализац/i],
  ["preparation", /подготовк[а-яё]*\s+обучающ|образовательных\s+результат|качества\s+подготовки/i],
];

/** The mechanism a system belongs to, or «other» (Tula's objectivity block, regional indicators). */
export function mechanismOf(system: Pick<System, "label" | "name" | "sheetName">): Mechanism {
  for (const text of [system.label, system.name, system.sheetName]) {
    const found = RULES.find(([, pattern]) => pattern.test(text));
    if (found) return found[0];
  }
  return "other";
}
