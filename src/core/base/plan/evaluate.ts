/**
 * The value of a formula the core wrote, computed by the core, so a file can carry it as the cached
 * result: a program that never recalculates (a viewer, a mail preview, ONLYOFFICE / Р7-Офис by default)
 * shows the right number, and a rebuilt file never keeps a stale one.
 *
 * It reads the formulas the planners emit (formulas.ts and the sheet planners): numbers, text, the
 * comparison and arithmetic operators, references and ranges on any sheet, and IF, AND, OR, NOT,
 * ISNUMBER, ISBLANK, ROUND, INT, ABS, SUM, COUNT, COUNTA, AVERAGE, MIN, MAX, SUMIFS, COUNTIFS,
 * AVERAGEIFS, IFERROR, plus the MSOKO.* functions given by the caller. Anything else is «unknown»:
 * the shell then writes the formula without a cached value rather than a wrong one.
 */
import { roundHalfUp } from "../math/rounding";
import type { CellValue } from "./types";

/** Excel's error values, as a cached result. */
export interface ErrorValue {
  readonly error: "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A" | "#REF!" | "#NAME?";
}
export type Scalar = CellValue | ErrorValue;

/** What a cell holds for the evaluator: a value, or a formula to compute in turn. */
export type SourceCell = CellValue | { readonly formula: string } | undefined;

/** Where the evaluator reads cells: the workbook as written. Rows and columns are zero-based. */
export interface CellSource {
  cell(sheet: string, row: number, col: number): SourceCell;
  /** The last used row of a sheet, to bound whole-column ranges; none for a sheet that does not exist. */
  lastRow?(sheet: string): number | undefined;
}

/** A custom function (MSOKO.*): scalars and 2-D arrays in, one value out. */
export type CustomFunction = (...args: (Scalar | Scalar[][])[]) => Scalar;

/** Thrown for what the evaluator cannot compute; the formula then gets no cached value. */
export class Unknown extends Error {}

interface RangeRef {
  readonly kind: "range";
  readonly sheet: string;
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}
type Value = Scalar | RangeRef;

const isError = (v: unknown): v is ErrorValue => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: unknown): v is RangeRef => typeof v === "object" && v !== null && "kind" in v;
const err = (error: ErrorValue["error"]): ErrorValue => ({ error });

// ---------------------------------------------------------------- tokens

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; sheet?: string; a: string; b?: string }
  | { t: "fn"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "op"; v: string };

const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const REF = new RegExp(String.raw`^(?:('(?:[^']|'')+'|[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*)!)?(${CELL})(?::(${CELL}))?`);
const FN = /^([A-Z][A-Z0-9.]*)\(/;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let s = formula.replace(/^\s*=/, "");
  while (s.length > 0) {
    if (/^\s/.test(s)) {
      s = s.slice(1);
      continue;
    }
    let m: RegExpMatchArray | null;
    if ((m = s.match(/^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/))) tokens.push({ t: "num", v: Number(m[0]) });
    else if ((m = s.match(/^"((?:[^"]|"")*)"/))) tokens.push({ t: "str", v: m[1].replace(/""/g, '"') });
    else if ((m = s.match(FN))) {
      tokens.push({ t: "fn", v: m[1] });
      m = [m[1]] as RegExpMatchArray; // the "(" stays for the parser
    } else if ((m = s.match(/^(TRUE|FALSE)\b/))) tokens.push({ t: "bool", v: m[1] === "TRUE" });
    else if ((m = s.match(REF))) {
      const sheet = m[1]?.startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
      tokens.push({ t: "ref", sheet, a: m[2], b: m[3] });
    } else if ((m = s.match(/^(<>|<=|>=|[-+*/^&=<>(),%])/))) tokens.push({ t: "op", v: m[1] });
    else throw new Unknown(`cannot read «${s.slice(0, 20)}»`);
    s = s.slice(m[0].length);
  }
  return tokens;
}

// ---------------------------------------------------------------- syntax

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; sheet?: string; a: string; b?: string }
  | { k: "call"; name: string; args: Node[] }
  | { k: "unary"; op: string; x: Node }
  | { k: "bin"; op: string; l: Node; r: Node };

const LEVELS: readonly (readonly string[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

function parse(tokens: Token[]): Node {
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Unknown(`expected ${v}`);
    i++;
  };
  const level = (n: number): Node => {
    if (n === LEVELS.length) return unary();
    let left = level(n + 1);
    while (peek()?.t === "op" && LEVELS[n].includes((peek() as { v: string }).v)) {
      const op = (tokens[i++] as { v: string }).v;
      left = { k: "bin", op, l: left, r: level(n + 1) };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp("-") || isOp("+")) {
      const op = (tokens[i++] as { v: string }).v;
      return { k: "unary", op, x: unary() };
    }
    let node = primary();
    while (isOp("%")) {
      i++;
      node = { k: "bin", op: "/", l: node, r: { k: "lit", v: 100 } };
    }
    return node;
  };
  const primary = (): Node => {
    const token = tokens[i++];
    if (!token) throw new Unknown("unexpected end");
    switch (token.t) {
      case "num":
      case "str":
      case "bool":
        return { k: "lit", v: token.v };
      case "ref":
        return { k: "ref", sheet: token.sheet, a: token.a, b: token.b };
      case "fn": {
        expect("(");
        const args: Node[] = [];
        if (!isOp(")")) {
          for (;;) {
            args.push(isOp(",") || isOp(")") ? { k: "lit", v: null } : level(0));
            if (isOp(",")) i++;
            else break;
          }
        }
        expect(")");
        return { k: "call", name: token.v, args };
      }
      case "op":
        if (token.v === "(") {
          const inner = level(0);
          expect(")");
          return inner;
        }
    }
    throw new Unknown("unexpected token");
  };
  const tree = level(0);
  if (i !== tokens.length) throw new Unknown("trailing tokens");
  return tree;
}

// ---------------------------------------------------------------- values

function cellIndex(a1: string): { row: number; col: number } {
  const m = a1.replace(/\$/g, "").match(/^([A-Z]+)(\d+)$/);
  if (!m) throw new Unknown(`bad cell ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function toNumber(v: Scalar): number | ErrorValue {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const text = v.trim();
  if (text !== "" && Number.isFinite(Number(text))) return Number(text);
  return err("#VALUE!");
}

function toBoolean(v: Scalar): boolean | ErrorValue {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const upper = v.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return err("#VALUE!");
}

const toText = (v: Scalar): string | ErrorValue =>
  isError(v) ? v : v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

/** Excel's order of kinds in a comparison: numbers < text < booleans; a blank is 0 or "" as its partner. */
function compare(a: Scalar, b: Scalar): number | ErrorValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (v: CellValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const [x, y] = [Number(a), Number(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A spreadsheet shows 15 significant digits; arithmetic noise past them is not a difference. */
const tidy = (n: number): number => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);

const HOLDS: Readonly<Record<string, (c: number) => boolean>> = {
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  ">=": (c) => c >= 0,
};

/**
 * A SUMIFS-style criterion — «<>» (not blank), «>=5», «да» (equal, any case), or a cell's value — read
 * once, as the test a conditional aggregate applies to each cell of its range.
 */
function criterionTest(criterion: Scalar): (value: Scalar) => boolean {
  if (typeof criterion === "string") {
    const m = criterion.match(/^(<>|<=|>=|=|<|>)?([\s\S]*)$/);
    const op = m?.[1] ?? "=";
    const operand = m?.[2] ?? "";
    if (operand === "") {
      if (op !== "<>" && op !== "=") return () => false;
      const wantBlank = op === "=";
      return (value) => !isError(value) && (value === null || value === "") === wantBlank;
    }
    const asNumber = Number(operand);
    const target: CellValue = operand.trim() !== "" && Number.isFinite(asNumber) ? asNumber : operand;
    const holds = HOLDS[op] ?? (() => false);
    return (value) => {
      if (isError(value)) return false;
      if (typeof target === "number" && typeof value !== "number") return op === "<>";
      if (typeof target === "string" && typeof value !== "string") {
        if (op === "<>") return true;
        if (op !== "=") return false;
      }
      if (value === null) return op === "<>";
      return holds(compare(value, target) as number);
    };
  }
  if (criterion === null) return () => false;
  return (value) => !isError(value) && value !== null && compare(value, criterion) === 0;
}

/**
 * The one value a criterion asks a cell to equal, as the range index keys it («да» and «ДА» alike),
 * or undefined for a criterion that is not a plain equality (then every cell is tested).
 */
function equalityKey(criterion: Scalar): string | number | undefined {
  if (typeof criterion === "number") return criterion;
  if (typeof criterion !== "string") return undefined;
  const m = criterion.match(/^(=)?([\s\S]*)$/);
  const operand = m?.[2] ?? "";
  if (operand === "" || /^(<>|<=|>=|<|>)/.test(criterion)) return undefined;
  const asNumber = Number(operand);
  return operand.trim() !== "" && Number.isFinite(asNumber) ? asNumber : `\u0000${operand.toLowerCase()}`;
}

/** Where each value stands in a range, by equalityKey: numbers by value, text by its lower case. */
function indexOfValues(values: readonly Scalar[]): Map<string | number, number[]> {
  const index = new Map<string | number, number[]>();
  values.forEach((value, i) => {
    const key =
      typeof value === "number" ? value : typeof value === "string" ? `\u0000${value.toLowerCase()}` : undefined;
    if (key === undefined) return;
    const at = index.get(key);
    if (at) at.push(i);
    else index.set(key, [i]);
  });
  return index;
}

// ---------------------------------------------------------------- evaluation

export interface Evaluator {
  /** The value of the formula in a cell, or throws Unknown. */
  formula(sheet: string, formula: string): Scalar;
  /** The value of a cell: its value, or its formula's value. */
  cell(sheet: string, row: number, col: number): Scalar;
}

/** One evaluator per written workbook: it remembers every cell it computed. */
export function createEvaluator(
  source: CellSource,
  functions: Readonly<Record<string, CustomFunction>> = {},
): Evaluator {
  const memo = new Map<string, Scalar | Unknown>();
  const parsed = new Map<string, Node>();
  const inProgress = new Set<string>();
  // The workbook does not change while it is evaluated: a range read once serves every formula over it,
  // and so does its index (the system sheets' COUNTIFS and SUMIFS all look up codes in one column).
  const ranges = new Map<string, Scalar[]>();
  const indexes = new Map<string, Map<string | number, number[]>>();
  const rangeKey = (v: RangeRef) => `${v.sheet}\u0000${v.r1}\u0000${v.c1}\u0000${v.r2}\u0000${v.c2}`;

  const tree = (formula: string): Node => {
    let node = parsed.get(formula);
    if (!node) {
      node = parse(tokenize(formula));
      parsed.set(formula, node);
    }
    return node;
  };

  function cell(sheet: string, row: number, col: number): Scalar {
    const content = source.cell(sheet, row, col);
    if (content === undefined || content === null) return null;
    if (typeof content !== "object") return content;
    const key = `${sheet}\u0000${row}\u0000${col}`;
    const known = memo.get(key);
    if (known instanceof Unknown) throw known;
    if (known !== undefined) return known;
    if (inProgress.has(key)) throw new Unknown("circular reference");
    inProgress.add(key);
    try {
      const value = formula(sheet, content.formula);
      memo.set(key, value);
      return value;
    } catch (error) {
      if (error instanceof Unknown) memo.set(key, error);
      throw error;
    } finally {
      inProgress.delete(key);
    }
  }

  function formula(sheet: string, text: string): Scalar {
    return scalar(evaluate(tree(text), sheet));
  }

  function scalar(v: Value): Scalar {
    if (!isRange(v)) return v;
    if (v.r1 !== v.r2 || v.c1 !== v.c2) return err("#VALUE!");
    return cell(v.sheet, v.r1, v.c1);
  }

  /** Every cell of a range (row by row), or the value itself. The array is shared: never change it. */
  function values(v: Value): Scalar[] {
    if (!isRange(v)) return [v];
    const key = rangeKey(v);
    let known = ranges.get(key);
    if (!known) {
      known = readRange(v);
      ranges.set(key, known);
    }
    return known;
  }

  function indexOf(v: RangeRef): Map<string | number, number[]> {
    const key = rangeKey(v);
    let index = indexes.get(key);
    if (!index) {
      index = indexOfValues(values(v));
      indexes.set(key, index);
    }
    return index;
  }

  function readRange(v: RangeRef): Scalar[] {
    const out: Scalar[] = [];
    const last = source.lastRow?.(v.sheet);
    const r2 = last === undefined ? v.r2 : Math.min(v.r2, last);
    for (let r = v.r1; r <= r2; r++) for (let c = v.c1; c <= v.c2; c++) out.push(cell(v.sheet, r, c));
    for (let r = r2 + 1; r <= v.r2; r++) for (let c = v.c1; c <= v.c2; c++) out.push(null);
    return out;
  }

  function grid(v: Value): Scalar[][] {
    if (!isRange(v)) return [[v]];
    const rows: Scalar[][] = [];
    for (let r = v.r1; r <= v.r2; r++) {
      const line: Scalar[] = [];
      for (let c = v.c1; c <= v.c2; c++) line.push(cell(v.sheet, r, c));
      rows.push(line);
    }
    return rows;
  }

  /** Numbers of the arguments as SUM and COUNT see them: a range's numbers only, a direct argument coerced. */
  function numbers(args: Value[], strict: boolean): number[] | ErrorValue {
    const out: number[] = [];
    for (const arg of args) {
      if (isRange(arg)) {
        for (const v of values(arg)) {
          if (isError(v)) return v;
          if (typeof v === "number") out.push(v);
        }
      } else {
        if (isError(arg)) return arg;
        if (arg === null) continue;
        const n = toNumber(arg);
        if (isError(n)) {
          if (strict) return n;
          continue;
        }
        out.push(n);
      }
    }
    return out;
  }

  /**
   * The positions (in order) where every range/criterion pair of COUNTIFS, SUMIFS or AVERAGEIFS holds,
   * and the ranges' size. A pair asking for equality narrows the search through its range's index.
   */
  function conditional(args: Value[], from: number): { hits: number[]; size: number } | ErrorValue {
    const pairs: { range: Value; values: Scalar[]; criterion: Scalar }[] = [];
    for (let k = from; k + 1 < args.length; k += 2)
      pairs.push({ range: args[k], values: values(args[k]), criterion: scalar(args[k + 1]) });
    if (pairs.length === 0) return err("#VALUE!");
    const size = pairs[0].values.length;
    if (pairs.some((pair) => pair.values.length !== size)) return err("#VALUE!");
    let candidates: readonly number[] | undefined;
    let rest = pairs;
    const indexed = pairs.findIndex((pair) => isRange(pair.range) && equalityKey(pair.criterion) !== undefined);
    if (indexed >= 0) {
      const pair = pairs[indexed];
      candidates = indexOf(pair.range as RangeRef).get(equalityKey(pair.criterion)!) ?? [];
      rest = pairs.filter((_, k) => k !== indexed);
    }
    const tests = rest.map((pair) => ({ values: pair.values, test: criterionTest(pair.criterion) }));
    const holds = (i: number) => tests.every(({ values: range, test }) => test(range[i]));
    const hits: number[] = [];
    if (candidates) {
      for (const i of candidates) if (holds(i)) hits.push(i);
    } else {
      for (let i = 0; i < size; i++) if (holds(i)) hits.push(i);
    }
    return { hits, size };
  }

  function call(name: string, nodes: Node[], sheet: string): Value {
    const arg = (k: number) => (k < nodes.length ? evaluate(nodes[k], sheet) : null);
    const all = () => nodes.map((node) => evaluate(node, sheet));
    const num = (k: number) => toNumber(scalar(arg(k)));
    switch (name) {
      case "IF": {
        const test = toBoolean(scalar(arg(0)));
        if (isError(test)) return test;
        return test ? arg(1) : nodes.length > 2 ? arg(2) : false;
      }
      case "IFERROR": {
        const v = scalar(arg(0));
        return isError(v) ? arg(1) : v;
      }
      case "AND":
      case "OR": {
        const flags: boolean[] = [];
        for (const v of all()) {
          for (const x of isRange(v)
            ? values(v).filter((y) => typeof y === "boolean" || typeof y === "number" || isError(y))
            : [v]) {
            const b = toBoolean(x);
            if (isError(b)) return b;
            flags.push(b);
          }
        }
        if (flags.length === 0) return err("#VALUE!");
        return name === "AND" ? flags.every(Boolean) : flags.some(Boolean);
      }
      case "NOT": {
        const b = toBoolean(scalar(arg(0)));
        return isError(b) ? b : !b;
      }
      case "ISNUMBER":
        return typeof scalar(arg(0)) === "number";
      case "ISBLANK":
        return scalar(arg(0)) === null;
      case "ROUND": {
        const [x, d] = [num(0), num(1)];
        if (isError(x)) return x;
        if (isError(d)) return d;
        return roundHalfUp(x, Math.trunc(d));
      }
      case "INT": {
        const x = num(0);
        return isError(x) ? x : Math.floor(tidy(x));
      }
      case "ABS": {
        const x = num(0);
        return isError(x) ? x : Math.abs(x);
      }
      case "SUM":
      case "AVERAGE":
      case "MIN":
      case "MAX":
      case "COUNT": {
        const ns = numbers(all(), name !== "COUNT");
        if (name === "COUNT") return isError(ns) ? 0 : ns.length;
        if (isError(ns)) return ns;
        if (name === "SUM") return tidy(ns.reduce((a, b) => a + b, 0));
        if (ns.length === 0) return name === "AVERAGE" ? err("#DIV/0!") : 0;
        if (name === "AVERAGE") return tidy(ns.reduce((a, b) => a + b, 0) / ns.length);
        return name === "MIN" ? Math.min(...ns) : Math.max(...ns);
      }
      case "COUNTA":
        return all()
          .flatMap(values)
          .filter((v) => v !== null).length;
      case "COUNTIFS": {
        const found = conditional(all(), 0);
        return isError(found) ? found : found.hits.length;
      }
      case "SUMIFS":
      case "AVERAGEIFS": {
        const args = all();
        const target = values(args[0]);
        const found = conditional(args, 1);
        if (isError(found)) return found;
        if (found.size !== target.length) return err("#VALUE!");
        const picked = found.hits.map((i) => target[i]).filter((v): v is number => typeof v === "number");
        const sum = tidy(picked.reduce((a, b) => a + b, 0));
        if (name === "SUMIFS") return sum;
        return picked.length === 0 ? err("#DIV/0!") : tidy(sum / picked.length);
      }
    }
    const custom = functions[name];
    if (!custom) throw new Unknown(`function ${name}`);
    return custom(...all().map((v) => (isRange(v) ? grid(v) : v)));
  }

  function arithmetic(op: string, l: Scalar, r: Scalar): Scalar {
    if (op === "&") {
      const [a, b] = [toText(l), toText(r)];
      if (isError(a)) return a;
      if (isError(b)) return b;
      return a + b;
    }
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(l, r);
      if (isError(c)) return c;
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] ?? false;
    }
    const [a, b] = [toNumber(l), toNumber(r)];
    if (isError(a)) return a;
    if (isError(b)) return b;
    switch (op) {
      case "+":
        return tidy(a + b);
      case "-":
        return tidy(a - b);
      case "*":
        return tidy(a * b);
      case "/":
        return b === 0 ? err("#DIV/0!") : tidy(a / b);
      case "^":
        return tidy(a ** b);
    }
    throw new Unknown(`operator ${op}`);
  }

  function evaluate(node: Node, sheet: string): Value {
    switch (node.k) {
      case "lit":
        return node.v;
      case "ref": {
        const at = node.sheet ?? sheet;
        const a = cellIndex(node.a);
        const b = node.b ? cellIndex(node.b) : a;
        return {
          kind: "range",
          sheet: at,
          r1: Math.min(a.row, b.row),
          c1: Math.min(a.col, b.col),
          r2: Math.max(a.row, b.row),
          c2: Math.max(a.col, b.col),
        };
      }
      case "unary": {
        const x = toNumber(scalar(evaluate(node.x, sheet)));
        if (isError(x)) return x;
        return node.op === "-" ? -x : x;
      }
      case "bin":
        return arithmetic(node.op, scalar(evaluate(node.l, sheet)), scalar(evaluate(node.r, sheet)));
      case "call":
        return call(node.name, node.args, sheet);
    }
  }

  return { formula, cell };
}
