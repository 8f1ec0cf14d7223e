import { webTexts } from "../core/base/i18n/web";
import ExcelPanels from "../taskpane/components/ExcelPanels";
import type { PaneOperations } from "../taskpane/components/App";
import type { PaneTab } from "../taskpane/components/panes";
import { TABS } from "../taskpane/components/tabs";
import { PortableFormulasHelp } from "./PortableFormulasHelp";

/** The pane's tabs, with the help on the book's portable formulas in place of the MSOKO functions. */
export const WEB_TABS: readonly PaneTab[] = TABS.map((tab) =>
  tab.id === "functions" ? { ...tab, label: webTexts.formulas.tab, render: () => <PortableFormulasHelp /> } : tab,
);

/** The pane's panels in the page: its chunk holds the tabs, loaded once a book is open. */
export default function WebPanels({ operations }: { operations: PaneOperations }) {
  return <ExcelPanels operations={operations} tabs={WEB_TABS} />;
}
