import { contains, sameRect, sheetAddress } from "./address";
import { HostObject } from "./base";
import type { HostRange } from "./range";
import { invalidArgument, RequestQueue } from "./requests";
import type { ValidationState } from "./state";

const KINDS = ["wholeNumber", "decimal", "list", "textLength", "date", "time", "custom"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
/** Excel's own limits: a typed list source, an alert's title and message. */
const LIST_LIMIT = 255;
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 225;

type Rule = Record<string, Record<string, unknown> | undefined>;

/** Range.dataValidation. Rules are kept per rectangle; a new rule drops the rules it overlaps. */
export class RangeDataValidation extends HostObject {
  constructor(
    queue: RequestQueue,
    private readonly range: HostRange,
  ) {
    super(queue, `${range.label}.dataValidation`);
  }

  private here(): ValidationState[] {
    const { sheet, rect } = this.range.target();
    return sheet.validationsIn(rect);
  }

  /** The one rule that covers the whole range, or undefined when there is none or several. */
  private single(): ValidationState | undefined {
    const found = this.here();
    return found.length === 1 && contains(found[0].rect, this.range.target().rect) ? found[0] : undefined;
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      type: () => {
        const found = this.here();
        if (found.length === 0) return "None";
        const kind = this.single()?.rule && Object.keys(this.single()?.rule ?? {})[0];
        return kind ? kind[0].toUpperCase() + kind.slice(1) : "Inconsistent";
      },
      rule: () => (this.here().length === 0 ? {} : (this.single()?.rule ?? null)),
      errorAlert: () => this.single()?.errorAlert ?? null,
      ignoreBlanks: () => this.single()?.ignoreBlanks ?? null,
    };
  }

  private entry(): ValidationState {
    this.queue.requireApi(8, "Range.dataValidation");
    const { sheet, rect } = this.range.target();
    const same = sheet.validations.find((validation) => sameRect(validation.rect, rect));
    if (same) return same;
    sheet.validations = sheet.validations.filter((validation) => !sheet.validationsIn(rect).includes(validation));
    const created: ValidationState = {
      id: sheet.validations.length + 1,
      rect,
      errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
      ignoreBlanks: true,
    };
    sheet.validations.push(created);
    return created;
  }

  get rule(): Rule | null {
    return this.read("rule");
  }
  set rule(rule: Rule) {
    this.assign("rule", rule, () => {
      const checked = checkRule(rule);
      this.entry().rule = checked;
    });
  }

  get errorAlert(): ValidationState["errorAlert"] | null {
    return this.read("errorAlert");
  }
  set errorAlert(alert: ValidationState["errorAlert"]) {
    this.assign("errorAlert", alert, () => {
      if (!["Stop", "Warning", "Information"].includes(alert.style)) throw invalidArgument("alert style");
      if ((alert.title ?? "").length > TITLE_LIMIT) throw invalidArgument("alert title longer than 32 characters");
      if ((alert.message ?? "").length > MESSAGE_LIMIT)
        throw invalidArgument("alert message longer than 225 characters");
      this.entry().errorAlert = { ...alert };
    });
  }

  get ignoreBlanks(): boolean | null {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.assign("ignoreBlanks", ignore, () => {
      this.entry().ignoreBlanks = ignore;
    });
  }

  clear(): void {
    this.call("clear", [], () => {
      this.queue.requireApi(8, "DataValidation.clear");
      const { sheet, rect } = this.range.target();
      const gone = sheet.validationsIn(rect);
      sheet.validations = sheet.validations.filter((validation) => !gone.includes(validation));
    });
  }
}

/** Validates a DataValidationRule as Excel does and returns it as plain data. */
function checkRule(rule: Rule): Record<string, unknown> {
  const kinds = Object.keys(rule ?? {}).filter((kind) => rule[kind] !== undefined && rule[kind] !== null);
  if (kinds.length !== 1 || !KINDS.includes(kinds[0])) throw invalidArgument("a rule needs exactly one criterion");
  const kind = kinds[0];
  const criteria = { ...rule[kind] };
  if (kind === "list") {
    const source = criteria.source;
    if (typeof source === "object" && source !== null && "target" in source) {
      const { sheet, rect } = (source as HostRange).target();
      criteria.source = `=${sheetAddress(sheet.name, rect)}`;
    } else if (typeof source !== "string" || source.length === 0) {
      throw invalidArgument("list source");
    } else if (!source.startsWith("=") && source.length > LIST_LIMIT) {
      throw invalidArgument("list source longer than 255 characters");
    }
  } else if (kind === "custom") {
    if (typeof criteria.formula !== "string") throw invalidArgument("custom validation formula");
  } else {
    if (!OPERATORS.includes(String(criteria.operator))) throw invalidArgument("validation operator");
    if (criteria.formula1 === undefined) throw invalidArgument("formula1");
    if (/Between/.test(String(criteria.operator)) && criteria.formula2 === undefined) throw invalidArgument("formula2");
  }
  return { [kind]: criteria };
}
