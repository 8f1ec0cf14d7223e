import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import type { Framework } from "../../src/core/catalog/schema";

/** Test-only: a framework's appendix tables written the way Положения are published in Word. */

export interface AppendixLayout {
  /** «Критерий» as a column whose cell spans its indicators' rows (Асино), or no criterion column. */
  readonly criterionColumn: boolean;
  /** Numbering the indicators like «1.1.» and adding a number column (Абинск). */
  readonly numbered: boolean;
  /** An empty «Результат» column, as tables S1 and S2 of Асино carry. */
  readonly resultColumn?: (systemIndex: number) => boolean;
  /** Which unit text to print: the document's own, or nothing. */
  readonly unit: "verbatim" | "blank";
  /** A footnote row under each table. */
  readonly footnote?: boolean;
}

const text = (value: string) => new Paragraph(value);
const cell = (value: string, options: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: [text(value)], ...options });

export async function appendixDocx(framework: Framework, layout: AppendixLayout): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph("Приложение 1 к Положению о МСОКО")];
  framework.systems.forEach((system, s) => {
    const result = layout.resultColumn?.(s) ?? false;
    const header = [
      ...(layout.numbered ? ["№ п/п"] : []),
      ...(layout.criterionColumn ? ["Критерий"] : []),
      "Показатель",
      "Единица измерения",
      ...(result ? ["Результат"] : []),
    ];
    const rows: TableRow[] = [new TableRow({ tableHeader: true, children: header.map((h) => cell(h)) })];
    let n = 0;
    for (const criterion of system.criteria) {
      if (!layout.criterionColumn && criterion.name) {
        rows.push(new TableRow({ children: [cell(criterion.name, { columnSpan: header.length })] }));
      }
      criterion.indicators.forEach((indicator, i) => {
        n++;
        const unit = layout.unit === "verbatim" ? (indicator.unitVerbatim ?? "") : "";
        const cells = [
          ...(layout.numbered ? [cell(`${s + 1}.${n}.`)] : []),
          ...(layout.criterionColumn && i === 0
            ? [cell(criterion.name, { rowSpan: criterion.indicators.length })]
            : []),
          cell(indicator.name),
          cell(unit),
          ...(result ? [cell("")] : []),
        ];
        rows.push(new TableRow({ cantSplit: true, children: cells }));
      });
    }
    if (layout.footnote) {
      rows.push(
        new TableRow({ children: [cell("* Показатели рассчитываются ежегодно.", { columnSpan: header.length })] }),
      );
    }
    children.push(new Paragraph(`Таблица ${s + 1}. ${system.name}`));
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
