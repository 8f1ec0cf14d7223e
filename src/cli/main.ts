#!/usr/bin/env node
import { ru } from "../core/i18n/ru";
import { analyzeCommand } from "./commands/analyze";
import { buildCommand } from "./commands/build";
import { calcCommand } from "./commands/calc";
import { collectCommand } from "./commands/collect";
import { catalogCommand } from "./commands/catalog";
import { demoCommand } from "./commands/demo";
import { formsCommand } from "./commands/forms";
import { selfAssessmentCommand } from "./commands/selfAssessment";
import { validateCommand } from "./commands/validate";
import { consoleOutput, ExitCode, Output, UsageError } from "./io";

type Command = (args: string[], output: Output) => ExitCode | Promise<ExitCode>;

const COMMANDS: Record<string, Command> = {
  catalog: catalogCommand,
  calc: calcCommand,
  build: buildCommand,
  demo: demoCommand,
  validate: validateCommand,
  analyze: analyzeCommand,
  "self-assessment": selfAssessmentCommand,
  forms: formsCommand,
  collect: collectCommand,
};

/** Runs one msoko command; every failure becomes a Russian message and an exit code, never a stack trace. */
export async function main(argv: string[], output: Output = consoleOutput): Promise<ExitCode> {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    output.out(ru.cli.usage);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    output.err(ru.cli.unknownCommand(command));
    return 2;
  }
  try {
    return await run(args, output);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    output.err(
      usage && !(error instanceof UsageError) ? ru.cli.badOption((error as Error).message) : (error as Error).message,
    );
    return usage ? 2 : 1;
  }
}
