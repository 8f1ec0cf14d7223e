import { Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../core/base/i18n/pane";
import { ru } from "../../core/base/i18n/ru";
import { useGate } from "../state/operationGate";
import { useFormulaListStyles } from "../theme";
import { Feedback, Result } from "./Feedback";

const useStyles = makeStyles({
  // The insert button keeps its own width instead of stretching across the item.
  item: { alignItems: "flex-start" },
  intro: { display: "block", marginBlock: tokens.spacingVerticalS },
});

/** The MSOKO functions with an example each, inserted into the selected cell on request. */
export function FunctionsHelp({ insertFormula }: { insertFormula(formula: string): Promise<string> }) {
  const list = useFormulaListStyles();
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
      <Subtitle2 as="h2" id="functions-title" className={list.block}>
        {ru.taskpane.functionsTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.intro}>
        {ru.taskpane.functionsIntro}
      </Body1>
      <Feedback result={result} />
      <ul className={list.list} aria-labelledby="functions-title">
        {ru.taskpane.functions.map((fn) => (
          <li key={fn.name} className={mergeClasses(list.item, styles.item)}>
            <Body1 as="p" className={list.block}>
              <b>MSOKO.{fn.name}</b> — {fn.summary}
            </Body1>
            <Caption1 as="p" className={list.formula}>
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
