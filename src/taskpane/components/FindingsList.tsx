import { Badge, Button, Caption1, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { pane } from "../../core/base/i18n/pane";
import { countOf } from "../../core/base/text/format";
import type { Finding, Severity } from "../../core/features/validation/findings";

export const PAGE_SIZE = 50;

export type SeverityFilter = "all" | Severity;

export interface FindingGroup {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  /** Kinds of finding on this sheet with their counts, the most frequent first. */
  readonly kinds: readonly { readonly rule: string; readonly count: number }[];
  readonly findings: readonly Finding[];
}

/** Findings by sheet (in the order met), each with counts by severity and by kind, after the filter. */
export function groupFindings(findings: readonly Finding[], filter: SeverityFilter): FindingGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (filter !== "all" && finding.severity !== filter) continue;
    bySheet.set(finding.sheet, [...(bySheet.get(finding.sheet) ?? []), finding]);
  }
  return [...bySheet].map(([sheet, list]) => {
    const kinds = new Map<string, number>();
    for (const finding of list) kinds.set(finding.rule, (kinds.get(finding.rule) ?? 0) + 1);
    const errors = list.filter((finding) => finding.severity === "error").length;
    return {
      sheet,
      errors,
      warnings: list.length - errors,
      kinds: [...kinds].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count),
      findings: list,
    };
  });
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBlock: tokens.spacingVerticalXS },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  kinds: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  finding: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    width: "100%",
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, overflowWrap: "anywhere" },
  filter: { flexWrap: "wrap" },
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** One sheet's findings: a collapsible group with counts and kinds, its list paged by PAGE_SIZE. */
function Group({
  group,
  onSelect,
  open,
}: {
  group: FindingGroup;
  onSelect: (finding: Finding) => void;
  open: boolean;
}) {
  const styles = useStyles();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(group.findings.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = group.findings.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const c = pane.check;
  return (
    <details className={styles.group} open={open}>
      <summary className={styles.summary}>
        <h3 style={{ display: "inline", fontSize: "inherit", margin: 0 }}>
          {c.group(group.sheet, group.findings.length)}
        </h3>{" "}
        <Caption1>
          ({countOf(group.errors, pane.nouns.error)}, {countOf(group.warnings, pane.nouns.warning)})
        </Caption1>
      </summary>
      <Caption1 as="p" className={styles.kinds}>
        {group.kinds.map((kind) => c.kind(c.rules[kind.rule] ?? kind.rule, kind.count)).join("; ")}
      </Caption1>
      <ul className={styles.list}>
        {shown.map((finding) => (
          <li key={`${finding.rule}:${finding.cell}:${finding.message}`}>
            <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(finding)}>
              <span className={styles.text}>
                <span>
                  <Badge appearance="tint" color={finding.severity === "error" ? "danger" : "warning"}>
                    {c.severity[finding.severity]}
                  </Badge>{" "}
                  <Caption1>{c.cell(finding.cell)}</Caption1>
                </span>
                <span>{finding.message}</span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className={styles.pager} aria-label={`${c.pagesLabel}: ${group.sheet}`}>
          <Button size="small" disabledFocusable={current === 0} onClick={() => setPage(current - 1)}>
            {c.previous}
          </Button>
          <Caption1 aria-live="polite">{c.page(current + 1, pages)}</Caption1>
          <Button size="small" disabledFocusable={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {c.nextPage}
          </Button>
        </nav>
      )}
    </details>
  );
}

/** Findings grouped by sheet and kind, filterable by severity; clicking one selects its cell. */
export function FindingsList({
  findings,
  onSelect,
}: {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const groups = useMemo(() => groupFindings(findings, filter), [findings, filter]);
  const c = pane.check;
  return (
    <div className={styles.box}>
      <RadioGroup
        layout="horizontal"
        className={styles.filter}
        value={filter}
        onChange={(_, data) => setFilter(data.value as SeverityFilter)}
        aria-label={c.filter}
      >
        <Radio value="all" label={c.filterAll} />
        <Radio value="error" label={c.filterErrors} />
        <Radio value="warning" label={c.filterWarnings} />
      </RadioGroup>
      {groups.length === 0 && <Caption1>{c.nothingShown}</Caption1>}
      {groups.map((group, index) => (
        <Group key={`${filter}:${group.sheet}`} group={group} onSelect={onSelect} open={index === 0} />
      ))}
    </div>
  );
}
