import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

const root = join(__dirname, "..", "..", "..");
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Gzipped size of what the task pane loads before it works, and of what it loads on demand. Returns the build's folder. */
export async function benchBundle(): Promise<string> {
  const configure = require(join(root, "webpack.config.js")) as (
    e: object,
    o: object,
  ) => Promise<webpack.Configuration>;
  const config = await configure({}, { mode: "production" });
  const outDir = mkdtempSync(join(tmpdir(), "msoko-bench-"));
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, mode: "production", output: { ...config.output, path: outDir } }, (error, result) =>
      error || !result || result.hasErrors()
        ? reject(error ?? new Error(result?.toString("errors-only")))
        : resolve(result),
    ),
  );
  const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  console.log("Task pane scripts loaded before it works (gzip):");
  const total = initial.reduce((sum, file) => sum + gz(file), 0);
  for (const file of initial) console.log(`  ${file.padEnd(40)} ${kib(gz(file))}`);
  console.log(`  total                                    ${kib(total)} (the official React template: 160 KiB)`);
  const lazy = (stats.toJson({ assets: true }).assets ?? [])
    .map((asset) => asset.name)
    .filter(
      (name) => name.endsWith(".js") && !initial.includes(name) && !["functions.js", "commands.js"].includes(name),
    );
  console.log(`Loaded on demand by «Листы» (gzip):         ${kib(lazy.reduce((sum, file) => sum + gz(file), 0))}`);
  console.log(`Custom functions script (gzip):            ${kib(gz("functions.js"))}`);
  return outDir;
}
