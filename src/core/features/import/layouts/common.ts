import { importTexts as t } from "../../../base/i18n/import";
import type { LayoutId } from "../../../base/model/terms";
import type { Procedure } from "../../../base/model/results";
import { gradeIn, numberOf, procedureIn, splitLogin, textOf, yearIn } from "../cells";
import type { GridCell, NonObjectivityEntry, ParsedResult, ResultLevel, SourceUnit } from "../model";
import { normalise } from "../normalise";
import { canonicalSubject } from "../subjects";

export type Rows = readonly (readonly GridCell[])[];

/** A file that breaks halfway: the row (zero-based) and what is wrong, so nothing of it is imported. */
export class BrokenRow extends Error {
  constructor(
    readonly row: number,
    readonly what: string,
  ) {
    super(what);
  }
}

/** What one sheet gave. */
export interface SheetYield {
  readonly results: ParsedResult[];
  readonly nonObjectivity?: NonObjectivityEntry[];
  readonly notices: string[];
}

/** A layout: how its table is found (the header row, or −1) and read. */
export interface Layout {
  readonly id: LayoutId;
  find(rows: Rows): number;
  read(rows: Rows, headerRow: number): SheetYield;
}

/** A number from a cell that must hold one (or a placeholder); text there breaks the file. */
export function strictNumber(cell: GridCell | undefined, row: number, what: string): number | undefined {
  const value = numberOf(cell);
  if (value !== undefined) return value;
  const text = textOf(cell);
  if (text === "" || numberOf(text) !== undefined || /^[хxХX\-–—*]$/.test(text) || /^н\/д$/i.test(text))
    return undefined;
  throw new BrokenRow(row, t.notNumber(what, text));
}

/** ФИС ОКО's preamble above the header: «ВПР 2026 Русский язык 4 класс», «Предмет: | …», «Дата: | …». */
export interface Preamble {
  readonly procedure: Procedure;
  readonly year: number;
  readonly subject: string;
  readonly grade: string;
}

export function readPreamble(rows: Rows, headerRow: number): Preamble {
  let procedure: Procedure | undefined;
  let year: number | undefined;
  let subject = "";
  let grade = "";
  let titleRest = "";
  for (let r = 0; r < headerRow; r++) {
    const cells = rows[r].map(textOf);
    const labelAt = cells.findIndex((cell) => cell !== "");
    if (labelAt < 0) continue;
    const label = normalise(cells[labelAt]);
    const value = cells.slice(labelAt + 1).find((cell) => cell !== "") ?? "";
    if (label.startsWith("предмет")) subject = value || cells[labelAt].replace(/^предмет:?/i, "").trim();
    else if (label.startsWith("класс") && gradeIn(value)) grade = gradeIn(value);
    else if (label.startsWith("дата")) year ??= yearIn(value);
    else {
      const found = procedureIn(cells[labelAt]);
      const titleYear = yearIn(cells[labelAt]);
      if (found && titleYear && !procedure) {
        procedure = found;
        year = titleYear;
        const title = cells[labelAt];
        const klass = /(\d{1,2})\s*(класс|кл\.?)/i.exec(title);
        if (klass) grade = gradeIn(klass[1]);
        titleRest = title
          .replace(/^.*?20\d\d\s*/, "")
          .replace(/\d{1,2}\s*(класс|кл\.?).*$/i, "")
          .trim();
      }
    }
  }
  if (!procedure) throw new BrokenRow(0, t.noTitle);
  if (!year) throw new BrokenRow(0, t.noYear);
  const name = subject || titleRest;
  if (!name) throw new BrokenRow(0, t.noSubject);
  return { procedure, year, subject: canonicalSubject(name), grade };
}

const RUSSIA = /^(вся выборка|россия|российская федерация|рф)$/;
const AREA_WORDS = /муниципальн|район|округ|городской|(^|\s)мо(\s|$)|(^|\s)г\.?\s?о\.?(\s|$)/;

/**
 * Tells a ФИС ОКО «Группы участников» row apart: «Вся выборка» is Russia, «…(edu…)» a school,
 * «…(reg20_m012)» or a district's name the municipality, the first other row the region.
 */
export class GroupReader {
  private regionSeen = false;
  municipality: string | undefined;

  classify(text: string): { level: ResultLevel; unit: SourceUnit } {
    const plain = normalise(text);
    const { name, login, area } = splitLogin(text);
    if (RUSSIA.test(plain)) return { level: "russia", unit: { name: t.russia } };
    if (login)
      return { level: "school", unit: { name, login, ...(this.municipality && { municipality: this.municipality }) } };
    if ((area && /_m\d+/i.test(area)) || AREA_WORDS.test(normalise(name))) {
      this.municipality = name;
      this.regionSeen = true;
      return { level: "municipality", unit: { name } };
    }
    if (!this.regionSeen && !area?.includes("_")) {
      this.regionSeen = true;
      return { level: "region", unit: { name } };
    }
    return { level: "school", unit: { name, ...(this.municipality && { municipality: this.municipality }) } };
  }
}
