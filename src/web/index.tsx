import { createRoot } from "react-dom/client";
import { webTexts } from "../core/base/i18n/web";
import type { PaneOperations } from "../taskpane/components/App";
import { loadSession, WebApp } from "./WebApp";

/**
 * The page «МСОКО без Excel»: the task pane's panels over a workbook file held in the page. Nothing is sent
 * anywhere; ExcelJS, the catalog and the panels load on demand from the page's own folder.
 */
const operations: PaneOperations = {
  insertFormula: () => Promise.reject(new Error(webTexts.formulas.intro)),
  loadSheetOperations: async () => (await loadSession()).operations,
  loadMoreOperations: async () => (await loadSession()).operations,
  // Any browser can download a file the page made.
  platform: () => "Browser",
};

createRoot(document.getElementById("root") as HTMLElement).render(<WebApp operations={operations} />);
