import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ru } from "../../core/i18n/ru";
import { parsePeriod } from "../../core/workbook/periods";
import type { OperationResult, Progress } from "../../excel/workbookOperations";
import { lastCompletedYear } from "./defaults";

export interface AnalysisOperations {
  analyze(period: string, onProgress?: Progress): Promise<OperationResult>;
  selfAssess(onProgress?: Progress): Promise<OperationResult>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "block", margin: 0 },
});

type State =
  | { kind: "idle" }
  | { kind: "working"; done: number; total: number }
  | { kind: "done"; text: string; notices: readonly string[] }
  | { kind: "failed"; text: string };

export default function AnalysisPanel({ operations }: { operations: AnalysisOperations }) {
  const styles = useStyles();
  const [periodText, setPeriodText] = useState(lastCompletedYear());
  const [state, setState] = useState<State>({ kind: "idle" });
  const period = parsePeriod(periodText);

  const perform = async (action: (progress: Progress) => Promise<OperationResult>, success: string) => {
    setState({ kind: "working", done: 0, total: 1 });
    try {
      const result = await action((done, total) => setState({ kind: "working", done, total }));
      setState({ kind: "done", text: success, notices: result.notices });
    } catch (error) {
      setState({ kind: "failed", text: ru.sheetsPanel.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section className={styles.panel} aria-label={ru.analysisPanel.tab}>
      <Body1 as="p" className={styles.block}>
        {ru.analysisPanel.intro}
      </Body1>
      <Field
        label={ru.analysisPanel.period}
        hint={ru.analysisPanel.periodHint}
        validationState={period.ok ? "none" : "error"}
        validationMessage={period.ok ? undefined : period.message}
      >
        <Input value={periodText} onChange={(_, data) => setPeriodText(data.value)} />
      </Field>
      <div>
        <Button
          appearance="primary"
          disabled={!period.ok || state.kind === "working"}
          onClick={() =>
            period.ok &&
            void perform(
              (progress) => operations.analyze(period.period.label, progress),
              ru.analysisPanel.done(ru.analysisSheet.sheetName(period.period.label)),
            )
          }
        >
          {ru.analysisPanel.run}
        </Button>
      </div>
      <div>
        <Button
          appearance="secondary"
          title={ru.analysisPanel.selfAssessHint}
          disabled={state.kind === "working"}
          onClick={() => void perform((progress) => operations.selfAssess(progress), ru.analysisPanel.selfAssessed)}
        >
          {ru.analysisPanel.selfAssess}
        </Button>
      </div>
      {state.kind === "working" && (
        <Field validationMessage={ru.sheetsPanel.working(state.done, state.total)} validationState="none">
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} />
        </Field>
      )}
      {state.kind === "done" && (
        <MessageBar intent={state.notices.length > 0 ? "warning" : "success"} layout="multiline" role="status">
          <MessageBarBody>
            {state.text}
            {state.notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
