import type { WorkbookStatus } from "../core/operations/status";

export type StepState = "done" | "current" | "todo";

export interface Step {
  /** 1 to 4, in the order of the year. */
  readonly index: number;
  readonly state: StepState;
}

/**
 * The year's four steps (sheets, data, check, справка) marked from what the workbook holds: a step
 * is done when its trace is in the book, and the current step is the first one not done.
 */
export function stepsOf(status: WorkbookStatus | undefined): Step[] {
  const done = [
    Boolean(status?.built),
    Boolean(status && status.values + status.resultRows > 0),
    Boolean(status?.lastCheck),
    Boolean(status && status.reports.length > 0),
  ];
  // A later step counts only once the ones before it are done: a справка of an empty book is not the end.
  for (let i = 1; i < done.length; i++) done[i] = done[i] && done[i - 1];
  const current = done.indexOf(false);
  return done.map((isDone, i) => ({ index: i + 1, state: isDone ? "done" : i === current ? "current" : "todo" }));
}
