import { createRoot } from "react-dom/client";
import { App, PaneOperations, preloadExcelPanels } from "./components/App";
import { detectHost } from "./detectHost";
import { insertFormulaIntoSelection } from "../excel/insertFormula";
import { officeIsDark } from "./theme";
import type { FormFileCodec } from "../core/operations/forms";

const root = createRoot(document.getElementById("root") as HTMLElement);

// No waiting for cell edit: Excel would hold the request silently; the pane says what to do instead.
const run = <T,>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run({ delayForCellEdit: false }, batch);

const operations: PaneOperations = {
  insertFormula: insertFormulaIntoSelection,
  loadSheetOperations: async () => {
    const { createWorkbookOperations } = await import(/* webpackChunkName: "workbook" */ "../excel/workbookOperations");
    return createWorkbookOperations(run);
  },
  loadMoreOperations: async () => {
    const [{ createImportOperations }, { createFormsOperations }, { readExisting }, { officeSupports }] =
      await Promise.all([
        import(/* webpackChunkName: "import-ops" */ "../excel/importOperations"),
        import(/* webpackChunkName: "forms-ops" */ "../excel/formsOperations"),
        import(/* webpackChunkName: "workbook" */ "../excel/readWorkbook"),
        import(/* webpackChunkName: "workbook" */ "../excel/chunkedWriter"),
      ]);
    // The file shell writes and reads form files and the .docx; it is loaded only when they are made.
    const formFile = () => import(/* webpackChunkName: "form-file" */ "../xlsx/formFile");
    const codec = {
      formBytes: async (...args: Parameters<FormFileCodec["formBytes"]>) => (await formFile()).formBytes(...args),
      receivedForm: async (...args: Parameters<FormFileCodec["receivedForm"]>) =>
        (await formFile()).receivedForm(...args),
    };
    return {
      ...createImportOperations(run),
      ...createFormsOperations(run, codec),
      async wordReport() {
        const existing = await run((context) => readExisting(context, officeSupports));
        const { wordReportFile } = await import(/* webpackChunkName: "word-file" */ "../docx/wordReportFile");
        const made = await wordReportFile(existing);
        return { bytes: made.bytes, fileName: made.fileName, notices: made.notices };
      },
    };
  },
  platform: () => Office.context?.diagnostics?.platform?.toString(),
};

// The pane paints at once; the workbook's panels follow when Office says the host is ready.
preloadExcelPanels();
root.render(<App host="loading" operations={operations} />);
detectHost().then((host) =>
  root.render(<App host={host} operations={operations} dark={host === "excel" && officeIsDark()} />),
);
