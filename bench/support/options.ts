import { type ParseArgsConfig, parseArgs } from "node:util";

/** A benchmark's options: each string option (its default when not given), each flag, and --out. */
export type BenchValues<S extends string, F extends string> = Record<S, string> &
  Record<F, boolean> & { out: string | undefined };

/**
 * Parses a benchmark's command line: string options with their defaults, the
 * boolean `flags`, and for every benchmark --out FILE (where the JSON result
 * goes) and --help, which prints `help` and returns null. An unknown option
 * throws (parseArgs is strict).
 */
export function benchArgs<S extends string, F extends string = never>(
  help: string,
  strings: Record<S, string>,
  flags: readonly F[] = [],
): BenchValues<S, F> | null {
  const options: NonNullable<ParseArgsConfig["options"]> = {
    out: { type: "string" },
    help: { type: "boolean", default: false },
  };
  for (const [name, value] of Object.entries<string>(strings))
    options[name] = { type: "string", default: value };
  for (const name of flags) options[name] = { type: "boolean", default: false };
  const { values } = parseArgs({ options });
  if (values.help) {
    process.stdout.write(help);
    return null;
  }
  return values as BenchValues<S, F>;
}
