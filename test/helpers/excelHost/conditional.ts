import { intersects } from "./address";
import { HostCollection, HostObject } from "./base";
import type { HostRange } from "./range";
import { HostError, invalidArgument, RequestQueue } from "./requests";
import type { ConditionalFormatState, SheetState } from "./state";

type Locate = () => { sheet: SheetState; format: ConditionalFormatState };

/** Range.conditionalFormats: only the Custom type (a formula rule) is modelled. */
export class RangeConditionalFormats extends HostCollection<HostConditionalFormat> {
  private static nextId = 1;

  constructor(
    queue: RequestQueue,
    private readonly range: HostRange,
  ) {
    super(queue, `${range.label}.conditionalFormats`);
  }

  protected list(): HostConditionalFormat[] {
    this.queue.requireApi(6, "Range.conditionalFormats");
    const { sheet, rect } = this.range.target();
    return sheet.conditionalFormats
      .filter((format) => intersects(format.rect, rect))
      .map((format) => new HostConditionalFormat(this.queue, `${this.label}(${format.id})`, () => ({ sheet, format })));
  }

  add(type: string): HostConditionalFormat {
    let created: ReturnType<Locate> | undefined;
    this.call("add", [type], () => {
      this.queue.requireApi(6, "ConditionalFormatCollection.add");
      if (type !== "Custom") throw new Error(`excelHost: conditional format type ${type} is not modelled`);
      const { sheet, rect } = this.range.target();
      const format: ConditionalFormatState = { id: RangeConditionalFormats.nextId++, rect, type, stopIfTrue: false };
      sheet.conditionalFormats.push(format);
      created = { sheet, format };
    });
    return new HostConditionalFormat(this.queue, `${this.label}.add(${type})`, () => {
      if (!created) throw new HostError("InvalidOperation", "The conditional format was not added.");
      return created;
    });
  }

  clearAll(): void {
    this.call("clearAll", [], () => {
      this.queue.requireApi(6, "ConditionalFormatCollection.clearAll");
      const { sheet, rect } = this.range.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !intersects(format.rect, rect));
    });
  }
}

export class HostConditionalFormat extends HostObject {
  readonly custom: CustomConditionalFormat;

  constructor(
    queue: RequestQueue,
    label: string,
    private readonly locate: Locate,
  ) {
    super(queue, label);
    this.custom = new CustomConditionalFormat(queue, `${label}.custom`, locate);
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      id: () => String(this.locate().format.id),
      type: () => this.locate().format.type,
      stopIfTrue: () => this.locate().format.stopIfTrue,
      priority: () => this.locate().sheet.conditionalFormats.indexOf(this.locate().format),
    };
  }

  protected override children(): Record<string, HostObject> {
    return { custom: this.custom };
  }

  delete(): void {
    this.call("delete", [], () => {
      const { sheet, format } = this.locate();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((other) => other !== format);
    });
  }
}

class CustomConditionalFormat extends HostObject {
  readonly rule: ConditionalFormatRule;
  readonly format: ConditionalRangeFormat;

  constructor(queue: RequestQueue, label: string, locate: Locate) {
    super(queue, label);
    this.rule = new ConditionalFormatRule(queue, `${label}.rule`, locate);
    this.format = new ConditionalRangeFormat(queue, `${label}.format`, locate);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  protected override children(): Record<string, HostObject> {
    return { rule: this.rule, format: this.format };
  }
}

/** A proxy over one field of a conditional format's state. */
abstract class ConditionalPart extends HostObject {
  constructor(
    queue: RequestQueue,
    label: string,
    protected readonly locate: Locate,
  ) {
    super(queue, label);
  }

  protected change<K extends keyof ConditionalFormatState>(
    property: string,
    key: K,
    value: ConditionalFormatState[K],
    check: (value: ConditionalFormatState[K]) => void = () => undefined,
  ): void {
    this.assign(property, value, () => {
      check(value);
      this.locate().format[key] = value;
    });
  }
}

class ConditionalFormatRule extends ConditionalPart {
  protected scalars(): Record<string, () => unknown> {
    return { formula: () => this.locate().format.formula ?? null };
  }

  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.change("formula", "formula", formula, (text) => {
      if (typeof text !== "string" || !text.startsWith("=") || text.length > 8192)
        throw invalidArgument("rule formula");
    });
  }
}

class ConditionalRangeFormat extends ConditionalPart {
  readonly fill: ConditionalFill;
  readonly font: ConditionalFont;

  constructor(queue: RequestQueue, label: string, locate: Locate) {
    super(queue, label, locate);
    this.fill = new ConditionalFill(queue, `${label}.fill`, locate);
    this.font = new ConditionalFont(queue, `${label}.font`, locate);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  protected override children(): Record<string, HostObject> {
    return { fill: this.fill, font: this.font };
  }
}

class ConditionalFill extends ConditionalPart {
  protected scalars(): Record<string, () => unknown> {
    return { color: () => this.locate().format.fill ?? null };
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.change("color", "fill", color);
  }
}

class ConditionalFont extends ConditionalPart {
  protected scalars(): Record<string, () => unknown> {
    return {
      color: () => this.locate().format.fontColor ?? null,
      bold: () => this.locate().format.bold ?? null,
      italic: () => this.locate().format.italic ?? null,
    };
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.change("color", "fontColor", color);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.change("bold", "bold", bold);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.change("italic", "italic", italic);
  }
}
