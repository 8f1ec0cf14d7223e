import data from "../model/msokoFunctions.json";
import type { OutcomeMatrix } from "./matrix";
import * as sheet from "./sheetFunctions";

/**
 * The MSOKO functions, once: names, parameters and texts are data (msokoFunctions.json), implementations
 * are the range functions of sheetFunctions.ts. functions.json for Excel (webpack.config.js), the custom
 * functions' registration (src/functions), the pane's help, `msoko calc` and the cached values of files
 * all come from here.
 */
export interface MsokoParameter {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
}

export interface MsokoFunction {
  /** The name in a formula, without the namespace: «SHARE» in «=MSOKO.SHARE(…)». */
  readonly name: string;
  /** One line for the pane's list. */
  readonly summary: string;
  readonly example: string;
  /** Excel's formula builder shows this and the parameters' descriptions. */
  readonly description: string;
  readonly parameters: readonly MsokoParameter[];
  readonly returns: string;
  readonly range: (...args: unknown[]) => OutcomeMatrix;
  /** `msoko calc` passes all its words as one series of periods (TREND, RISK). */
  readonly series: boolean;
}

export const MSOKO_NAMESPACE = data.namespace;

const IMPLEMENTATIONS: Readonly<Record<string, { range: (...args: unknown[]) => OutcomeMatrix; series?: true }>> = {
  SHARE: { range: sheet.shareRange },
  DYNAMICS: { range: sheet.dynamicsRange },
  TREND: { range: sheet.trendRange, series: true },
  QUALITY: { range: sheet.qualityRange },
  SUCCESS: { range: sheet.successRange },
  AVGMARK: { range: sheet.averageMarkRange },
  SOU: { range: sheet.degreeOfLearningRange },
  STATUS: { range: sheet.statusRange },
  DESCRIBE: { range: sheet.describeRange },
  RISK: { range: sheet.riskRange, series: true },
};

/** The MSOKO functions, in the order the help lists them. */
export const MSOKO_FUNCTIONS: readonly MsokoFunction[] = data.functions.map((entry) => {
  const implementation = IMPLEMENTATIONS[entry.name];
  if (!implementation) throw new Error(`MSOKO.${entry.name} has no implementation`);
  return { ...entry, range: implementation.range, series: implementation.series ?? false };
});

export function findMsokoFunction(name: string): MsokoFunction | undefined {
  const bare = name.toUpperCase().replace(new RegExp(`^${MSOKO_NAMESPACE}\\.`), "");
  return MSOKO_FUNCTIONS.find((f) => f.name === bare);
}
