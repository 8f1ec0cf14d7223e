import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../core/base/i18n/pane";
import { ru } from "../../core/base/i18n/ru";
import { useGate } from "../state/operationGate";
import { Feedback, Result } from "./Feedback";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  block: { display: "block", margin: 0, overflowWrap: "anywhere" },
  intro: { display: "block", marginBlock: tokens.spacingVerticalS },
  formula: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

/** The MSOKO functions with an example each, inserted into the selected cell on request. */
export function FunctionsHelp({ insertFormula }: { insertFormula(formula: string): Promise<string> }) {
  const styles = useStyles();
  const gate = useGate();
  const [result, setResult] = useState<Result>();

  const insert = async (formula: string) => {
    const outcome = await gate.run(pane.operations.insert, () => insertFormula(formula));
    if (!outcome) return;
    const text = outcome.ok ? ru.taskpane.inserted(outcome.value) : outcome.text;
    setResult(outcome.ok ? { kind: "done", text } : { kind: "failed", text });
    if (outcome.ok) gate.announce(text);
  };

  return (
    <div>
      <Subtitle2 as="h2" id="functions-title" className={styles.block}>
        {ru.taskpane.functionsTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.intro}>
        {ru.taskpane.functionsIntro}
      </Body1>
      <Feedback result={result} />
      <ul className={styles.list} aria-labelledby="functions-title">
        {ru.taskpane.functions.map((fn) => (
          <li key={fn.name} className={styles.item}>
            <Body1 as="p" className={styles.block}>
              <b>MSOKO.{fn.name}</b> — {fn.summary}
            </Body1>
            <Caption1 as="p" className={styles.formula}>
              {fn.example}
            </Caption1>
            <Button
              size="small"
              disabledFocusable={Boolean(gate.running)}
              onClick={() => void insert(fn.example)}
              aria-label={`${ru.taskpane.insert}: ${fn.example}`}
            >
              {ru.taskpane.insert}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
