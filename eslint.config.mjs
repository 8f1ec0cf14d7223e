import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const officeGlobals = { Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" };

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "demo/**", "test-results/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.es2021, ...globals.browser, ...globals.node, ...globals.jest, ...officeGlobals },
    },
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
