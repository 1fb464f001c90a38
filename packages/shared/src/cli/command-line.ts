import { type Command, CommanderError, InvalidArgumentError, Option } from "commander";

/**
 * A bad command-line option or value. A CLI prints its message and exits with
 * code 2, the usual code for wrong usage, so scripts can tell it from a run
 * that failed.
 */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parses `argv` (user arguments, no node/script) with a commander program,
 * writing help to `out`. Returns the program's options, or null when help was
 * asked for (and printed); throws UsageError for anything invalid, including
 * more positional arguments than `positional.max`.
 */
export function parseCommandLine<O extends object>(
  program: Command,
  argv: readonly string[],
  out: (text: string) => void,
  /** positional arguments the tool takes (read them from program.args), described for the error */
  positional: { max: number; what: string } = { max: 0, what: "" },
): O | null {
  program.exitOverride().configureOutput({ writeOut: out, writeErr: () => {}, outputError: () => {} });
  try {
    program.parse(argv as string[], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.help") return null;
      throw new UsageError(err.message.replace(/^error: /, ""));
    }
    throw err;
  }
  if (program.args.length > positional.max)
    throw new UsageError(
      positional.max === 0
        ? `unexpected argument "${program.args[0]}" (options start with --)`
        : `expected at most ${positional.max} ${positional.what}, got ${program.args.length}: ${program.args.join(" ")}`,
    );
  return program.opts<O>();
}

/**
 * Runs a CLI's main and exits with its code. A UsageError (thrown before
 * anything ran) prints `tool: message` and how to get help, exit 2; any other
 * error prints its stack, exit 1.
 */
export function runMain(tool: string, helpCommand: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err) => {
      if (err instanceof UsageError) {
        process.stderr.write(`${tool}: ${err.message}\nRun "${helpCommand}" for the options.\n`);
        process.exit(2);
      }
      process.stderr.write(`${tool}: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}

/** A commander argument parser for a whole number in [min, max]. */
export function wholeNumber(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** A commander argument parser for a finite number in [min, max]. */
export function boundedNumber(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a number from ${min} to ${max}.`);
    return n;
  };
}

/** A numeric option's default and bounds; a whole number unless `fraction`. */
export interface NumberRange {
  /** none: the option is unset unless given */
  default?: number;
  min: number;
  max: number;
  fraction?: boolean;
}

/** A numeric option read as a number in its range; a value out of it is a usage error naming the option. */
export function numberOption(flags: string, description: string, range: NumberRange): Option {
  const name = flags.split(" ")[0]!;
  const parse = (range.fraction ? boundedNumber : wholeNumber)(name, range.min, range.max);
  const option = new Option(flags, description).argParser(parse);
  return range.default === undefined ? option : option.default(range.default);
}
