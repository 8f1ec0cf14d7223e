import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

/** Builds the add-in in production mode into a fresh temporary folder, as `npm run build` does. */
async function build(outDir: string): Promise<void> {
  const configure = require("../../webpack.config.js") as (
    env: object,
    options: object,
  ) => Promise<webpack.Configuration>;
  const config = await configure({}, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, mode: "production", output: { ...config.output, path: outDir } }, (error, result) =>
      error || !result ? reject(error) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The add-in built once per test run and shared by the test files that need it: jest's workers are
 * children of one process, so its id names the folder; the first worker builds, the others wait for it.
 */
export async function buildAddin(): Promise<string> {
  const shared = join(tmpdir(), `msoko-dist-run-${process.ppid}`);
  const done = join(shared, ".built");
  try {
    mkdirSync(shared);
  } catch {
    for (let waited = 0; !existsSync(done); waited += 500) {
      if (waited > 600_000) throw new Error("the add-in build of another test file did not finish");
      await sleep(500);
    }
    return join(shared, "dist");
  }
  const outDir = mkdtempSync(join(shared, "dist-"));
  await build(outDir);
  const dist = join(shared, "dist");
  require("node:fs").renameSync(outDir, dist);
  writeFileSync(done, "");
  return dist;
}
