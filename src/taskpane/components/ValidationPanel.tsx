import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ru } from "../../core/i18n/ru";
import { countOf } from "../../core/text/format";
import type { Finding } from "../../core/validation/findings";

export interface ValidationOperations {
  validate(): Promise<Finding[]>;
  select(sheet: string, cell: string): Promise<void>;
}

const LIMIT_PER_SHEET = 200;
const v = ru.validation;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: { justifyContent: "flex-start", textAlign: "left", height: "auto", paddingBlock: tokens.spacingVerticalXS },
  text: { display: "flex", flexDirection: "column", gap: "2px" },
});

/** «2 ошибки», «1 предупреждение». */
function counts(findings: readonly Finding[]): [errors: string, warnings: string] {
  const errors = findings.filter((f) => f.severity === "error").length;
  return [countOf(errors, v.errorsNoun), countOf(findings.length - errors, v.warningsNoun)];
}

type State = { kind: "idle" } | { kind: "running" } | { kind: "done"; findings: Finding[] } | { kind: "failed"; text: string };

export default function ValidationPanel({ operations }: { operations: ValidationOperations }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });

  const run = async () => {
    setState({ kind: "running" });
    try {
      setState({ kind: "done", findings: await operations.validate() });
    } catch (error) {
      setState({ kind: "failed", text: ru.sheetsPanel.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const bySheet = new Map<string, Finding[]>();
  if (state.kind === "done") for (const f of state.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);

  return (
    <section className={styles.panel} aria-label={ru.validationPanel.tab}>
      <Body1 as="p" className={styles.block}>
        {ru.validationPanel.intro}
      </Body1>
      <div>
        <Button appearance="primary" onClick={run} disabled={state.kind === "running"}>
          {ru.validationPanel.run}
        </Button>
      </div>
      {state.kind === "running" && <Spinner size="small" label={ru.validationPanel.run} />}
      {state.kind === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <MessageBar intent={state.findings.some((f) => f.severity === "error") ? "error" : state.findings.length ? "warning" : "success"} role="status">
          <MessageBarBody>{state.findings.length === 0 ? v.nothing : v.summary(...counts(state.findings))}</MessageBarBody>
        </MessageBar>
      )}
      {[...bySheet].map(([sheet, findings]) => (
        <section key={sheet} aria-label={sheet}>
          <Subtitle2 as="h3" className={styles.block}>
            {ru.validationPanel.sheetCount(sheet, counts(findings).join(", "))}
          </Subtitle2>
          <ul className={styles.list}>
            {findings.slice(0, LIMIT_PER_SHEET).map((finding) => (
              <li key={`${finding.rule}:${finding.cell}:${finding.message}`}>
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  aria-label={`${ru.validationPanel.goTo(finding.cell)}: ${finding.message}`}
                  onClick={() => void operations.select(finding.sheet, finding.cell)}
                >
                  <span className={styles.text}>
                    <span>
                      <Badge appearance="tint" color={finding.severity === "error" ? "danger" : "warning"}>
                        {v.severity[finding.severity]}
                      </Badge>{" "}
                      <Caption1>{finding.cell}</Caption1>
                    </span>
                    <span>{finding.message}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {findings.length > LIMIT_PER_SHEET && (
            <Caption1 className={styles.block}>{ru.validationPanel.shownFirst(LIMIT_PER_SHEET, findings.length)}</Caption1>
          )}
        </section>
      ))}
    </section>
  );
}
