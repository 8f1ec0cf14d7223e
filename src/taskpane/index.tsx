import { createRoot } from "react-dom/client";
import { App, PaneOperations } from "./components/App";
import { detectHost } from "./detectHost";
import { insertFormulaIntoSelection } from "../excel/insertFormula";

const root = createRoot(document.getElementById("root") as HTMLElement);

const operations: PaneOperations = {
  insertFormula: insertFormulaIntoSelection,
  loadSheetOperations: async () => {
    const { createWorkbookOperations } = await import(/* webpackChunkName: "workbook" */ "../excel/workbookOperations");
    return createWorkbookOperations((batch) => Excel.run({ delayForCellEdit: true }, batch));
  },
};

detectHost().then((host) => root.render(<App host={host} operations={operations} />));
