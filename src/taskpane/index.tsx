import { createRoot } from "react-dom/client";
import { App, PaneOperations, preloadExcelPanels } from "./components/App";
import { detectHost } from "./detectHost";
import { insertFormulaIntoSelection } from "../excel/insertFormula";
import { officeIsDark } from "./theme";

const root = createRoot(document.getElementById("root") as HTMLElement);

const operations: PaneOperations = {
  insertFormula: insertFormulaIntoSelection,
  loadSheetOperations: async () => {
    const { createWorkbookOperations } = await import(/* webpackChunkName: "workbook" */ "../excel/workbookOperations");
    // No waiting for cell edit: Excel would hold the request silently; the pane says what to do instead.
    return createWorkbookOperations((batch) => Excel.run({ delayForCellEdit: false }, batch));
  },
};

// The pane paints at once; the workbook's panels follow when Office says the host is ready.
preloadExcelPanels();
root.render(<App host="loading" operations={operations} />);
detectHost().then((host) =>
  root.render(<App host={host} operations={operations} dark={host === "excel" && officeIsDark()} />),
);
