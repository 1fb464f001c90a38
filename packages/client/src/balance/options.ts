import { availableParallelism } from "node:os";
import { PLAY_STRATEGY_HELP, PLAY_STRATEGY_NAMES } from "@octet/shared/bots";
import { numberOption, parseCommandLine } from "@octet/shared/cli";
import { Command, Option } from "commander";
import { type MixEntry, parseStrategyMix } from "../bots/strategy-mix.ts";

export interface BalanceOptions {
  /** rules file (full or partial, merged over the defaults); null = the defaults */
  rules: string | null;
  /** a second rules file played on the same seeds */
  against: string | null;
  matches: number;
  /** as given, for the report */
  strategy: string;
  mix: MixEntry[];
  /** keep each strategy on its seat instead of rotating the mix match by match */
  fixedSeats: boolean;
  seed: number;
  workers: number;
  reportDir: string | null;
}

export const DEFAULT_BALANCE_MIX = "aggressor,archers,trainer,gatherer";
export const MAX_MATCHES = 100_000;

const strategyList = () =>
  PLAY_STRATEGY_NAMES.map((n) => `  ${n.padEnd(12)} ${PLAY_STRATEGY_HELP[n] ?? ""}`).join("\n");

/** The `npm run balance` command line. */
export function balanceProgram(): Command {
  return new Command("balance")
    .usage("[rules.json] [options]   (npm run balance -- [rules.json] [options])")
    .description(
      "The balance lab: plays many full matches of bots through the shared simulation, at full " +
        "speed on every core, and reports win rates by strategy and by seat (95% intervals), match " +
        "length, end reasons, units trained/killed/lost and damage by kind, gold over time and the " +
        "time to the first kill. --against plays a second rules file on the same seeds and marks " +
        "what changed significantly.",
    )
    .argument("[rules]", "rules file: a full document or just the settings to change (default: the defaults)")
    .addOption(new Option("--against <rules>", "a second rules file to compare, on the same seeds"))
    .addOption(
      numberOption("--matches <n>", "matches per rules file", { default: 200, min: 1, max: MAX_MATCHES }),
    )
    .addOption(
      new Option(
        "--strategy <mix>",
        "strategies laid over the seats: names or name:weight, comma-separated",
      ).default(DEFAULT_BALANCE_MIX),
    )
    .addOption(
      new Option(
        "--fixed-seats",
        "keep each strategy on its seat (default: the mix rotates one seat per match)",
      ),
    )
    .addOption(
      numberOption("--seed <n>", "seed of the run: the same seed plays the same matches", {
        default: 1,
        min: 0,
        max: 0xffffffff,
      }),
    )
    .addOption(
      numberOption("--workers <n>", "worker threads", { default: availableParallelism(), min: 1, max: 64 }),
    )
    .addOption(new Option("--report <dir>", "write report.json and report.html into this folder"))
    .addHelpText("after", `\nStrategies:\n${strategyList()}\n`);
}

/**
 * Parses the command line; returns null after --help. Throws UsageError for a
 * bad option or value, with the message the user should see.
 */
export function parseBalanceOptions(
  argv: readonly string[],
  out: (text: string) => void = () => {},
): BalanceOptions | null {
  const program = balanceProgram();
  const o = parseCommandLine<{
    against?: string;
    matches: number;
    strategy: string;
    fixedSeats?: boolean;
    seed: number;
    workers: number;
    report?: string;
  }>(program, argv, out, { max: 1, what: "rules file" });
  if (!o) return null;
  return {
    rules: program.args[0] ?? null,
    against: o.against ?? null,
    matches: o.matches,
    strategy: o.strategy,
    mix: parseStrategyMix(o.strategy, PLAY_STRATEGY_NAMES),
    fixedSeats: o.fixedSeats === true,
    seed: o.seed,
    workers: o.workers,
    reportDir: o.report ?? null,
  };
}
