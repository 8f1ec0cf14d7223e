import {
  Body1,
  FluentProvider,
  makeStyles,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { ru } from "../../core/i18n/ru";
import type { HostState } from "../detectHost";
import { FunctionsHelp } from "./FunctionsHelp";
import { OutsideExcel } from "./OutsideExcel";
import type { SheetOperations } from "./SheetsPanel";
import type { ValidationOperations } from "./ValidationPanel";
import type { AnalysisOperations } from "./AnalysisPanel";

/** What the pane can ask of Excel; only the excel shell implements these. */
export interface PaneOperations {
  insertFormula(formula: string): Promise<string>;
  /** The workbook operations and the catalog are loaded on demand, keeping the first paint light. */
  loadSheetOperations(): Promise<WorkbookOperations>;
}

type WorkbookOperations = SheetOperations & ValidationOperations & AnalysisOperations;

const METHODS = [
  "createSheets",
  "makePortable",
  "readSchools",
  "validate",
  "select",
  "analyze",
  "selfAssess",
] as const satisfies readonly (keyof WorkbookOperations)[];

/** The workbook operations, their code loaded on first use, so the pane's first paint stays light. */
function onDemand(load: () => Promise<WorkbookOperations>): WorkbookOperations {
  const call = (name: (typeof METHODS)[number]) => async (...args: unknown[]) => {
    const loaded = await load();
    return (loaded[name] as (...given: unknown[]) => unknown)(...args);
  };
  return Object.fromEntries(METHODS.map((name) => [name, call(name)])) as unknown as WorkbookOperations;
}

const SheetsPanel = lazy(() => import(/* webpackChunkName: "sheets" */ "./SheetsPanel"));
const AnalysisPanel = lazy(() => import(/* webpackChunkName: "analysis" */ "./AnalysisPanel"));
const ValidationPanel = lazy(() => import(/* webpackChunkName: "validation" */ "./ValidationPanel"));

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

type TabId = "sheets" | "validation" | "analysis" | "functions";

function ExcelPanels({ operations }: { operations: PaneOperations }) {
  const [tab, setTab] = useState<TabId>("sheets");
  const workbook = useMemo(() => onDemand(operations.loadSheetOperations), [operations]);
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
        <Tab value="sheets">{ru.sheetsPanel.tabSheets}</Tab>
        <Tab value="validation">{ru.validationPanel.tab}</Tab>
        <Tab value="analysis">{ru.analysisPanel.tab}</Tab>
        <Tab value="functions">{ru.sheetsPanel.tabFunctions}</Tab>
      </TabList>
      {tab === "sheets" && (
        <Suspense fallback={<Spinner label={ru.sheetsPanel.loading} />}>
          <SheetsPanel operations={workbook} />
        </Suspense>
      )}
      {tab === "validation" && (
        <Suspense fallback={<Spinner />}>
          <ValidationPanel operations={workbook} />
        </Suspense>
      )}
      {tab === "analysis" && (
        <Suspense fallback={<Spinner />}>
          <AnalysisPanel operations={workbook} />
        </Suspense>
      )}
      {tab === "functions" && <FunctionsHelp insertFormula={operations.insertFormula} />}
    </>
  );
}

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
        {host === "excel" && <ExcelPanels operations={operations} />}
        <Body1 as="p" className={styles.note}>
          {ru.taskpane.privacy}
        </Body1>
      </main>
    </FluentProvider>
  );
}
