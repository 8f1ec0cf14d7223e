import { performance } from "node:perf_hooks";
import { installCustomFunctionsGlobal } from "../test/helpers/customFunctionsGlobal";

function timeIt(run: () => unknown, repeat: number): number {
  run(); // warm-up
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  return (performance.now() - start) / repeat;
}

/** Cost of the custom functions: one cell at a time versus one call over a 10 000-row column. */
export function benchFunctions(): void {
  installCustomFunctionsGlobal();

  const fns = (require("../src/functions/functions") as typeof import("../src/functions/functions")).customFunctions;
  const rows = 10000;
  const column = (f: (i: number) => number) => Array.from({ length: rows }, (_, i) => [f(i)]);
  const parts = column((i) => i % 97);
  const wholes = column((i) => 97 + (i % 13));
  const marks = [3, 4, 5, 6].map((k) => column((i) => (i * k) % 50));
  const series = Array.from({ length: rows }, (_, i) => [i % 40, (i * 7) % 40, (i * 3) % 40]);

  const scalarShare = timeIt(() => fns.share([[2819]], [[3800]]), 20000);
  const scalarDescribe = timeIt(() => fns.describe([["Доля участников"]], [[39]], [[34.2]]), 20000);
  const arrayShare = timeIt(() => fns.share(parts, wholes), 20);
  const arrayQuality = timeIt(() => fns.quality(marks[0], marks[1], marks[2], marks[3]), 20);
  const arrayTrend = timeIt(() => fns.trend(series), 20);
  console.log("Custom functions (Node, per call):");
  console.log(`  SHARE, one cell                          ${(scalarShare * 1000).toFixed(1)} µs`);
  console.log(`  DESCRIBE, one cell                       ${(scalarDescribe * 1000).toFixed(1)} µs`);
  console.log(
    `  SHARE over a 10 000-row column           ${arrayShare.toFixed(1)} ms (${((arrayShare * 1e6) / rows).toFixed(0)} ns a row)`,
  );
  console.log(`  QUALITY over four 10 000-row columns     ${arrayQuality.toFixed(1)} ms`);
  console.log(`  TREND over 10 000 rows × 3 periods       ${arrayTrend.toFixed(1)} ms`);
  console.log(
    `  10 000 scalar SHARE calls vs one array   ${(scalarShare * rows).toFixed(1)} ms vs ${arrayShare.toFixed(1)} ms`,
  );
}
