import { importTexts as t } from "../../../base/i18n/import";
import type { Confirmation } from "../../../base/model/results";
import { countsFromPercentages, findCol, findRow, spreadRight, textOf } from "../cells";
import type { GridCell, ParsedResult } from "../model";
import { normalise } from "../normalise";
import { GroupReader, Layout, readPreamble, Rows, strictNumber } from "./common";

const GROUPS = ["понизили", "подтвердили", "повысили"] as const;
type Group = (typeof GROUPS)[number];

const groupOf = (text: string): Group | undefined => GROUPS.find((g) => normalise(text).startsWith(g));

/** Columns of the newer form: per group its «%» and «Кол-во участников», perhaps on a second header row. */
function columnsForm(rows: Rows, headerRow: number) {
  const width = Math.max(...rows.slice(headerRow, headerRow + 2).map((row) => row.length));
  const top = spreadRight(rows[headerRow].map(normalise), width);
  const next = (rows[headerRow + 1] ?? []).map(normalise);
  const subHeader = next.some((c) => c === "%" || c.startsWith("кол-во")) && !next.some((c) => /^\d/.test(c));
  const labels = top.map((label, c) => (subHeader && next[c] ? `${label} ${next[c]}` : label));
  const col = (group: Group, what: "%" | "кол-во") =>
    labels.findIndex(
      (label) => label.startsWith(group) && (what === "%" ? label.endsWith("%") : label.includes("кол-во")),
    );
  return {
    first: headerRow + (subHeader ? 2 : 1),
    people: labels.findIndex(
      (label) => label.startsWith("кол-во участников") && !GROUPS.some((g) => label.includes(g)),
    ),
    count: GROUPS.map((g) => col(g, "кол-во")),
    percent: GROUPS.map((g) => col(g, "%")),
  };
}

function confirmationOf(
  counts: (number | undefined)[],
  percents: (number | undefined)[],
  participants: number | undefined,
) {
  if (counts.every((v) => v !== undefined)) {
    const [lowered, confirmed, raised] = counts as number[];
    return { confirmation: { lowered, confirmed, raised } as Confirmation, percent: false };
  }
  if (participants !== undefined && percents.every((v) => v !== undefined)) {
    const [lowered, confirmed, raised] = countsFromPercentages(percents as number[], participants);
    return { confirmation: { lowered, confirmed, raised } as Confirmation, percent: true };
  }
  return undefined;
}

/**
 * ФИС ОКО «Сравнение отметок с отметками по журналу»: понизили / подтвердили / повысили in columns
 * (count and percent per group), or, in older years, in three rows under each group.
 */
export const fisComparison: Layout = {
  id: "fisComparison",
  find: (rows) => {
    const header = findRow(rows, (cells) => cells.some((c) => c.startsWith("группы участников")));
    if (header < 0) return -1;
    const columns = rows[header].some((cell) => normalise(cell).startsWith("понизили"));
    const inRows = rows.slice(header + 1, header + 8).some((row) => groupOf(textOf(row[0] ?? row[1])) !== undefined);
    return columns || inRows ? header : -1;
  },
  read(rows, headerRow) {
    const preamble = readPreamble(rows, headerRow);
    const header = rows[headerRow].map(normalise);
    const nameCol = findCol(header, (c) => c.startsWith("группы участников"));
    const groups = new GroupReader();
    const results: ParsedResult[] = [];
    let fromPercent = 0;
    const push = (name: string, participants: number | undefined, conf: ReturnType<typeof confirmationOf>) => {
      const { level, unit } = groups.classify(name);
      if (conf?.percent) fromPercent += 1;
      results.push({
        level,
        unit,
        procedure: preamble.procedure,
        subject: preamble.subject,
        grade: preamble.grade,
        year: preamble.year,
        ...(participants !== undefined && { participants }),
        ...(conf && { confirmation: conf.confirmation }),
      });
    };

    if (header.some((c) => c.startsWith("понизили"))) {
      const cols = columnsForm(rows, headerRow);
      for (let r = cols.first; r < rows.length; r++) {
        const line = rows[r];
        const name = textOf(line[nameCol]);
        if (!name) continue;
        const num = (col: number, what: string) => (col < 0 ? undefined : strictNumber(line[col], r, what));
        const participants = num(cols.people, "Кол-во участников");
        const counts = cols.count.map((col, i) => num(col, GROUPS[i]));
        const percents = cols.percent.map((col, i) => num(col, GROUPS[i]));
        const conf = confirmationOf(counts, percents, participants);
        if (participants === undefined && !conf) continue;
        push(name, participants, conf);
      }
    } else {
      // Older form: a group row, then «Понизили …», «Подтвердили …», «Повысили …» rows.
      const peopleCol = findCol(header, (c) => c.startsWith("кол-во участников"));
      const percentCol = findCol(header, (c) => c === "%" || c.endsWith("%"));
      let current:
        | { name: string; participants?: number; counts: (number | undefined)[]; percents: (number | undefined)[] }
        | undefined;
      const flush = () => {
        if (!current) return;
        const sum = current.counts.every((v) => v !== undefined)
          ? (current.counts as number[]).reduce((a, b) => a + b, 0)
          : undefined;
        const participants = current.participants ?? sum;
        push(current.name, participants, confirmationOf(current.counts, current.percents, participants));
        current = undefined;
      };
      for (let r = headerRow + 1; r < rows.length; r++) {
        const line: readonly GridCell[] = rows[r];
        const name = textOf(line[nameCol]);
        if (!name) continue;
        const group = groupOf(name);
        const count = peopleCol >= 0 ? strictNumber(line[peopleCol], r, "Кол-во участников") : undefined;
        const pct = percentCol >= 0 ? strictNumber(line[percentCol], r, "%") : undefined;
        if (group && current) {
          const i = GROUPS.indexOf(group);
          current.counts[i] = count;
          current.percents[i] = pct;
        } else if (!group) {
          flush();
          const none = () => [undefined, undefined, undefined];
          current = { name, ...(count !== undefined && { participants: count }), counts: none(), percents: none() };
        }
      }
      flush();
    }
    const notices = fromPercent > 0 ? [t.fromPercentagesConfirmation(fromPercent)] : [];
    return { results, notices };
  },
};
