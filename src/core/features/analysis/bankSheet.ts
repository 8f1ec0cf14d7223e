import { ROLES } from "../../workbook/roles";
import { ru } from "../../base/i18n/ru";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { CellValue, SheetPlan } from "../../base/plan/types";
import { NUMBER_FORMATS } from "../../workbook/formats";
import { type Phrase, type Trigger } from "./model";
import { ACTORS, type Actor } from "../../base/model/terms";

/** A row the reader could not take, with the sheet row it stands in (1-based) and why, in Russian. */
export interface RowProblem {
  readonly row: number;
  readonly message: string;
}

export const BANK_ROLE = ROLES.bank;
export const BANK_HEADER_ROW = 4;
const TRIGGERS: readonly Trigger[] = ["declined", "unstable", "notReached", "insufficient", "lowSchools", "improved"];

const words = () => ru.recommendations;

export function bankHeaders(): string[] {
  const h = words().bankHeaders;
  return [h.code, h.trigger, h.actor, h.system, h.text, h.source];
}

export function triggerWord(trigger: Trigger): string {
  return words().triggers[trigger];
}

const normal = (text: string) => text.trim().replace(/\s+/g, " ").replace(/ё/g, "е").toLowerCase();

/** Reads a trigger in Russian («снижение») or by its key («declined»). */
export function parseTrigger(text: string): Trigger | undefined {
  const wanted = normal(text);
  return TRIGGERS.find((trigger) => normal(triggerWord(trigger)) === wanted || trigger.toLowerCase() === wanted);
}

const ACTOR_ALIASES: Readonly<Record<string, Actor>> = {
  уо: "управление образования",
  "управлению образования": "управление образования",
  "мку имц": "ИМЦ",
  цнппм: "ИМЦ",
  руководители: "руководители ОО",
  "руководителям оо": "руководители ОО",
  "руководители доо": "руководители ОО",
  педагогам: "педагоги",
  учителя: "педагоги",
  родителям: "родители",
  "родители (законные представители)": "родители",
};

/** Reads an actor as listed in ACTORS (any case) or by a common alias («УО», «руководители»). */
export function parseActor(text: string): Actor | undefined {
  const wanted = normal(text);
  return ACTORS.find((actor) => normal(actor) === wanted) ?? ACTOR_ALIASES[wanted];
}

/** A cell as trimmed text: numbers as written («3.1»), blanks as "". */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "ИСТИНА" : "ЛОЖЬ";
  return String(cell).trim();
}

/** The data rows of a bank: one per phrase, in the sheet's column order. */
export function bankRows(phrases: readonly Phrase[]): CellValue[][] {
  return phrases.map((phrase) => [
    phrase.id,
    triggerWord(phrase.trigger),
    phrase.actor,
    phrase.systemCode ?? "",
    phrase.text,
    phrase.source,
  ]);
}

/**
 * Where the columns stand: found by their headers when the grid has a header row (any order),
 * otherwise the standard order with every row data.
 */
export function locateColumns(
  rows: readonly (readonly unknown[])[],
  headers: readonly string[],
  required: readonly string[],
): { first: number; columns: number[] } {
  const wanted = headers.map(normal);
  const headerRow = rows.findIndex((row) => {
    const cells = row.map((cell) => normal(cellText(cell)));
    return required.every((header) => cells.includes(normal(header)));
  });
  if (headerRow < 0) return { first: 0, columns: headers.map((_, index) => index) };
  const cells = rows[headerRow].map((cell) => normal(cellText(cell)));
  return { first: headerRow + 1, columns: wanted.map((header) => cells.indexOf(header)) };
}

/**
 * Reads phrases back from the sheet «Банк формулировок» (or from bare data rows). Blank rows are
 * skipped; a row with an unknown trigger or actor, an empty wording or a repeated code is left out
 * and named in `problems`; everything else is kept.
 */
export function readBankRows(rows: readonly (readonly unknown[])[]): { phrases: Phrase[]; problems: RowProblem[] } {
  const w = words();
  const { first, columns } = locateColumns(rows, bankHeaders(), [w.bankHeaders.code, w.bankHeaders.text]);
  const phrases: Phrase[] = [];
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (let index = first; index < rows.length; index++) {
    const row = rows[index];
    const sheetRow = index + 1;
    const [id, triggerText, actorText, systemCode, text, source] = columns.map((col) =>
      col < 0 ? "" : cellText(row[col]),
    );
    if ([id, triggerText, actorText, systemCode, text, source].every((cell) => cell === "")) continue;
    const problem = (message: string) => problems.push({ row: sheetRow, message: w.bankProblem(sheetRow, message) });
    const trigger = parseTrigger(triggerText);
    if (!trigger) {
      problem(w.unknownTrigger(triggerText, TRIGGERS.map(triggerWord).join(", ")));
      continue;
    }
    const actor = parseActor(actorText);
    if (!actor) {
      problem(w.unknownActor(actorText, ACTORS.join(", ")));
      continue;
    }
    if (text === "") {
      problem(w.emptyText);
      continue;
    }
    const code = id === "" ? `row${sheetRow}` : id;
    const seen = firstRowOf.get(code);
    if (seen !== undefined) {
      problem(w.duplicateCode(code, seen));
      continue;
    }
    firstRowOf.set(code, sheetRow);
    phrases.push({
      id: code,
      trigger,
      actor,
      ...(systemCode === "" ? {} : { systemCode }),
      text: text.replace(/\s+/g, " "),
      source,
    });
  }
  return { phrases, problems };
}

/** The sheet «Банк формулировок»: the phrases as an editable table with lists for trigger and actor. */
export function bankSheetPlan(phrases: readonly Phrase[]): SheetPlan {
  const w = words();
  const grid = new SheetGrid();
  grid.set(0, 0, w.bankTitle, { style: "title" });
  grid.set(1, 0, w.bankNote, { style: "note" });
  grid.set(2, 0, w.bankThemesNote, { style: "note" });
  bankHeaders().forEach((header, col) => grid.set(BANK_HEADER_ROW, col, header, { style: "header" }));
  const rows = bankRows(phrases);
  const data: CellValue[][] = rows.length > 0 ? rows : [["", "", "", "", "", ""]];
  const triggerGuard = {
    rule: { kind: "list", items: TRIGGERS.map(triggerWord) },
    errorMessage: w.bankTriggerValidation,
  } as const;
  const actorGuard = { rule: { kind: "list", items: [...ACTORS] }, errorMessage: w.bankActorValidation } as const;
  data.forEach((row, index) => {
    const r = BANK_HEADER_ROW + 1 + index;
    grid.set(r, 0, row[0], { style: "input" });
    grid.set(r, 1, row[1], { style: "input" }, triggerGuard);
    grid.set(r, 2, row[2], { style: "input" }, actorGuard);
    grid.set(r, 3, row[3], { style: "input", numberFormat: NUMBER_FORMATS.text });
    grid.set(r, 4, row[4], { style: "input", wrap: true });
    grid.set(r, 5, row[5], { style: "note", wrap: true });
  });
  grid.tables.push({
    name: "MsokoPhraseBank",
    range: { row: BANK_HEADER_ROW, col: 0, rows: data.length + 1, cols: 6 },
  });
  return grid.toSheet(ru.analysisSheet.bankSheet, BANK_ROLE, {
    columnWidths: [28, 18, 22, 12, 80, 60],
    freeze: { rows: BANK_HEADER_ROW + 1, cols: 1 },
  });
}
