import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { SheetPlan } from "../../src/core/base/plan/types";
import { FakeCustomFunctionError, installCustomFunctionsGlobal } from "./customFunctionsGlobal";

installCustomFunctionsGlobal();
// Imported after the global exists, as in Excel, where the runtime is there before our script.
const shipped = (require("../../src/functions/functions") as typeof import("../../src/functions/functions"))
  .customFunctions;

/**
 * A real formula engine (HyperFormula, GPL-3.0: tests only) with the shipped MSOKO functions
 * registered under their Excel names, so formulas are parsed, referenced and spilled by an engine
 * rather than by our own test code.
 */
interface Signature {
  readonly method: string;
  readonly required: number;
  readonly optional: number;
  /** TREND and RISK fold each row (or a single series) into one cell; the rest keep the input's shape. */
  readonly folds?: boolean;
}

export const MSOKO_SIGNATURES: Record<string, Signature> = {
  SHARE: { method: "share", required: 2, optional: 1 },
  DYNAMICS: { method: "dynamics", required: 2, optional: 2 },
  TREND: { method: "trend", required: 1, optional: 1, folds: true },
  RISK: { method: "risk", required: 1, optional: 2, folds: true },
  QUALITY: { method: "quality", required: 4, optional: 1 },
  SUCCESS: { method: "success", required: 4, optional: 1 },
  AVGMARK: { method: "avgmark", required: 4, optional: 1 },
  SOU: { method: "sou", required: 4, optional: 1 },
  STATUS: { method: "status", required: 2, optional: 1 },
  DESCRIBE: { method: "describe", required: 3, optional: 2 },
};

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

type HostValue = unknown;

function toHost(value: unknown): HostValue {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return value;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val;
  return value;
}

function toMatrix(argument: unknown): HostValue[][] | undefined {
  if (argument === undefined) return undefined;
  if (argument instanceof SimpleRangeValue) return argument.rawData().map((row) => row.map(toHost));
  return [[toHost(argument)]];
}

function fromHost(value: unknown): unknown {
  if (value instanceof FakeCustomFunctionError) return new CellError(ERROR_TYPES[value.code], value.message);
  return value;
}

class MsokoPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(MSOKO_SIGNATURES).map(([name, signature]) => [
      `MSOKO.${name}`,
      {
        method: "evaluate",
        sizeOfResultArrayMethod: "sizeOf",
        vectorizationForbidden: true,
        parameters: [
          ...Array.from({ length: signature.required }, () => ({ argumentType: FunctionArgumentType.ANY })),
          ...Array.from({ length: signature.optional }, () => ({
            argumentType: FunctionArgumentType.ANY,
            optionalArg: true,
          })),
        ],
      },
    ]),
  );

  evaluate(ast: { procedureName: string; args: unknown[] }, state: unknown): unknown {
    const name = ast.procedureName.replace(/^MSOKO\./, "");
    const signature = MSOKO_SIGNATURES[name];
    return (this as any).runFunction(ast.args, state, this.metadata(ast.procedureName), (...args: unknown[]) => {
      const matrices = args.map(toMatrix);
      const incoming = matrices.flat(2).find((value) => value instanceof CellError);
      if (incoming) return incoming;
      const result = shipped[signature.method](...matrices).map((row) => row.map(fromHost));
      return result.length === 1 && result[0].length === 1
        ? result[0][0]
        : SimpleRangeValue.onlyValues(result as never);
    });
  }

  sizeOf(ast: { procedureName: string; args: unknown[] }, state: unknown): ArraySize {
    const signature = MSOKO_SIGNATURES[ast.procedureName.replace(/^MSOKO\./, "")];
    const sizes = ast.args.map((arg) => (this as any).arraySizeForAst(arg, state) as ArraySize);
    if (signature.folds) {
      const first = sizes[0];
      return first.height === 1 || first.width === 1 ? ArraySize.scalar() : new ArraySize(1, first.height);
    }
    const widest = sizes.find((size) => size.width > 1 || size.height > 1);
    return widest ? new ArraySize(widest.width, widest.height) : ArraySize.scalar();
  }
}

HyperFormula.registerFunctionPlugin(MsokoPlugin, {
  enGB: Object.fromEntries(Object.keys(MSOKO_SIGNATURES).map((name) => [`MSOKO.${name}`, `MSOKO.${name}`])),
});

/** A fresh engine holding one sheet of the given cells (formulas as strings starting with "="). */
export function engineWith(cells: unknown[][]): HyperFormula {
  return HyperFormula.buildFromArray(cells as never, { licenseKey: "gpl-v3" });
}

/** A fresh engine holding planned sheets under their names, formulas and all, to read computed cells by sheet. */
export function engineWithPlans(plans: readonly SheetPlan[]): {
  engine: HyperFormula;
  value: (sheet: string, row: number, col: number) => unknown;
} {
  const sheets = Object.fromEntries(
    plans.map((plan) => [
      plan.name,
      plan.blocks[0].cells.map((row) =>
        row.map((cell) => (typeof cell === "object" && cell !== null ? cell.formula : cell)),
      ),
    ]),
  );
  const engine = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
  const value = (sheet: string, row: number, col: number) =>
    engine.getCellValue({ sheet: engine.getSheetId(sheet)!, row, col });
  return { engine, value };
}

/** Evaluates one formula against the given data sheet (formula placed below the data). */
export function evaluate(formula: string, data: unknown[][] = []): unknown {
  const engine = engineWith([...data, [formula]]);
  const value = engine.getCellValue({ sheet: 0, row: data.length, col: 0 });
  engine.destroy();
  return value;
}

/** Evaluates a formula that spills and returns the whole spilled block. */
export function evaluateSpill(formula: string, data: unknown[][], rows: number, cols: number): unknown[][] {
  const width = Math.max(cols, ...data.map((row) => row.length));
  const engine = engineWith([...data.map((row) => [...row, ...Array(width - row.length).fill(null)]), [formula]]);
  const block = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => engine.getCellValue({ sheet: 0, row: data.length + r, col: c })),
  );
  engine.destroy();
  return block;
}
