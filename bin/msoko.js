#!/usr/bin/env node
// The `msoko` command. The TypeScript sources are compiled to lib/ by `npm run build`;
// lib/cli/main.js runs the same way when started directly (`node lib/cli/main.js …`).
const path = require("node:path");

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
cli.runProcess(process.argv.slice(2));
