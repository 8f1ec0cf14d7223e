import type {
  Block,
  CellRange,
  PlannedChart,
  CellStyle,
  PlannedCell,
  PlannedConditionalFormat,
  PlannedHyperlink,
  PlannedTable,
  PlannedValidation,
  SheetPlan,
  StyledRange,
  ValidationRule,
} from "./types";

interface Look {
  readonly style: CellStyle;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
}

export interface Guard {
  readonly rule: ValidationRule;
  readonly errorMessage: string;
  readonly allowOtherText?: boolean;
}

const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409; // Excel's limit

const lookKey = (look: Look) => `${look.style}|${look.numberFormat ?? ""}|${look.wrap ? 1 : 0}`;
const guardKey = (guard: Guard) => JSON.stringify(guard);

/**
 * Collects a sheet cell by cell, then emits it as one block of values and as few styled and
 * validated ranges as possible (vertical runs of equal cells merged), so applying it costs a
 * handful of requests however many rows it has.
 */
export class SheetGrid {
  private readonly cells: PlannedCell[][] = [];
  private readonly looks = new Map<string, Look>();
  private readonly lookAt: (string | undefined)[][] = [];
  private readonly guards = new Map<string, Guard>();
  private readonly guardAt: (string | undefined)[][] = [];
  readonly tables: PlannedTable[] = [];
  readonly conditionalFormats: PlannedConditionalFormat[] = [];
  readonly hyperlinks: PlannedHyperlink[] = [];
  readonly charts: PlannedChart[] = [];
  readonly merges: CellRange[] = [];

  set(row: number, col: number, cell: PlannedCell, look?: Look, guard?: Guard): void {
    (this.cells[row] ??= [])[col] = cell;
    if (look) {
      const key = lookKey(look);
      this.looks.set(key, look);
      (this.lookAt[row] ??= [])[col] = key;
    }
    if (guard) {
      const key = guardKey(guard);
      this.guards.set(key, guard);
      (this.guardAt[row] ??= [])[col] = key;
    }
  }

  get rowCount(): number {
    return this.cells.length;
  }

  get colCount(): number {
    let count = 0;
    for (let row = 0; row < this.cells.length; row++) count = Math.max(count, this.cells[row]?.length ?? 0);
    return count;
  }

  private block(): Block {
    const cols = this.colCount;
    const cells = Array.from({ length: this.rowCount }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.cells[r]?.[c] ?? null),
    );
    return { row: 0, col: 0, cells };
  }

  /** Vertical runs of equal keys in each column, as [row, col, rows, key]. */
  private runs(at: (string | undefined)[][]): [number, number, number, string][] {
    const found: [number, number, number, string][] = [];
    for (let col = 0; col < this.colCount; col++) {
      let start = 0;
      for (let row = 0; row <= this.rowCount; row++) {
        const key = at[row]?.[col];
        const previous = row > 0 ? at[row - 1]?.[col] : undefined;
        if (row === this.rowCount || key !== previous) {
          if (previous !== undefined && row > start) found.push([start, col, row - start, previous]);
          start = row;
        }
      }
    }
    return found;
  }

  private styles(): StyledRange[] {
    return this.runs(this.lookAt).map(([row, col, rows, key]) => {
      const look = this.looks.get(key) as Look;
      return { range: { row, col, rows, cols: 1 }, ...look };
    });
  }

  private validations(): PlannedValidation[] {
    return this.runs(this.guardAt).map(([row, col, rows, key]) => ({
      range: { row, col, rows, cols: 1 },
      ...(this.guards.get(key) as Guard),
    }));
  }

  /**
   * Row heights for wrapped text, estimated from text length and column width: no spreadsheet
   * grows a row by itself when a file or an API writes it.
   */
  private rowHeights(columnWidths: readonly number[]): SheetPlan["rowHeights"] {
    const heights: number[] = [];
    for (let row = 0; row < this.rowCount; row++) {
      let lines = 1;
      for (let col = 0; col < (this.cells[row]?.length ?? 0); col++) {
        const look = this.lookAt[row]?.[col];
        const cell = this.cells[row]?.[col];
        if (!look || !this.looks.get(look)?.wrap || typeof cell !== "string") continue;
        const merged = this.merges.find((m) => m.row === row && m.col === col);
        const width = merged
          ? columnWidths.slice(col, col + merged.cols).reduce((sum, w) => sum + (w ?? 10), 0)
          : (columnWidths[col] ?? 10);
        const perLine = Math.max(1, Math.floor(width * 1.1));
        lines = Math.max(lines, Math.ceil(cell.length / perLine));
      }
      heights[row] = lines > 1 ? Math.min(LINE_POINTS * lines + 2, MAX_ROW_POINTS) : 0;
    }
    const runs: { row: number; rows: number; height: number }[] = [];
    heights.forEach((height, row) => {
      const last = runs[runs.length - 1];
      if (height === 0) return;
      if (last && last.height === height && last.row + last.rows === row) last.rows++;
      else runs.push({ row, rows: 1, height });
    });
    return runs;
  }

  toSheet(name: string, role: string, layout: Pick<SheetPlan, "columnWidths" | "freeze" | "tabColor">): SheetPlan {
    return {
      name,
      role,
      columnWidths: layout.columnWidths,
      rowHeights: this.rowHeights(layout.columnWidths),
      freeze: layout.freeze,
      tabColor: layout.tabColor,
      blocks: [this.block()],
      styles: this.styles(),
      tables: this.tables,
      validations: this.validations(),
      conditionalFormats: this.conditionalFormats,
      hyperlinks: this.hyperlinks,
      charts: this.charts,
      merges: this.merges,
      print: { landscape: true, fitToWidth: true },
    };
  }
}
