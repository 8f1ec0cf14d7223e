/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const { functionsMetadata } = require("./scripts/functions-json");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_PORT = 3000;

/** Emits functions.json from the registry of the MSOKO functions (src/core/base/model/msokoFunctions.json). */
class FunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJson", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () =>
          compilation.emitAsset(
            "functions.json",
            new webpack.sources.RawSource(JSON.stringify(functionsMetadata(), null, 4)),
          ),
      );
    });
  }
}

async function httpsOptions() {
  // Only the dev server needs a trusted localhost certificate; builds and tests never ask for one.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new FunctionsJsonPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, { from: "manifest.xml" }],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
        }
      : undefined,
  };
};
