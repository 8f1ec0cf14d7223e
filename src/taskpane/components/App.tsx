import { Body1, FluentProvider, makeStyles, Spinner, Subtitle2, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { ru } from "../../core/i18n/ru";
import type { HostState } from "../detectHost";
import { FunctionsHelp } from "./FunctionsHelp";
import { OutsideExcel } from "./OutsideExcel";

/** What the pane can ask of Excel; only the excel shell implements these. */
export interface PaneOperations {
  insertFormula(formula: string): Promise<string>;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "640px",
  },
  block: { display: "block", margin: 0 },
  tagline: { display: "block", margin: 0, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});

export function App({ host, operations }: { host: HostState | "loading"; operations: PaneOperations }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="ru">
      <main className={styles.page}>
        <header>
          <Title3 as="h1" className={styles.block}>
            {ru.taskpane.title}
          </Title3>
          <Subtitle2 as="p" className={styles.tagline}>
            {ru.taskpane.tagline}
          </Subtitle2>
        </header>
        {host === "loading" && <Spinner label={ru.taskpane.loading} />}
        {(host === "outside" || host === "noOffice") && <OutsideExcel officeMissing={host === "noOffice"} />}
        {host === "excel" && <FunctionsHelp insertFormula={operations.insertFormula} />}
        <Body1 as="p" className={styles.note}>
          {ru.taskpane.privacy}
        </Body1>
      </main>
    </FluentProvider>
  );
}
