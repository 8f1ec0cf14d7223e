import type { ChangeMode } from "../base/cells/dynamics";
import type { Unit } from "../catalog/schema";

/** Number formats, written in the file format's invariant syntax (dot decimal). */
export const NUMBER_FORMATS = {
  percent: "0.0",
  count: "0",
  decimal: "0.0",
  ratio: "0.00",
  text: "@",
  general: "General",
} as const;

const CHANGE_FORMATS: Record<ChangeMode, string> = {
  points: '+0.0" п.п.";-0.0" п.п.";0.0" п.п."',
  relative: '+0.0" %";-0.0" %";0.0" %"',
  absolute: "+0.0;-0.0;0.0",
};

export function valueFormat(unit: Unit): string {
  switch (unit) {
    case "percent":
      return NUMBER_FORMATS.percent;
    case "count":
      return NUMBER_FORMATS.count;
    case "ratio":
      return NUMBER_FORMATS.ratio;
    case "yesno":
      return NUMBER_FORMATS.general;
    case "score":
      return NUMBER_FORMATS.decimal;
  }
}

/** The unit of a change is part of its format, so «+4,8 п.п.» and «+29,0 %» can't be mistaken. */
export function changeFormat(mode: ChangeMode): string {
  return CHANGE_FORMATS[mode];
}
