import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ru } from "../../core/i18n/ru";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  block: { display: "block", margin: 0 },
  intro: { display: "block", marginBlock: tokens.spacingVerticalS },
  formula: { display: "block", fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

type Notice = { intent: "success" | "error"; text: string } | undefined;

export function FunctionsHelp({ insertFormula }: { insertFormula(formula: string): Promise<string> }) {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice>();

  const insert = async (formula: string) => {
    try {
      const address = await insertFormula(formula);
      setNotice({ intent: "success", text: ru.taskpane.inserted(address) });
    } catch (error) {
      setNotice({ intent: "error", text: ru.taskpane.insertFailed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section aria-labelledby="functions-title">
      <Subtitle1 as="h2" id="functions-title">
        {ru.taskpane.functionsTitle}
      </Subtitle1>
      <Body1 as="p" className={styles.intro}>
        {ru.taskpane.functionsIntro}
      </Body1>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {ru.taskpane.functions.map((fn) => (
          <li key={fn.name} className={styles.item}>
            <Body1 as="p" className={styles.block}>
              <b>MSOKO.{fn.name}</b> — {fn.summary}
            </Body1>
            <Caption1 as="p" className={styles.formula}>
              {fn.example}
            </Caption1>
            <Button size="small" onClick={() => insert(fn.example)} aria-label={`${ru.taskpane.insert}: ${fn.example}`}>
              {ru.taskpane.insert}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
