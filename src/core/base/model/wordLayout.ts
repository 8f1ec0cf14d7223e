import type { ResultSettings } from "./results";

/**
 * How the справка is laid out as a Word document: the page, the font and the spacing. The defaults are
 * those of an управление's справка (A4 portrait; margins 2 cm left, 1,5 cm right, 2 cm top and bottom;
 * Times New Roman 14 pt, 12 pt in tables, single spacing); the user changes them on «Пороги результатов».
 */
export interface WordLayout {
  readonly font: string;
  /** Body text, points. */
  readonly bodySize: number;
  /** Table text, points. */
  readonly tableSize: number;
  /** Line spacing as a multiple of single spacing (1,0–1,5). */
  readonly lineSpacing: number;
  /** Page margins, centimetres. */
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
}

export const DEFAULT_WORD_LAYOUT: WordLayout = {
  font: "Times New Roman",
  bodySize: 14,
  tableSize: 12,
  lineSpacing: 1,
  marginLeft: 2,
  marginRight: 1.5,
  marginTop: 2,
  marginBottom: 2,
};

/** Fonts offered for the справка: the usual one and the free ones of Russian office suites and LibreOffice. */
export const WORD_FONTS: readonly string[] = ["Times New Roman", "PT Astra Serif", "Liberation Serif"];

/** The layout the user set on «Пороги результатов». */
export function wordLayoutOf(settings: ResultSettings): WordLayout {
  return {
    font: settings.wordFont,
    bodySize: settings.wordBodySize,
    tableSize: settings.wordTableSize,
    lineSpacing: settings.wordLineSpacing,
    marginLeft: settings.wordMarginLeft,
    marginRight: settings.wordMarginRight,
    marginTop: settings.wordMarginTop,
    marginBottom: settings.wordMarginBottom,
  };
}
