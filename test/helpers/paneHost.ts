import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import webpack from "webpack";

/** The repository, from here or from the bench's compiled copy of this file (build/bench/test/helpers). */
function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, "webpack.config.js")) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}
const ROOT = repositoryRoot();

/**
 * Bundles test/taskpane/browserHost.ts — the in-memory Excel host standing in for office.js — into
 * `folder` as excelHost.js, for a page to load before the pane's scripts. Resolves to the file's path.
 */
export async function bundleExcelHost(folder: string): Promise<string> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: join(ROOT, "test/taskpane/browserHost.ts"),
        output: { path: folder, filename: "excelHost.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: { loader: "ts-loader", options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json") } },
            },
          ],
        },
      },
      (error, result) => (error || !result ? reject(error) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return join(folder, "excelHost.js");
}
