/**
 * Request accounting: actions queue on the context as in Office.js and are applied, in order, at
 * context.sync(). Each sync is one request; its size is the JSON of the queued actions.
 */

/** An error shaped like OfficeExtension.Error: `code` is what add-in code branches on. */
export class HostError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notLoaded = (property: string): HostError =>
  new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const invalidArgument = (what: string): HostError =>
  new HostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`);

export interface HostStats {
  syncs: number;
  maxRequestBytes: number;
  totalRequestBytes: number;
  /** Size of each request, in sync order. */
  requestBytes: number[];
  /** Syncs whose request had suspendApiCalculationUntilNextSync in it. */
  suspendedSyncs: number;
}

export const emptyStats = (): HostStats => ({
  syncs: 0,
  maxRequestBytes: 0,
  totalRequestBytes: 0,
  requestBytes: [],
  suspendedSyncs: 0,
});

/** Excel on the web: «RequestPayloadSizeLimitExceeded» past 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

interface Action {
  readonly desc: unknown;
  readonly apply: () => void;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export class RequestQueue {
  private actions: Action[] = [];
  private suspended = false;

  constructor(
    readonly stats: HostStats,
    /** Highest supported ExcelApi 1.x minor version. */
    readonly apiVersion: number,
    private readonly limitBytes: number,
  ) {}

  push(desc: unknown, apply: () => void): void {
    this.actions.push({ desc, apply });
  }

  /** Fails the action at sync time, as a host without the requirement set does. */
  requireApi(minor: number, api: string): void {
    if (this.apiVersion < minor) throw new HostError("ApiNotFound", `${api} needs ExcelApi 1.${minor}.`);
  }

  suspendCalculation(): void {
    this.requireApi(8, "suspendApiCalculationUntilNextSync");
    this.suspended = true;
  }

  get pending(): number {
    return this.actions.length;
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    this.actions = [];
    this.stats.syncs++;
    const bytes = utf8Length(JSON.stringify(actions.map((action) => action.desc)));
    this.stats.requestBytes.push(bytes);
    this.stats.totalRequestBytes += bytes;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    await Promise.resolve();
    if (bytes > this.limitBytes) {
      throw new HostError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
    try {
      for (const action of actions) action.apply();
    } finally {
      if (this.suspended) this.stats.suspendedSyncs++;
      this.suspended = false;
    }
  }
}
