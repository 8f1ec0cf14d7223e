import { valueTexts } from "../i18n/values";
import { fail, NumberOutcome } from "../math/outcome";
import { roundHalfUp } from "../math/rounding";

/** How many participants got each mark. */
export interface MarkCounts {
  readonly n5: number;
  readonly n4: number;
  readonly n3: number;
  readonly n2: number;
}

export function participants(marks: MarkCounts): number {
  return marks.n5 + marks.n4 + marks.n3 + marks.n2;
}

function perParticipant(marks: MarkCounts, weighted: number, digits: number): NumberOutcome {
  const total = participants(marks);
  if (total === 0) return fail("div0", valueTexts.errors.noParticipants);
  return roundHalfUp(weighted / total, digits);
}

/** Качество знаний (качество обученности): (n5 + n4) ÷ N × 100. */
export function quality(marks: MarkCounts, digits = 1): NumberOutcome {
  return perParticipant(marks, (marks.n5 + marks.n4) * 100, digits);
}

/** Успеваемость (результативность, уровень обученности): (n5 + n4 + n3) ÷ N × 100. */
export function success(marks: MarkCounts, digits = 1): NumberOutcome {
  return perParticipant(marks, (marks.n5 + marks.n4 + marks.n3) * 100, digits);
}

/** Средний балл: (5n5 + 4n4 + 3n3 + 2n2) ÷ N. */
export function averageMark(marks: MarkCounts, digits = 2): NumberOutcome {
  return perParticipant(marks, 5 * marks.n5 + 4 * marks.n4 + 3 * marks.n3 + 2 * marks.n2, digits);
}

/** Степень обученности (СОУ): (100n5 + 64n4 + 36n3 + 16n2) ÷ N, in percent. */
export function degreeOfLearning(marks: MarkCounts, digits = 1): NumberOutcome {
  return perParticipant(marks, 100 * marks.n5 + 64 * marks.n4 + 36 * marks.n3 + 16 * marks.n2, digits);
}
