import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

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

describe("functions.json generated from the JSDoc of src/functions/functions.ts", () => {
  let functions: FunctionEntry[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
    expect(generated.errors).toEqual([]);
    functions = JSON.parse(generated.metadataJson).functions;
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
