import { MAX_COLS, parseAddress } from "./address";
import { HostCollection, HostObject } from "./base";
import { HostRange } from "./range";
import { HostError, invalidArgument, RequestQueue } from "./requests";
import type { NoteState, SheetState, WorkbookState } from "./state";

const NOTES_API = 18;

/** Worksheet.notes (ExcelApi 1.18): the sheet's notes in cell order; add one on a cell, read, delete. */
export class HostNotes extends HostCollection<HostNote> {
  constructor(
    queue: RequestQueue,
    private readonly book: WorkbookState,
    label: string,
    private readonly sheet: () => SheetState,
  ) {
    super(queue, label);
  }

  protected list(): HostNote[] {
    this.queue.requireApi(NOTES_API, "Worksheet.notes");
    const sheet = this.sheet();
    return [...sheet.notes.keys()]
      .sort((a, b) => a - b)
      .map((key) => {
        const [row, col] = [Math.floor(key / MAX_COLS), key % MAX_COLS];
        return new HostNote(this.queue, this.book, `${this.label}(${row},${col})`, () => sheet, row, col);
      });
  }

  /** Excel refuses a note on more than one cell, and a second note on a cell. */
  add(cellAddress: HostRange | string, content: string): HostNote {
    let at: { row: number; col: number } | undefined;
    this.call("add", [cellAddress, content], () => {
      this.queue.requireApi(NOTES_API, "NoteCollection.add");
      const sheet = this.sheet();
      const rect = typeof cellAddress === "string" ? parseAddress(cellAddress)?.rect : cellAddress.target().rect;
      if (!rect || rect.rows !== 1 || rect.cols !== 1) throw invalidArgument("note cell");
      if (sheet.noteAt(rect.row, rect.col)) throw new HostError("InvalidArgument", "The cell already has a note.");
      sheet.addNote(rect.row, rect.col, content);
      at = { row: rect.row, col: rect.col };
    });
    return new HostNote(this.queue, this.book, `${this.label}.add`, this.sheet, -1, -1, () => at);
  }
}

export class HostNote extends HostObject {
  constructor(
    queue: RequestQueue,
    private readonly book: WorkbookState,
    label: string,
    private readonly sheet: () => SheetState,
    private readonly row: number,
    private readonly col: number,
    private readonly added?: () => { row: number; col: number } | undefined,
  ) {
    super(queue, label);
  }

  private where(): { row: number; col: number } {
    const at = this.added ? this.added() : { row: this.row, col: this.col };
    if (!at) throw new HostError("InvalidOperation", "The note was not added.");
    return at;
  }

  private state(): NoteState {
    const { row, col } = this.where();
    const note = this.sheet().noteAt(row, col);
    if (!note) throw new HostError("ItemNotFound", `No note at ${this.label}.`);
    return note;
  }

  protected scalars(): Record<string, () => unknown> {
    return { content: () => this.state().content, authorName: () => this.state().author };
  }

  get content(): string {
    return this.read("content");
  }

  getLocation(): HostRange {
    return new HostRange(this.queue, this.book, `${this.label}.location`, () => {
      const { row, col } = this.where();
      return { sheet: this.sheet(), rect: { row, col, rows: 1, cols: 1 } };
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const { row, col } = this.where();
      this.sheet().deleteNote(row, col);
    });
  }
}
