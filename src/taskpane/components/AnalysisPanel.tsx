import { Body1, Button, Dropdown, Field, makeStyles, Option, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../core/base/i18n/pane";
import { ru } from "../../core/base/i18n/ru";
import { useGate } from "../state/operationGate";
import { knownStatus } from "../state/workbookStatus";
import { BusyNote, Feedback, Result } from "./Feedback";
import type { PaneContext } from "./panes";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
  hint: { display: "block", margin: 0, color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: 0 },
});

/** Step 4: the справка for one of the workbook's periods, and the self-assessment. */
export default function AnalysisPanel({ operations, status, refresh }: PaneContext) {
  const styles = useStyles();
  const gate = useGate();
  const periods = knownStatus(status)?.periods ?? [];
  const [chosen, setChosen] = useState<string>();
  const period = chosen && periods.includes(chosen) ? chosen : periods.at(-1);
  const [result, setResult] = useState<Result>();
  const mine = gate.running?.name === pane.operations.report || gate.running?.name === pane.operations.selfAssess;
  const busy = Boolean(gate.running);

  const perform = async (name: string, action: Parameters<typeof gate.run>[1], success: string) => {
    setResult(undefined);
    const outcome = await gate.run(name, action);
    if (!outcome) return;
    if (outcome.ok) {
      const notices = (outcome.value as { notices?: readonly string[] }).notices ?? [];
      setResult({ kind: "done", text: success, notices });
      gate.announce(success);
    } else setResult({ kind: "failed", text: outcome.text });
    await refresh();
  };

  return (
    <div className={styles.panel}>
      <Subtitle2 as="h2" className={styles.block}>
        {pane.steps.item(4, pane.steps.names[3], pane.steps.about[3])}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {pane.report.intro}
      </Body1>
      {periods.length === 0 ? (
        <Body1 className={styles.block}>{pane.report.noPeriods}</Body1>
      ) : (
        <Field label={pane.report.period} hint={pane.report.periodHint}>
          <Dropdown
            className={styles.dropdown}
            value={period ?? ""}
            selectedOptions={period ? [period] : []}
            onOptionSelect={(_, data) => data.optionValue && setChosen(data.optionValue)}
          >
            {periods.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div>
        <Button
          appearance="primary"
          disabledFocusable={busy || !period}
          onClick={() =>
            period &&
            void perform(
              pane.operations.report,
              (progress) => operations.analyze(period, progress),
              pane.report.doneNext(ru.analysisSheet.sheetName(period)),
            )
          }
        >
          {ru.analysisPanel.run}
        </Button>
      </div>
      <div>
        <Button
          appearance="secondary"
          aria-describedby="self-assess-hint"
          disabledFocusable={busy || periods.length === 0}
          onClick={() =>
            void perform(
              pane.operations.selfAssess,
              (progress) => operations.selfAssess(progress),
              ru.analysisPanel.selfAssessed,
            )
          }
        >
          {ru.analysisPanel.selfAssess}
        </Button>
      </div>
      <Body1 as="p" id="self-assess-hint" className={styles.hint}>
        {pane.report.selfAssessHint}
      </Body1>
      {!mine && <BusyNote id="report-busy" reason={gate.busyReason} />}
      <Feedback running={mine ? gate.running : undefined} result={result} />
    </div>
  );
}
