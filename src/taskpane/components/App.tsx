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
} from "@fluentui/react-components";
import { Suspense, useCallback, useMemo, useState } from "react";
import { pane } from "../../core/i18n/pane";
import { ru } from "../../core/i18n/ru";
import type { WorkbookOperations } from "../../excel/workbookOperations";
import type { HostState } from "../detectHost";
import { Announcement, GateProvider, useGate } from "../state/operationGate";
import { useWorkbookStatus } from "../state/workbookStatus";
import { paneTheme } from "../theme";
import { OutsideExcel } from "./OutsideExcel";
import { Steps, WorkbookSummary } from "./Overview";
import type { PaneContext, PaneTab } from "./panes";
import { TABS } from "./tabs";

/** What the pane can ask of Excel; only the excel shell implements these. */
export interface PaneOperations {
  insertFormula(formula: string): Promise<string>;
  /** The workbook operations and the catalog are loaded on demand, keeping the first paint light. */
  loadSheetOperations(): Promise<WorkbookOperations>;
}

/** The workbook operations, their code loaded on first use of any of them. */
function onDemand(load: () => Promise<WorkbookOperations>): WorkbookOperations {
  return new Proxy({} as WorkbookOperations, {
    get:
      (_, name) =>
      async (...args: unknown[]) => {
        const loaded = (await load()) as unknown as Record<string | symbol, (...given: unknown[]) => unknown>;
        return loaded[name](...args);
      },
  });
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  block: { display: "block", margin: 0 },
  tagline: { display: "block", margin: 0, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tab: { paddingInline: tokens.spacingHorizontalS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

function LiveRegions({ announcement }: { announcement?: Announcement }) {
  const styles = useStyles();
  // Two regions: results said politely, failures at once. A changing key makes a repeated text heard again.
  return (
    <>
      <div role="status" aria-live="polite" className={styles.hidden}>
        {announcement && !announcement.urgent && <span key={announcement.id}>{announcement.text}</span>}
      </div>
      <div role="alert" aria-live="assertive" className={styles.hidden}>
        {announcement?.urgent && <span key={announcement.id}>{announcement.text}</span>}
      </div>
    </>
  );
}

function ExcelPanels({ operations, tabs }: { operations: PaneOperations; tabs: readonly PaneTab[] }) {
  const styles = useStyles();
  const gate = useGate();
  const workbook = useMemo(() => onDemand(operations.loadSheetOperations), [operations]);
  const read = useCallback(() => workbook.readStatus(), [workbook]);
  const { state: status, refresh } = useWorkbookStatus(read);
  const [tab, setTab] = useState(tabs[0].id);
  // Panels stay mounted once opened, so typed text, findings and progress survive a tab switch.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([tabs[0].id]));
  const goTo = useCallback((id: string) => {
    setTab(id);
    setOpened((before) => new Set([...before, id]));
  }, []);
  const context: PaneContext = useMemo(
    () => ({ operations: workbook, status, refresh, goTo, insertFormula: operations.insertFormula }),
    [workbook, status, refresh, goTo, operations.insertFormula],
  );
  const goToStep = (step: number) => {
    const target = tabs.find((t) => t.step === step);
    if (target) goTo(target.id);
  };

  return (
    <>
      <Steps status={status} onGo={goToStep} />
      <WorkbookSummary status={status} onReread={() => void refresh()} busy={Boolean(gate.running)} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => goTo(String(data.value))}
        aria-label={pane.tabsLabel}
      >
        {tabs.map((t) => (
          <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`} className={styles.tab}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== tab}>
          {opened.has(t.id) && (
            <Suspense fallback={<Spinner size="small" label={pane.panelLoading} />}>{t.render(context)}</Suspense>
          )}
        </div>
      ))}
    </>
  );
}

export function App({
  host,
  operations,
  dark = false,
  tabs = TABS,
}: {
  host: HostState | "loading";
  operations: PaneOperations;
  dark?: boolean;
  tabs?: readonly PaneTab[];
}) {
  const styles = useStyles();
  const [announcement, setAnnouncement] = useState<Announcement>();
  return (
    <FluentProvider theme={paneTheme(dark)} lang="ru">
      <GateProvider busyText={pane.busy.other} onAnnounce={setAnnouncement}>
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
          {host === "excel" && <ExcelPanels operations={operations} tabs={tabs} />}
          <Body1 as="p" className={styles.note}>
            {ru.taskpane.privacy}
          </Body1>
          <LiveRegions announcement={announcement} />
        </main>
      </GateProvider>
    </FluentProvider>
  );
}
