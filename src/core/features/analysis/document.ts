/**
 * The справка as a document, independent of where it is rendered: the «Анализ» sheet and the Word
 * file both read this one model. Texts are final Russian (numbers formatted, non-breaking spaces in
 * place); renderers only lay them out.
 */

/** One table cell: its text as shown, and the number behind it where there is one (for checks). */
export interface DocCell {
  readonly text: string;
  readonly value?: number;
  readonly align?: "left" | "center" | "right";
  readonly bold?: boolean;
  /** Columns this cell spans (header cells over groups of columns). */
  readonly span?: number;
}

export interface DocHeading {
  readonly kind: "heading";
  /** 1 for a section, 2 for a subsection, 3 below that. */
  readonly level: 1 | 2 | 3;
  /** The section number as printed («2.1»), absent for unnumbered headings. */
  readonly number?: string;
  readonly text: string;
}

export interface DocParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  /** «bullet» for list items; «note» for small print under a table. */
  readonly style?: "body" | "bullet" | "note";
}

export interface DocTable {
  readonly kind: "table";
  readonly caption?: string;
  /** Header rows, repeated on every page. */
  readonly header: readonly (readonly DocCell[])[];
  readonly rows: readonly (readonly DocCell[])[];
  /** Relative column widths; renderers scale them to the page. */
  readonly widths?: readonly number[];
}

/** A chart of a few series over periods: rendered as a native chart or a picture where it helps. */
export interface DocChart {
  readonly kind: "chart";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  readonly unit: string;
}

export type DocBlock = DocHeading | DocParagraph | DocTable | DocChart;

export interface DocSection {
  /** Stable identifier: «summary», «procedures», «system:ASN.1», «recommendations», «appendix»… */
  readonly id: string;
  readonly blocks: readonly DocBlock[];
  /** Starts on a new page when printed. */
  readonly pageBreakBefore?: boolean;
}

export interface ReportDocument {
  readonly title: {
    /** The issuing body, e.g. «Управление образования администрации Энского района». */
    readonly authority: string;
    readonly title: string;
    readonly municipality: string;
    readonly period: string;
    /** The date the справка was made, as printed («6 декабря 2026 г.»). */
    readonly date: string;
    readonly preparedBy?: string;
  };
  readonly sections: readonly DocSection[];
}
