const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * The page «МСОКО без Excel» (src/web): the pane over .xlsx files, built into dist/web. Every path is relative
 * ("auto"), so the folder works opened from disk (file://) and from any static server; no service worker.
 * The add-in's own build (webpack.config.js) is left as it is.
 */
module.exports = (env, options) => {
  const production = options.mode === "production";
  return {
    devtool: production ? false : "source-map",
    target: "web",
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
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
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/web.html", chunks: ["web"] })],
  };
};
