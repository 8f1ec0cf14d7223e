#!/usr/bin/env node
// The `msoko` command. The TypeScript sources are compiled to lib/ by `npm run build`.
const path = require("node:path");

// `msoko catalog --json | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

let cli;
try {
  cli = require(path.join(__dirname, "..", "lib", "cli", "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    console.error("msoko: программа ещё не собрана. Выполните npm run build и повторите.");
    process.exit(1);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
