import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The core's folders as units (README «Устройство»): base's own sub-folders, catalog, workbook, sheets,
 * each feature, operations. ESLint keeps each layer from importing the layers above it; this test also keeps
 * units of one layer (the features, base's folders) from importing each other in a circle.
 */
const core = resolve(__dirname, "..", "..", "src", "core");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

function unitOf(path: string): string {
  const [top, sub] = path.split("/");
  return top === "base" || top === "features" ? `${top}/${sub}` : top;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(core)) {
    const from = unitOf(relative(core, file).split("\\").join("/"));
    if (!graph.has(from)) graph.set(from, new Set());
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = relative(core, resolve(dirname(file), match[1] ?? match[2]))
        .split("\\")
        .join("/");
      if (target.startsWith("..")) continue;
      const to = unitOf(target);
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Units that reach each other: Tarjan's strongly connected components of more than one unit. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (unit: string) => {
    index.set(unit, next);
    low.set(unit, next++);
    stack.push(unit);
    for (const to of graph.get(unit) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(unit, Math.min(low.get(unit)!, index.get(to)!));
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        component.push(top);
      } while (top !== unit);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const unit of graph.keys()) if (!index.has(unit)) visit(unit);
  return found;
}

describe("the core's folders", () => {
  const graph = unitGraph();

  test("are the layers of README «Устройство»", () => {
    const tops = new Set([...graph.keys()].map((unit) => unit.split("/")[0]));
    expect([...tops].sort()).toEqual(["base", "catalog", "features", "operations", "sheets", "workbook"]);
  });

  test("import each other in no circle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  test("the check finds a circle when there is one", () => {
    const circular = new Map([
      ["features/results", new Set(["features/analysis"])],
      ["features/analysis", new Set(["features/import"])],
      ["features/import", new Set(["features/results"])],
      ["operations", new Set(["features/results"])],
    ]);
    expect(cycles(circular)).toEqual([["features/analysis", "features/import", "features/results"]]);
  });
});
