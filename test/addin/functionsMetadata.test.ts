import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MSOKO_FUNCTIONS } from "../../src/core/base/cells/registry";
import { ru } from "../../src/core/base/i18n/ru";
import { calcCommand } from "../../src/cli/commands/calc";

const { functionsMetadata } = require("../../scripts/functions-json") as {
  functionsMetadata(): { functions: FunctionEntry[] };
};

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionEntry {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

/** The functions issue 2 asks for, with their parameters; optional ones marked «?». */
const EXPECTED: Record<string, string[]> = {
  SHARE: ["part", "whole", "digits?"],
  DYNAMICS: ["current", "previous", "mode?", "digits?"],
  TREND: ["values", "tolerance?"],
  RISK: ["shareOfTwos", "threshold?", "years?"],
  QUALITY: ["n5", "n4", "n3", "n2", "digits?"],
  SUCCESS: ["n5", "n4", "n3", "n2", "digits?"],
  AVGMARK: ["n5", "n4", "n3", "n2", "digits?"],
  SOU: ["n5", "n4", "n3", "n2", "digits?"],
  STATUS: ["value", "target", "direction?"],
  DESCRIBE: ["name", "current", "previous", "unit?", "direction?"],
};

const CYRILLIC = /[А-Яа-яЁё]/;

describe("functions.json generated from the registry of the MSOKO functions", () => {
  const functions: FunctionEntry[] = functionsMetadata().functions;

  test("is what the JSDoc metadata plugin published before the registry, to the byte", () => {
    // test/fixtures/functions-metadata.json: custom-functions-metadata's output for the JSDoc the registry replaced.
    const published = readFileSync(join(__dirname, "..", "fixtures", "functions-metadata.json"), "utf8");
    expect(JSON.stringify(functionsMetadata(), null, 4)).toBe(published);
  });

  test("the pane's help, `msoko calc` and the registered functions list the same functions", () => {
    const names = MSOKO_FUNCTIONS.map((fn) => fn.name);
    expect(functions.map((fn) => fn.id)).toEqual(names);
    expect(ru.taskpane.functions.map((fn) => fn.name)).toEqual(names);
    for (const help of ru.taskpane.functions) expect(help.example).toMatch(new RegExp(`^=MSOKO\\.${help.name}\\(`));
    const said: string[] = [];
    for (const name of names) {
      const code = calcCommand([name, "1", "2", "3", "4"], {
        out: (line) => said.push(line),
        err: (line) => said.push(line),
      });
      expect([0, 1]).toContain(code);
    }
    expect(said.join("\n")).not.toMatch(/Нет функции/);
  });

  test("lists exactly the MSOKO functions with their parameters", () => {
    const listed = Object.fromEntries(
      functions.map((fn) => [fn.id, fn.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)]),
    );
    expect(listed).toEqual(EXPECTED);
    for (const fn of functions) expect(fn.name).toBe(fn.id);
  });

  test("every function and parameter is described in Russian", () => {
    for (const fn of functions) {
      expect(fn.description).toMatch(CYRILLIC);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(CYRILLIC);
    }
  });

  test("ranges in, arrays out: every parameter and result is a matrix, and none is volatile", () => {
    for (const fn of functions) {
      expect(fn.result.dimensionality).toBe("matrix");
      for (const parameter of fn.parameters) expect(parameter.dimensionality).toBe("matrix");
      expect(JSON.stringify(fn)).not.toMatch(/volatile/);
    }
  });
});
