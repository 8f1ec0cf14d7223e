import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectHost } from "./detectHost";
import { insertFormulaIntoSelection } from "../excel/insertFormula";

const root = createRoot(document.getElementById("root") as HTMLElement);

detectHost().then((host) => {
  root.render(<App host={host} operations={{ insertFormula: insertFormulaIntoSelection }} />);
});
