import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../core/base/i18n/pane";
import type { CheckResult } from "../../core/operations/status";
import { useGate } from "../state/operationGate";
import { knownStatus } from "../state/workbookStatus";
import { BusyNote, Feedback, Result } from "./Feedback";
import { FindingsList } from "./FindingsList";
import type { PaneContext } from "./panes";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
});

/** What a check came to, in one sentence: no data yet, clean, or the counts. */
export function checkSummary(check: CheckResult): Result {
  const errors = check.findings.filter((finding) => finding.severity === "error").length;
  if (check.values === 0) return { kind: "info", text: pane.check.noData };
  if (check.findings.length === 0) return { kind: "done", text: pane.check.cleanNext };
  return { kind: errors > 0 ? "failed" : "done", text: pane.check.summary(errors, check.findings.length - errors) };
}

/** Step 3: «Проверить данные», the findings grouped, filtered and paged. */
export default function ValidationPanel({ operations, status, refresh, goTo }: PaneContext) {
  const styles = useStyles();
  const gate = useGate();
  const [check, setCheck] = useState<CheckResult>();
  const [result, setResult] = useState<Result>();
  const mine = gate.running?.name === pane.operations.check;
  const built = knownStatus(status)?.built;

  const run = async () => {
    setResult(undefined);
    const outcome = await gate.run(pane.operations.check, () => operations.check());
    if (!outcome) return;
    if (!outcome.ok) {
      setResult({ kind: "failed", text: outcome.text });
    } else {
      const summary = checkSummary(outcome.value);
      const clean = outcome.value.values > 0 && outcome.value.findings.length === 0;
      const next = clean ? { label: pane.steps.go(pane.tabs.report), onClick: () => goTo("report") } : undefined;
      const noData =
        outcome.value.values === 0 ? { label: pane.steps.go(pane.tabs.data), onClick: () => goTo("data") } : undefined;
      setCheck(outcome.value);
      setResult(summary.kind === "failed" ? summary : { ...summary, next: next ?? noData });
      gate.announce(summary.text);
    }
    await refresh();
  };

  return (
    <div className={styles.panel}>
      <Subtitle2 as="h2" className={styles.block}>
        {pane.steps.item(3, pane.steps.names[2], pane.steps.about[2])}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {pane.check.intro}
      </Body1>
      {built === false && <Body1 className={styles.block}>{pane.status.empty}</Body1>}
      <div>
        <Button
          appearance="primary"
          disabledFocusable={Boolean(gate.running) || built === false}
          aria-describedby={gate.running && !mine ? "check-busy" : undefined}
          onClick={() => void run()}
        >
          {pane.operations.check}
        </Button>
      </div>
      {!mine && <BusyNote id="check-busy" reason={gate.busyReason} />}
      <Feedback running={mine ? gate.running : undefined} result={result} />
      {check && check.values > 0 && check.findings.length > 0 && (
        <FindingsList
          findings={check.findings}
          onSelect={(finding) => void operations.select(finding.sheet, finding.cell).catch(() => undefined)}
        />
      )}
    </div>
  );
}
