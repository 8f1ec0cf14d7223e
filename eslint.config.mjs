import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const officeGlobals = { Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" };

/*
 * Layering (README «Устройство»): src/core is plain TypeScript that any shell can run; each shell
 * (excel, xlsx, cli, taskpane, functions, docx, web) builds on it and on nothing of another shell's
 * host. A relative import names a shell by its folder, so «../../xlsx/readWorkbook» matches «**\/xlsx».
 */
const folder = (name) => [`**/${name}`, `**/${name}/**`];
const SHELLS = ["excel", "xlsx", "cli", "taskpane", "functions", "docx", "web", "commands"];
const REACT = ["react", "react/**", "react-dom", "react-dom/**", "@fluentui/**"];
const restrict = (groups) => ({
  "no-restricted-imports": ["error", { patterns: groups.map(([group, message]) => ({ group, message })) }],
});
const noOfficeGlobals = {
  "no-restricted-globals": [
    "error",
    ...["Office", "Excel", "CustomFunctions", "OfficeRuntime"].map((name) => ({
      name,
      message: "Office.js belongs to src/excel, src/functions and the pane's entry: this layer must run without it.",
    })),
  ],
};
const reactOnlyInPane = [REACT, "React and Fluent UI belong to src/taskpane only."];
const CORE = [
  [SHELLS.flatMap(folder), "src/core imports no shell: a shell imports the core, never the other way."],
  [["exceljs", "docx", "jszip"], "File formats belong to their shells (src/xlsx, src/docx), not to the core."],
  [["node:*", "fs", "path", "os", "child_process"], "src/core runs anywhere: no Node API."],
  reactOnlyInPane,
];

/*
 * The core's layers and what each may not import. base is split in its own order: model (shapes and terms)
 * → math → text → i18n → cells (the MSOKO functions) → plan (sheet plans and formulas).
 */
const FUNCTIONS_SCRIPT = ["cells", "math", "text"];
const UPPER = ["catalog", "workbook", "sheets", "features", "operations"];
const CORE_LAYERS = [
  ["src/core/base/model/**", ["math", "text", "i18n", "cells", "plan", ...UPPER]],
  ["src/core/base/math/**", ["text", "i18n", "cells", "plan", ...UPPER]],
  ["src/core/base/text/**", ["i18n", "cells", "plan", ...UPPER]],
  ["src/core/base/i18n/**", ["cells", "plan", ...UPPER]],
  ["src/core/base/cells/**", ["plan", ...UPPER]],
  ["src/core/base/plan/**", UPPER],
  ["src/core/catalog/**", UPPER.slice(1)],
  ["src/core/workbook/**", UPPER.slice(2)],
  ["src/core/sheets/**", UPPER.slice(3)],
  ["src/core/features/**", UPPER.slice(4)],
];

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "demo/**", "test-results/**"] },
  ...officeAddins.configs.recommended,
  // The recommended set names .ts and .js only; the pane's .tsx files are parsed too, so the layering below holds there.
  {
    files: ["**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // Parameter names in function types are not variables; TypeScript checks the rest.
    rules: { "no-unused-vars": "off" },
  },
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.es2021, ...globals.browser, ...globals.node, ...globals.jest, ...officeGlobals },
    },
  },
  {
    files: ["src/core/**"],
    rules: { ...restrict(CORE), ...noOfficeGlobals },
  },
  // The core's layers, from the ground up (README «Устройство»): each imports only the layers below it.
  ...CORE_LAYERS.map(([files, above]) => ({
    files: [files],
    rules: restrict([
      ...CORE,
      [above.flatMap(folder), "A layer of the core imports only the layers below it (README «Устройство»)."],
      // The custom functions' script is built from these folders: it carries the texts of values only.
      ...(FUNCTIONS_SCRIPT.some((name) => files.startsWith(`src/core/base/${name}/`))
        ? [[["**/i18n/ru"], "Cells, math and text use i18n/values (and i18n/inputs): ru.ts would load every text."]]
        : []),
    ]),
  })),
  {
    files: ["src/xlsx/**", "src/cli/**", "src/docx/**"],
    rules: {
      ...restrict([
        [["excel", "taskpane", "functions"].flatMap(folder), "A file shell does not use Office.js shells."],
        reactOnlyInPane,
      ]),
      ...noOfficeGlobals,
    },
  },
  {
    files: ["src/excel/**", "src/functions/**", "src/commands/**"],
    rules: restrict([
      [["xlsx", "cli", "taskpane", "docx", "web"].flatMap(folder), "An Office.js shell does not use the file shells."],
      [["exceljs"], "ExcelJS belongs to src/xlsx."],
      reactOnlyInPane,
    ]),
  },
  {
    // The page without Excel: the pane's React components over the .xlsx shell, in a browser.
    files: ["src/web/**"],
    rules: {
      ...restrict([
        [
          ["excel", "functions", "commands", "cli"].flatMap(folder),
          "The page works on files in a browser: no Office.js shell, no command line.",
        ],
      ]),
      ...noOfficeGlobals,
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: restrict([[folder("cli"), "The pane runs in a browser: the command line is Node-only."]]),
  },
  {
    // The pane's components get Office through operations passed in; only its entry touches Office.js.
    files: ["src/taskpane/components/**"],
    rules: noOfficeGlobals,
  },
  {
    // These files use ExcelJS or the Node API, whose objects the Office.js load/sync rules do not describe.
    files: ["src/xlsx/**", "src/cli/**", "test/**", "scripts/**", "bench/**", "*.js"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
