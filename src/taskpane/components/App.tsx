import { Body1, FluentProvider, makeStyles, Spinner, Subtitle2, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { paneShell } from "../../core/base/i18n/paneShell";
import type { WorkbookOperations } from "../../core/operations/contract";
import type { HostState } from "../detectHost";
import { paneTheme } from "../theme";
import { OutsideExcel } from "./OutsideExcel";
import type { MoreOperations, PaneTab } from "./panes";

/** What the pane can ask of Excel; only the excel shell implements these. */
export interface PaneOperations {
  insertFormula(formula: string): Promise<string>;
  /** The workbook operations and the catalog are loaded on demand, keeping the first paint light. */
  loadSheetOperations(): Promise<WorkbookOperations>;
  /** Import, forms and the Word справка, loaded on first use. */
  loadMoreOperations(): Promise<MoreOperations>;
  /** Office's platform («PC», «OfficeOnline», «Mac»…): whether the pane can offer a download depends on it. */
  platform(): string | undefined;
}

let excelPanels: Promise<typeof import("./ExcelPanels")> | undefined;
/** Starts loading the panels at once, while Office gets ready, so they need not wait for it. */
export const preloadExcelPanels = () => (excelPanels ??= import(/* webpackChunkName: "panels" */ "./ExcelPanels"));
const ExcelPanels = lazy(() => preloadExcelPanels());

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
});

/**
 * The pane's frame: title, the panels (inside Excel) or a note why there are none, the privacy
 * line. The panels' code is a chunk of its own; this frame is what the first script paints.
 */
export function App({
  host,
  operations,
  dark = false,
  tabs,
}: {
  host: HostState | "loading";
  operations: PaneOperations;
  dark?: boolean;
  /** The tabs to show; the pane's own list (components/tabs.tsx) by default. */
  tabs?: readonly PaneTab[];
}) {
  const styles = useStyles();
  return (
    <FluentProvider theme={paneTheme(dark)} lang="ru">
      <main className={styles.page}>
        <header>
          <Title3 as="h1" className={styles.block}>
            {paneShell.title}
          </Title3>
          <Subtitle2 as="p" className={styles.tagline}>
            {paneShell.tagline}
          </Subtitle2>
        </header>
        {host === "loading" && <Spinner label={paneShell.loading} />}
        {(host === "outside" || host === "noOffice") && <OutsideExcel officeMissing={host === "noOffice"} />}
        {host === "excel" && (
          <Suspense fallback={<Spinner label={paneShell.loading} />}>
            <ExcelPanels operations={operations} tabs={tabs} />
          </Suspense>
        )}
        <Body1 as="p" className={styles.note}>
          {paneShell.privacy}
        </Body1>
      </main>
    </FluentProvider>
  );
}
