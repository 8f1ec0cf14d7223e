// `npm run bench`: prints performance figures and asserts nothing.
// Runs against the compiled sources in lib/ (npm run build:cli) and a fresh production bundle.
const { performance } = require("node:perf_hooks");
const { gzipSync } = require("node:zlib");
const { mkdtempSync, readFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const lib = join(__dirname, "..", "lib");

function installCustomFunctionsRuntime() {
  globalThis.CustomFunctions = {
    Error: class {
      constructor(code, message) {
        Object.assign(this, { code, message });
      }
    },
    ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
  };
}

function timeIt(run, repeat) {
  run(); // warm-up
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  return (performance.now() - start) / repeat;
}

function benchFunctions() {
  installCustomFunctionsRuntime();
  const fns = require(join(lib, "functions", "functions.js"));
  const rows = 10000;
  const parts = Array.from({ length: rows }, (_, i) => [i % 97]);
  const wholes = Array.from({ length: rows }, (_, i) => [97 + (i % 13)]);
  const marks = Array.from({ length: 4 }, (_, k) => Array.from({ length: rows }, (_, i) => [(i * (k + 3)) % 50]));
  const scalarCalls = 20000;
  const scalarShare = timeIt(() => fns.share([[2819]], [[3800]]), scalarCalls);
  const scalarDescribe = timeIt(() => fns.describe([["Доля участников"]], [[39]], [[34.2]]), scalarCalls);
  const arrayShare = timeIt(() => fns.share(parts, wholes), 20);
  const arrayQuality = timeIt(() => fns.quality(...marks), 20);
  const arrayTrend = timeIt(() => fns.trend(Array.from({ length: rows }, (_, i) => [i % 40, (i * 7) % 40, (i * 3) % 40])), 20);
  console.log("Custom functions (Node, per call):");
  console.log(`  SHARE, one cell:                         ${(scalarShare * 1000).toFixed(1)} µs`);
  console.log(`  DESCRIBE, one cell:                      ${(scalarDescribe * 1000).toFixed(1)} µs`);
  console.log(`  SHARE over a 10 000-row column:          ${arrayShare.toFixed(1)} ms (${((arrayShare * 1e6) / rows).toFixed(0)} ns a row)`);
  console.log(`  QUALITY over four 10 000-row columns:    ${arrayQuality.toFixed(1)} ms`);
  console.log(`  TREND over 10 000 rows × 3 periods:      ${arrayTrend.toFixed(1)} ms`);
  console.log(`  10 000 scalar SHARE cells vs one array call: ${(scalarShare * rows).toFixed(1)} ms vs ${arrayShare.toFixed(1)} ms`);
}

async function benchBundle() {
  const webpack = require("webpack");
  const configure = require(join(__dirname, "..", "webpack.config.js"));
  const config = await configure({}, { mode: "production" });
  const outDir = mkdtempSync(join(tmpdir(), "msoko-bench-"));
  await new Promise((resolve, reject) =>
    webpack({ ...config, mode: "production", output: { ...config.output, path: outDir } }, (error, stats) =>
      error || stats.hasErrors() ? reject(error ?? new Error(stats.toString("errors-only"))) : resolve(stats),
    ),
  );
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  let total = 0;
  console.log("Task pane scripts loaded before it works (gzip):");
  for (const src of scripts) {
    const size = gzipSync(readFileSync(join(outDir, src))).length;
    total += size;
    console.log(`  ${src.padEnd(38)} ${kib(size)}`);
  }
  console.log(`  total                                  ${kib(total)} (reference: the official React template, 160 KiB)`);
  const functionsSize = gzipSync(readFileSync(join(outDir, "functions.js"))).length;
  console.log(`Custom functions script (gzip):          ${kib(functionsSize)}`);
}

(async () => {
  benchFunctions();
  await benchBundle();
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
