import { HostError, notLoaded, RequestQueue } from "./requests";

export type LoadOption = string | string[] | { select?: string | string[] };

export function loadPaths(option?: LoadOption): string[] {
  const select = typeof option === "object" && !Array.isArray(option) ? option.select : option;
  const raw = select === undefined ? [] : typeof select === "string" ? select.split(",") : select;
  return raw.map((path) => path.trim()).filter((path) => path.length > 0);
}

/**
 * A proxy like OfficeExtension.ClientObject: property reads need load() and a sync, writes and
 * method calls queue actions that reach the workbook at the next sync.
 */
export abstract class HostObject {
  private readonly loaded = new Map<string, unknown>();
  private nullResolved: boolean | undefined = false;

  protected constructor(
    protected readonly queue: RequestQueue,
    readonly label: string,
  ) {}

  /** Loadable scalar properties, read from the workbook at sync time. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Navigation properties a load path can pass through, e.g. "format/font/bold". */
  protected children(): Record<string, HostObject> {
    return {};
  }

  /** True when the proxy stands for nothing (only *OrNullObject proxies can). Evaluated at sync. */
  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullResolved === undefined) throw notLoaded("isNullObject");
    return this.nullResolved;
  }

  /** For *OrNullObject proxies: isNullObject becomes readable after the next sync. */
  protected trackNull(): void {
    this.nullResolved = undefined;
    this.queue.push({ t: this.label, a: "resolve" }, () => {
      this.nullResolved = this.isNull();
    });
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.queue.push({ t: this.label, a: "load", p: paths }, () => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: readonly string[]): void {
    if (this.isNull()) return;
    const scalars = this.scalars();
    const children = this.children();
    for (const path of paths.length > 0 ? paths : Object.keys(scalars)) {
      const [head, ...rest] = path.split("/");
      if (head in children) children[head].applyLoad(rest.length > 0 ? [rest.join("/")] : []);
      else if (rest.length === 0 && head in scalars) this.loaded.set(head, structuredClone(scalars[head]()));
      else throw new HostError("InvalidArgument", `Cannot load '${path}' of ${this.label}.`);
    }
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  protected remember(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** Queues a property change; like Office.js, the proxy then reads back the value it was given. */
  protected assign(property: string, value: unknown, apply: () => void): void {
    this.loaded.set(property, value);
    this.queue.push({ t: this.label, a: property, v: value }, apply);
  }

  protected call(method: string, args: readonly unknown[], apply: () => void): void {
    this.queue.push({ t: this.label, a: method, v: args }, apply);
  }

  /** What a proxy amounts to inside a request: its path. */
  toJSON(): unknown {
    return { path: this.label };
  }
}

export abstract class HostCollection<T extends HostObject> extends HostObject {
  /** The collection's members as they are at sync time. */
  protected abstract list(): T[];

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  get items(): T[] {
    return this.read<T[]>("items");
  }

  override applyLoad(paths: readonly string[]): void {
    if (this.isNull()) return;
    const itemPaths = paths.map((path) => path.replace(/^items\/?/, "")).filter((path) => path.length > 0);
    const items = this.list();
    for (const item of items) item.applyLoad(itemPaths);
    this.remember("items", items);
  }
}
