/** Where a command writes; tests pass their own to read what a user would see. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A command's result: the process exit code. */
export type ExitCode = 0 | 1 | 2;

/** A mistake in how the command was called: shown with its message, exit code 2. */
export class UsageError extends Error {}
