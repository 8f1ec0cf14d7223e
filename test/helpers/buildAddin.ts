import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

/** Builds the add-in in production mode into a fresh temporary folder, as `npm run build` does. */
export async function buildAddin(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "msoko-dist-"));
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
  return outDir;
}
