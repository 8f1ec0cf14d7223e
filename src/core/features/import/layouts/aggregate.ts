import type { Procedure, ScoreBands } from "../../../base/model/results";
import type { ParsedResult, SourceUnit } from "../model";

/** Per-school sums of pupils' rows; a pupil's row is read and forgotten, only these counts stay. */
export class SchoolTally {
  participants = 0;
  readonly marks = [0, 0, 0, 0]; // «5», «4», «3», «2»
  readonly confirmation = [0, 0, 0]; // понизили, подтвердили, повысили
  compared = 0;
  readonly bands = [0, 0, 0, 0, 0];
  scoreSum = 0;
  scored = 0;
  primarySum = 0;
  primaried = 0;
  marked = 0;

  constructor(
    readonly unit: SourceUnit,
    readonly procedure: Procedure,
    readonly subject: string,
    readonly grade: string,
    readonly year: number,
  ) {}

  addMark(mark: number | undefined, journal?: number): void {
    if (mark === undefined || ![2, 3, 4, 5].includes(mark)) return;
    this.marked += 1;
    this.marks[5 - mark] += 1;
    if (journal !== undefined && [2, 3, 4, 5].includes(journal)) {
      this.compared += 1;
      this.confirmation[mark < journal ? 0 : mark === journal ? 1 : 2] += 1;
    }
  }

  addPrimary(score: number | undefined): void {
    if (score === undefined) return;
    this.primarySum += score;
    this.primaried += 1;
  }

  /** ЕГЭ test score into the default bands (below `minimum`, to 60, 61–80, 81–99, 100). */
  addScore(score: number | undefined, minimum: number | undefined): void {
    if (score === undefined) return;
    this.scoreSum += score;
    this.scored += 1;
    if (minimum === undefined) return;
    const band = score < minimum ? 0 : score <= 60 ? 1 : score <= 80 ? 2 : score < 100 ? 3 : 4;
    this.bands[band] += 1;
  }

  result(useBands: boolean): ParsedResult {
    const round = (value: number) => Math.round(value * 100) / 100;
    const [n5, n4, n3, n2] = this.marks;
    const [belowMinimum, upTo60, from61to80, from81to99, hundred] = this.bands;
    const bands: ScoreBands = { kind: "bands", belowMinimum, upTo60, from61to80, from81to99, hundred };
    const participants = this.marked > 0 ? this.marked : this.scored > 0 ? this.scored : this.participants;
    return {
      level: "school",
      unit: this.unit,
      procedure: this.procedure,
      subject: this.subject,
      grade: this.grade,
      year: this.year,
      participants,
      ...(this.marked > 0 && { distribution: { kind: "marks" as const, n5, n4, n3, n2 } }),
      ...(this.marked === 0 && useBands && this.scored > 0 && { distribution: bands }),
      ...(this.compared > 0 &&
        this.compared === this.marked && {
          confirmation: {
            lowered: this.confirmation[0],
            confirmed: this.confirmation[1],
            raised: this.confirmation[2],
          },
        }),
      ...(this.scored > 0 && { averageScore: round(this.scoreSum / this.scored) }),
      ...(this.primaried > 0 && { averagePrimary: round(this.primarySum / this.primaried) }),
    };
  }
}

/** Tallies by key, in the order first met. */
export class Tallies {
  private readonly byKey = new Map<string, SchoolTally>();

  get(key: string, create: () => SchoolTally): SchoolTally {
    let tally = this.byKey.get(key);
    if (!tally) {
      tally = create();
      this.byKey.set(key, tally);
    }
    return tally;
  }

  all(): SchoolTally[] {
    return [...this.byKey.values()];
  }
}
