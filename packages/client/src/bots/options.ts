import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FAIL_METRICS, parseFailOn, type Threshold } from "./fail-on.ts";
import { STRATEGY_HELP, STRATEGY_NAMES } from "./strategies/index.ts";
import { type MixEntry, parseStrategyMix } from "./strategy-mix.ts";
import { UsageError } from "./usage-error.ts";

export interface BotsOptions {
  url: string;
  rooms: number;
  botsPerRoom: number;
  durationSeconds: number;
  /** as given, for the report */
  strategy: string;
  mix: MixEntry[];
  latencyMs: number;
  jitterMs: number;
  seed: number;
  reportDir: string | null;
  failOn: Threshold[];
  privateRooms: boolean;
}

export const DEFAULT_STRATEGY = "wanderer,aggressor,gatherer,trainer";

function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

function number(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a number from ${min} to ${max}.`);
    return n;
  };
}

function wsUrl(value: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new InvalidArgumentError("--url must be an address like ws://localhost:2567.");
  }
  if (!["ws:", "wss:", "http:", "https:"].includes(u.protocol))
    throw new InvalidArgumentError(
      `--url must start with ws://, wss://, http:// or https://, got ${u.protocol}//.`,
    );
  return value;
}

const strategyList = () =>
  STRATEGY_NAMES.map((n) => `  ${n.padEnd(12)} ${STRATEGY_HELP[n] ?? ""}`).join("\n");
const metricList = () =>
  Object.entries(FAIL_METRICS)
    .map(([n, m]) => `  ${n.padEnd(15)} ${m.help}`)
    .join("\n");

/** The `npm run bots` command line. */
export function botsProgram(): Command {
  return new Command("bots")
    .usage("[options]   (npm run bots -- [options])")
    .description(
      "Headless Octet players: rooms of bots that play matches with the browser client's prediction " +
        "code, a live progress display, and a report (join time, input -> ack latency, bandwidth, " +
        "prediction corrections, rejections, drops, errors).",
    )
    .addOption(
      new Option("--url <url>", "server address (ws:// or http://)")
        .default("ws://localhost:2567")
        .argParser(wsUrl),
    )
    .addOption(
      new Option("--rooms <n>", "rooms to fill with bots")
        .default(1)
        .argParser(wholeNumber("--rooms", 1, 500)),
    )
    .addOption(
      new Option("--bots-per-room <n>", "bots in each room (a room holds 8 players)")
        .default(8)
        .argParser(wholeNumber("--bots-per-room", 1, 64)),
    )
    .addOption(
      new Option("--duration <seconds>", "how long the bots play once all have joined")
        .default(60)
        .argParser(number("--duration", 1, 86_400)),
    )
    .addOption(
      new Option(
        "--strategy <mix>",
        "one strategy, or several with weights (name:weight,...): each run of bots holds the mix",
      ).default(DEFAULT_STRATEGY),
    )
    .addOption(
      new Option(
        "--latency <ms>",
        "delay added to every message each way once joined, in the bot process (round trip +2x)",
      )
        .default(0)
        .argParser(number("--latency", 0, 10_000)),
    )
    .addOption(
      new Option("--jitter <ms>", "each message's delay varies by up to +- this (messages stay in order)")
        .default(0)
        .argParser(number("--jitter", 0, 10_000)),
    )
    .addOption(
      new Option("--seed <n>", "seed for the bots' choices and the jitter: same seed, same choices")
        .default(1)
        .argParser(wholeNumber("--seed", 0, 2 ** 31 - 1)),
    )
    .addOption(
      new Option("--report <dir>", "also write report.json and report.html (charts, works offline) there"),
    )
    .addOption(
      new Option(
        "--fail-on <thresholds>",
        "exit with code 1 when a figure crosses a threshold: METRIC>NUMBER (or >=, <, <=), comma-separated or repeated; quote it, > is a shell redirection",
      )
        .argParser((value: string, previous: Threshold[] | undefined) => [
          ...(previous ?? []),
          ...parseFailOn(value),
        ])
        .default(undefined),
    )
    .addOption(
      new Option("--private", "make each room a private match of its bots only (default: quick match)"),
    )
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      `
Strategies:
${strategyList()}

--fail-on metrics:
${metricList()}

Exit codes: 0 done, 1 a --fail-on threshold was crossed (or no bot could join), 2 invalid options.

Examples:
  npm run bots -- --rooms 2 --duration 20
  npm run bots -- --url ws://localhost:2567 --rooms 10 --strategy wanderer:3,chaos:1 \\
      --latency 60 --jitter 20 --report bots-report --fail-on 'errors>0,p99-latency>300'
  npm run bots -- --rooms 1 --bots-per-room 7 --duration 600   # fill a room with you in it`,
    );
}

/**
 * Parses the bots' command line. Returns null when help was asked for (and
 * printed); throws UsageError for anything invalid.
 */
export function parseBotsOptions(argv: readonly string[], out: (text: string) => void): BotsOptions | null {
  const program = botsProgram()
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: () => {}, outputError: () => {} });
  try {
    program.parse(argv as string[], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.help") return null;
      throw new UsageError(err.message.replace(/^error: /, ""));
    }
    throw err;
  }
  const o = program.opts<{
    url: string;
    rooms: number;
    botsPerRoom: number;
    duration: number;
    strategy: string;
    latency: number;
    jitter: number;
    seed: number;
    report?: string;
    failOn?: Threshold[];
    private?: boolean;
  }>();
  if (program.args.length > 0)
    throw new UsageError(`unexpected argument "${program.args[0]}" (options start with --)`);
  return {
    url: o.url,
    rooms: o.rooms,
    botsPerRoom: o.botsPerRoom,
    durationSeconds: o.duration,
    strategy: o.strategy,
    mix: parseStrategyMix(o.strategy, STRATEGY_NAMES),
    latencyMs: o.latency,
    jitterMs: o.jitter,
    seed: o.seed,
    reportDir: o.report ?? null,
    failOn: o.failOn ?? [],
    privateRooms: o.private === true,
  };
}
