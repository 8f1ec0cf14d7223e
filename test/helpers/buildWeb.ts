import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

/** Builds the page «МСОКО без Excel» in production mode into `outDir`, as `npm run build` does into dist/web. */
async function build(outDir: string): Promise<void> {
  const configure = require("../../webpack.web.config.js") as (env: object, options: object) => webpack.Configuration;
  const config = configure({}, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, mode: "production", output: { ...config.output, path: outDir } }, (error, result) =>
      error || !result ? reject(error) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page built once per test run and shared by the test files that need it (as buildAddin does for the
 * add-in): the first jest worker builds, the others wait for it.
 */
export async function buildWeb(): Promise<string> {
  const shared = join(tmpdir(), `msoko-web-run-${process.ppid}`);
  const done = join(shared, ".built");
  try {
    mkdirSync(shared);
  } catch {
    for (let waited = 0; !existsSync(done); waited += 500) {
      if (waited > 600_000) throw new Error("the page's build by another test file did not finish");
      await sleep(500);
    }
    return join(shared, "web");
  }
  const outDir = mkdtempSync(join(shared, "web-"));
  await build(outDir);
  const web = join(shared, "web");
  renameSync(outDir, web);
  writeFileSync(done, "");
  return web;
}
