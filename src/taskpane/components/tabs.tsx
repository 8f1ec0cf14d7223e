import { lazy } from "react";
import { pane } from "../../core/base/i18n/pane";
import type { DataSection } from "./DataPanel";
import { FunctionsHelp } from "./FunctionsHelp";
import type { PaneTab } from "./panes";

const SheetsPanel = lazy(() => import(/* webpackChunkName: "sheets" */ "./SheetsPanel"));
const DataPanel = lazy(() => import(/* webpackChunkName: "data" */ "./DataPanel"));
const ValidationPanel = lazy(() => import(/* webpackChunkName: "validation" */ "./ValidationPanel"));
const AnalysisPanel = lazy(() => import(/* webpackChunkName: "analysis" */ "./AnalysisPanel"));
const ImportPanel = lazy(() => import(/* webpackChunkName: "import" */ "./ImportPanel"));
const FormsPanel = lazy(() => import(/* webpackChunkName: "forms" */ "./FormsPanel"));
const WordReportButton = lazy(() => import(/* webpackChunkName: "word" */ "./WordReportButton"));

/**
 * The sections of «Данные» (step 2). To add one, append a line, e.g.
 *   { id: "import", label: "Загрузить результаты", render: (c) => <ImportPanel operations={c.operations} /> },
 */
export const DATA_SECTIONS: readonly DataSection[] = [
  { id: "import", label: pane.sections.import, render: (c) => <ImportPanel operations={c.more} /> },
  { id: "forms", label: pane.sections.forms, render: (c) => <FormsPanel operations={c.more} /> },
];

/**
 * The pane's tabs, in order. To add a tab, append a line, e.g.
 *   { id: "forms", label: "Формы", step: 2, render: (c) => <FormsPanel operations={c.operations} /> },
 * A tab with a step is opened by that step of «1 Листы → 2 Данные → 3 Проверка → 4 Справка».
 */
export const TABS: readonly PaneTab[] = [
  { id: "sheets", label: pane.tabs.sheets, step: 1, render: (c) => <SheetsPanel {...c} /> },
  { id: "data", label: pane.tabs.data, step: 2, render: (c) => <DataPanel context={c} sections={DATA_SECTIONS} /> },
  { id: "check", label: pane.tabs.check, step: 3, render: (c) => <ValidationPanel {...c} /> },
  {
    id: "report",
    label: pane.tabs.report,
    step: 4,
    render: (c) => (
      <>
        <AnalysisPanel {...c} />
        <WordReportButton produce={() => c.more.wordReport()} canDownload={c.canDownload} />
      </>
    ),
  },
  { id: "functions", label: pane.tabs.functions, render: (c) => <FunctionsHelp insertFormula={c.insertFormula} /> },
];
