import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/**
 * ESLint loads eslint.config.mjs by a dynamic import, which Jest's module system does not run; so the
 * samples are linted by the project's own ESLint in one Node process, as `npm run lint` would.
 */
const LINT = `
const { ESLint } = require("eslint");
const samples = JSON.parse(require("fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
(async () => {
  const out = [];
  for (const [file, code] of samples) {
    const [result] = await eslint.lintText(code, { filePath: require("path").join(process.cwd(), file) });
    out.push(result.messages
      .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
      .map((m) => m.ruleId + ": " + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lint(samples: readonly (readonly [string, string])[]): string[][] {
  const run = spawnSync("node", ["-e", LINT], { cwd: root, input: JSON.stringify(samples), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const REFUSED: [string, string][] = [
  [
    "src/core/base/math/example.ts",
    'import { loadWorkbook } from "../../../xlsx/readWorkbook";\nexport const f = loadWorkbook;\n',
  ],
  [
    "src/core/base/plan/example.ts",
    'import { applyPlan } from "../../../excel/applyPlan";\nexport const f = applyPlan;\n',
  ],
  ["src/core/base/plan/example.ts", 'import { main } from "../../../cli/main";\nexport const f = main;\n'],
  ["src/core/base/plan/example.ts", 'import { App } from "../../../taskpane/components/App";\nexport const f = App;\n'],
  ["src/core/base/plan/example.ts", 'import * as ExcelJS from "exceljs";\nexport const f = ExcelJS;\n'],
  ["src/core/base/plan/example.ts", 'import { useState } from "react";\nexport const f = useState;\n'],
  ["src/core/base/plan/example.ts", 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n'],
  ["src/core/base/plan/example.ts", "export const f = () => Excel.run(async () => undefined);\n"],
  ["src/xlsx/example.ts", 'import { applyPlan } from "../excel/applyPlan";\nexport const f = applyPlan;\n'],
  ["src/cli/example.ts", "export const f = () => Office.onReady();\n"],
  ["src/excel/example.ts", 'import * as ExcelJS from "exceljs";\nexport const f = ExcelJS;\n'],
  ["src/excel/example.ts", 'import { Button } from "@fluentui/react-components";\nexport const f = Button;\n'],
  [
    "src/functions/example.ts",
    'import { loadWorkbook } from "../xlsx/readWorkbook";\nexport const f = loadWorkbook;\n',
  ],
  ["src/taskpane/components/Example.tsx", "export const f = () => Excel.run(async () => undefined);\n"],
  ["src/web/example.ts", 'import { applyPlan } from "../excel/applyPlan";\nexport const f = applyPlan;\n'],
  ["src/web/example.ts", 'import { main } from "../cli/main";\nexport const f = main;\n'],
  ["src/xlsx/example.ts", 'import { useState } from "react";\nexport const f = useState;\n'],
  ["src/core/base/cells/example.ts", 'import { ru } from "../i18n/ru";\nexport const f = ru;\n'],
  ["src/core/base/math/example.ts", 'import * as ExcelJS from "exceljs";\nexport const f = ExcelJS;\n'],
  // The core's layers: each imports only the layers below it.
  [
    "src/core/base/plan/example.ts",
    'import { indicatorSchema } from "../../catalog/schema";\nexport const f = indicatorSchema;\n',
  ],
  ["src/core/base/math/example.ts", 'import { formatPlain } from "../text/format";\nexport const f = formatPlain;\n'],
  ["src/core/catalog/example.ts", 'import { keyOf } from "../workbook/inputs";\nexport const f = keyOf;\n'],
  [
    "src/core/workbook/example.ts",
    'import { readResults } from "../sheets/resultsSheet";\nexport const f = readResults;\n',
  ],
  [
    "src/core/sheets/example.ts",
    'import { riskFlags } from "../features/results/risk";\nexport const f = riskFlags;\n',
  ],
  [
    "src/core/features/results/example.ts",
    'import { planWorkbook } from "../../operations/build";\nexport const f = planWorkbook;\n',
  ],
];

const ALLOWED: [string, string][] = [
  ["src/cli/example.ts", 'import { loadWorkbook } from "../xlsx/readWorkbook";\nexport const f = loadWorkbook;\n'],
  [
    "src/excel/example.ts",
    'import { planWorkbook } from "../core/operations/build";\nexport const f = planWorkbook;\n',
  ],
  ["src/excel/example.ts", "export const f = () => Excel.run(async () => undefined);\n"],
  ["src/taskpane/components/Example.tsx", 'import { useState } from "react";\nexport const f = useState;\n'],
  ["src/core/base/plan/example.ts", 'import { share } from "../cells/share";\nexport const f = share;\n'],
  // The page renders the pane's components over the file shell.
  ["src/web/Example.tsx", 'import { App } from "../taskpane/components/App";\nexport const f = App;\n'],
  ["src/web/Example.tsx", 'import { useState } from "react";\nexport const f = useState;\n'],
  [
    "src/web/example.ts",
    'import { workbookFromBytes } from "../xlsx/workbookBytes";\nexport const f = workbookFromBytes;\n',
  ],
  ["src/core/base/plan/example.ts", 'import { ru } from "../i18n/ru";\nexport const f = ru;\n'],
  ["src/core/base/cells/example.ts", 'import { valueTexts } from "../i18n/values";\nexport const f = valueTexts;\n'],
  [
    "src/core/operations/example.ts",
    'import { riskFlags } from "../features/results/risk";\nexport const f = riskFlags;\n',
  ],
  [
    "src/core/features/analysis/example.ts",
    'import { riskFlags } from "../results/risk";\nexport const f = riskFlags;\n',
  ],
  ["src/core/sheets/example.ts", 'import { keyOf } from "../workbook/inputs";\nexport const f = keyOf;\n'],
  [
    "src/core/workbook/example.ts",
    'import { indicatorSchema } from "../catalog/schema";\nexport const f = indicatorSchema;\n',
  ],
];

describe("the layers' import boundaries (eslint.config.mjs)", () => {
  let refused: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const all = lint([...REFUSED, ...ALLOWED]);
    refused = all.slice(0, REFUSED.length);
    allowed = all.slice(REFUSED.length);
  });

  test("a forbidden import or Office.js global fails the lint, once, naming the rule", () => {
    const missed = REFUSED.filter((_, i) => refused[i].length !== 1).map(([file, code]) => `${file}: ${code}`);
    expect(missed).toEqual([]);
    expect(refused[0][0]).toMatch(/^no-restricted-imports: .*src\/core imports no shell/);
    expect(refused[7][0]).toMatch(/^no-restricted-globals: /);
  });

  test("what the layering allows passes", () => {
    expect(allowed).toEqual(ALLOWED.map(() => []));
  });
});
