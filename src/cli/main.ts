#!/usr/bin/env node
import { ru } from "../core/base/i18n/ru";
import { commandHelpText, CommandSpec, generalHelpText, wantsHelp } from "./args";
import { analyzeCommand, analyzeSpec } from "./commands/analyze";
import { buildCommand, buildSpec } from "./commands/build";
import { calcCommand, calcSpec } from "./commands/calc";
import { collectCommand, collectSpec } from "./commands/collect";
import { catalogCommand, catalogSpec } from "./commands/catalog";
import { demoCommand, demoSpec } from "./commands/demo";
import { formsCommand, formsSpec } from "./commands/forms";
import { reportCommand, reportSpec } from "./commands/report";
import { importCommand, importSpec } from "./commands/import";
import { selfAssessmentCommand, selfAssessmentSpec } from "./commands/selfAssessment";
import { validateCommand, validateSpec } from "./commands/validate";
import { writeProblem } from "../xlsx/package/problems";
import { consoleOutput, ExitCode, Output, UsageError } from "./io";

type Command = (args: string[], output: Output) => ExitCode | Promise<ExitCode>;

/** A command: what it accepts (its help is in src/core/base/i18n/cli.ts under the same name) and how it runs. */
export interface CommandEntry {
  readonly spec: CommandSpec;
  readonly run: Command;
}

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  catalog: { spec: catalogSpec, run: catalogCommand },
  calc: { spec: calcSpec, run: calcCommand },
  build: { spec: buildSpec, run: buildCommand },
  demo: { spec: demoSpec, run: demoCommand },
  validate: { spec: validateSpec, run: validateCommand },
  analyze: { spec: analyzeSpec, run: analyzeCommand },
  report: { spec: reportSpec, run: reportCommand },
  "self-assessment": { spec: selfAssessmentSpec, run: selfAssessmentCommand },
  import: { spec: importSpec, run: importCommand },
  forms: { spec: formsSpec, run: formsCommand },
  collect: { spec: collectSpec, run: collectCommand },
};

/** `msoko`, `msoko help`, `msoko --help`, `msoko help КОМАНДА`. */
function help(command: string | undefined, topic: string | undefined, output: Output): ExitCode {
  if (topic !== undefined) {
    if (!Object.hasOwn(COMMANDS, topic)) {
      output.err(ru.cli.unknownCommand(topic));
      return 2;
    }
    output.out(commandHelpText(topic));
    return 0;
  }
  output.out(generalHelpText(Object.keys(COMMANDS)));
  return command ? 0 : 2;
}

/** A system error that escaped a command (ENOSPC, EACCES…) in Russian; any other error's own message. */
function messageOf(error: unknown): string {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return writeProblem(error, String(path ?? "")).message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs one msoko command; every failure becomes a Russian message and an exit code, never a stack trace. */
export async function main(argv: string[], output: Output = consoleOutput): Promise<ExitCode> {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    return help(command, command === "help" ? args[0] : undefined, output);
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    output.err(ru.cli.unknownCommand(command));
    return 2;
  }
  if (wantsHelp(args)) {
    output.out(commandHelpText(command));
    return 0;
  }
  try {
    return await entry.run(args, output);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    output.err(usage && !(error instanceof UsageError) ? ru.cli.badOption((error as Error).message) : messageOf(error));
    return usage ? 2 : 1;
  }
}

/** msoko as a process: `node lib/cli/main.js …` and `npx msoko …` (bin/msoko.js) both run this. */
export async function runProcess(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `msoko catalog --json | head` closes the pipe early; that is not an error.
  process.stdout.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = await main(argv);
}

if (require.main === module) void runProcess();
