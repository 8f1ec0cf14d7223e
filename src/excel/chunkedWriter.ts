/**
 * The one way the add-in writes to a workbook: queued operations grouped into chunks of bounded
 * request size, one context.sync per chunk, with API recalculation suspended while a chunk lands.
 */

/** Answers whether a requirement set is available, e.g. supports("ExcelApi", "1.8"). */
export type Supports = (set: string, version: string) => boolean;

export const officeSupports: Supports = (set, version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;

export interface WriteOp {
  /** Estimated bytes this operation adds to a request. */
  readonly bytes: number;
  readonly run: () => void;
}

/** Excel on the web refuses requests over 5 MB; a chunk stays far below that. */
export const CHUNK_BYTES = 1_000_000;
/** What an action costs beyond its payload: object paths, property names, ids. */
export const OP_BYTES = 200;

export function op(run: () => void, bytes = OP_BYTES): WriteOp {
  return { bytes, run };
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "null");

/**
 * Splits a 2-D block into row slices so each slice alone fits in `maxBytes`; `write` receives the
 * slice's first row (relative to the block) and a fresh 2-D array for range.values and the like.
 */
export function matrixOps<T>(
  matrix: readonly (readonly T[])[],
  maxBytes: number,
  write: (rowOffset: number, slice: T[][]) => void,
): WriteOp[] {
  const ops: WriteOp[] = [];
  const push = (start: number, end: number, bytes: number) =>
    ops.push({
      bytes,
      run: () =>
        write(
          start,
          matrix.slice(start, end).map((row) => [...row]),
        ),
    });
  let start = 0;
  let bytes = OP_BYTES;
  matrix.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (index > start && bytes + rowBytes > maxBytes) {
      push(start, index, bytes);
      start = index;
      bytes = OP_BYTES;
    }
    bytes += rowBytes;
  });
  if (matrix.length > start) push(start, matrix.length, bytes);
  return ops;
}

/** Packs operations in order into chunks of at most `maxBytes` (an oversized operation goes alone). */
export function planChunks(ops: readonly WriteOp[], maxBytes: number): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const item of ops) {
    if (current.length > 0 && bytes + item.bytes > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export interface WriteOptions {
  readonly maxBytes?: number;
  /** ExcelApi 1.8: suspend recalculation of the formulas the chunk touches until its sync. */
  readonly suspendCalculation: boolean;
  /** Called after each chunk's sync with chunks done and chunks in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export async function writeChunked(
  context: Excel.RequestContext,
  ops: readonly WriteOp[],
  options: WriteOptions,
): Promise<void> {
  const chunks = planChunks(ops, options.maxBytes ?? CHUNK_BYTES);
  for (const [index, chunk] of chunks.entries()) {
    if (options.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const item of chunk) item.run();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per byte-bounded chunk
    await context.sync();
    options.onProgress?.(index + 1, chunks.length);
  }
}
