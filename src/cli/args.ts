import { ru } from "../core/base/i18n/ru";
import { parseArgs, ParseArgsConfig } from "node:util";
import { cliText, CommandHelp, commandHelp } from "../core/base/i18n/cli";
import { UsageError } from "./io";

export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

/** What a command accepts: its options and whether it takes arguments without an option name. */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly options: O;
  readonly positionals: boolean;
}

const HELP_FLAGS = new Set(["--help", "-h"]);

/** Whether the user asked for a command's help: `--help` or `-h` anywhere before a `--`. */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.has(arg));
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known option nearest to a mistyped one, when it is near enough to be a typo. */
function nearestOption(name: string, known: readonly string[]): string | undefined {
  const scored = known.map((option) => ({ option, d: distance(name, option) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(1, Math.floor(best.option.length / 3)) ? `--${best.option}` : undefined;
}

const valueOf = (command: string, option: string) => commandHelp[command]?.options[option]?.value ?? ru.cli.value;

/**
 * Reads a command's arguments. Every mistake is told in Russian before Node's parser would tell it in
 * English: an unknown option (with the nearest known one), an option without its value, a value given
 * to a flag, a stray argument to a command that takes none.
 */
export function parseCommand<const O extends OptionSpecs>(spec: CommandSpec<O>, args: string[]) {
  const { tokens } = parseArgs({ args, options: spec.options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === "option") {
      const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
      if (!option) {
        const nearest = nearestOption(token.name, Object.keys(spec.options));
        throw new UsageError(cliText.unknownOption(spec.name, token.rawName, nearest));
      }
      // Node's parser also refuses a value that looks like an option («--out --json»): it is a forgotten value.
      const looksLikeOption = !token.inlineValue && token.value !== undefined && /^-./.test(token.value);
      if (option.type === "string" && (token.value === undefined || looksLikeOption))
        throw new UsageError(cliText.missingValue(token.rawName, valueOf(spec.name, token.name)));
      if (option.type === "boolean" && token.inlineValue) throw new UsageError(cliText.noValueExpected(token.rawName));
    } else if (token.kind === "positional" && !spec.positionals) {
      throw new UsageError(cliText.unexpectedArgument(spec.name, token.value));
    }
  }
  return parseArgs({ args, options: spec.options, strict: true, allowPositionals: spec.positionals });
}

function optionLines(help: CommandHelp): [string, readonly string[]][] {
  const rows: [string, readonly string[]][] = Object.entries(help.options).map(([name, option]) => [
    option.value ? `--${name} ${option.value}` : `--${name}`,
    typeof option.text === "string" ? [option.text] : option.text,
  ]);
  rows.push(["--help", [cliText.helpOption]]);
  return rows;
}

/** Rows of «left  text», the texts aligned in one column, continuation lines under the text. */
function table(rows: readonly [string, readonly string[]][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.flatMap(([left, texts]) =>
    texts.map((text, i) => `  ${(i === 0 ? left : "").padEnd(width)}${text}`.trimEnd()),
  );
}

/** `msoko КОМАНДА --help`: what it does, how it is called, its arguments and options. */
export function commandHelpText(name: string): string {
  const help = commandHelp[name];
  if (!help) throw new Error(`no help for msoko ${name}`);
  const lines = [`msoko ${name} — ${help.summary}`, "", cliText.usage, `  msoko ${help.synopsis}`];
  const args = Object.entries(help.arguments ?? {});
  if (args.length > 0) lines.push("", cliText.arguments, ...table(args.map(([arg, text]) => [arg, [text]])));
  lines.push("", cliText.options, ...table(optionLines(help)));
  if (help.notes?.length) lines.push("", ...help.notes);
  return lines.join("\n");
}

/** `msoko help`: every command with how it is called and what it does. */
export function generalHelpText(commands: readonly string[]): string {
  const entries = commands.map((name) => commandHelp[name]).filter((help): help is CommandHelp => !!help);
  const lines = [cliText.title, "", cliText.commands];
  for (const help of [...entries, { synopsis: cliText.helpSynopsis, summary: cliText.helpSummary }]) {
    lines.push(`  msoko ${help.synopsis}`, `      ${help.summary}`);
  }
  return lines.join("\n");
}
