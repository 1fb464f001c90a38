import { numberOption, parseCommandLine, UsageError } from "@octet/shared/cli";
import { Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_MARGINS, type Margin, parseMargins } from "./baseline.ts";
import { FAIL_METRICS, parseFailOn, type Threshold } from "./fail-on.ts";
import { STRATEGY_HELP, STRATEGY_NAMES } from "./strategies/index.ts";
import { type MixEntry, parseStrategyMix } from "./strategy-mix.ts";

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
  /** write JUnit XML here */
  junitFile: string | null;
  /** an earlier run's report.json to compare with, and each metric's margin */
  baselineFile: string | null;
  margins: Margin[];
  /** spread the joins over this many seconds (0: as fast as they go) */
  rampSeconds: number;
  /** sample the server's /metrics into the report while rooms play match after match */
  soak: boolean;
}

export const DEFAULT_STRATEGY = "wanderer,aggressor,gatherer,trainer";

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
    .addOption(numberOption("--rooms <n>", "rooms to fill with bots", { default: 1, min: 1, max: 500 }))
    .addOption(
      numberOption("--bots-per-room <n>", "bots in each room (a room holds 8 players)", {
        default: 8,
        min: 1,
        max: 64,
      }),
    )
    .addOption(
      numberOption("--duration <seconds>", "how long the bots play once all have joined", {
        default: 60,
        min: 1,
        max: 86_400,
        fraction: true,
      }),
    )
    .addOption(
      new Option(
        "--strategy <mix>",
        "one strategy, or several with weights (name:weight,...): each run of bots holds the mix",
      ).default(DEFAULT_STRATEGY),
    )
    .addOption(
      numberOption(
        "--latency <ms>",
        "delay added to every message each way once joined, in the bot process (round trip +2x)",
        { default: 0, min: 0, max: 10_000, fraction: true },
      ),
    )
    .addOption(
      numberOption("--jitter <ms>", "each message's delay varies by up to +- this (messages stay in order)", {
        default: 0,
        min: 0,
        max: 10_000,
        fraction: true,
      }),
    )
    .addOption(
      numberOption("--seed <n>", "seed for the bots' choices and the jitter: same seed, same choices", {
        default: 1,
        min: 0,
        max: 2 ** 31 - 1,
      }),
    )
    .addOption(
      new Option("--report <dir>", "also write report.json and report.html (charts, works offline) there"),
    )
    .addOption(
      new Option(
        "--fail-on <thresholds>",
        "exit with code 1 when a figure crosses a threshold (or has no value): METRIC>NUMBER (or >=, <, <=), comma-separated or repeated; quote it, > is a shell redirection",
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
    .addOption(
      numberOption(
        "--ramp <seconds>",
        "join the bots gradually, evenly over this many seconds (then play --duration)",
        { default: 0, min: 0, max: 3600, fraction: true },
      ),
    )
    .addOption(
      new Option(
        "--soak",
        "long run: rooms play match after match for the duration while the server's /metrics (RSS, tick p99, rooms, clients) is sampled into the report",
      ),
    )
    .addOption(
      new Option("--junit <file>", "also write JUnit XML there: one test case per threshold and per room"),
    )
    .addOption(
      new Option(
        "--baseline <report.json>",
        "compare with an earlier run's report.json; exit 1 when a metric got worse by more than its --margin",
      ),
    )
    .addOption(
      new Option(
        "--margin <margins>",
        `how much worse than the baseline each metric may get: METRIC=N% or METRIC=N, comma-separated (default ${DEFAULT_MARGINS})`,
      ),
    )
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      `
Strategies:
${strategyList()}

--fail-on metrics:
${metricList()}

Exit codes: 0 done; 1 a --fail-on threshold failed or a --baseline metric regressed; 2 invalid options
(nothing ran); 3 the bots did not play (a bot could not join, no match started, no action acknowledged);
130 stopped by SIGINT (Ctrl-C), 143 by SIGTERM: the summary and report cover what was measured.

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
  const o = parseCommandLine<{
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
    ramp: number;
    soak?: boolean;
    junit?: string;
    baseline?: string;
    margin?: string;
  }>(botsProgram(), argv, out);
  if (!o) return null;
  if (o.margin !== undefined && o.baseline === undefined)
    throw new UsageError("--margin needs --baseline <report.json> to compare with");
  for (const [name, value] of [
    ["--report", o.report],
    ["--junit", o.junit],
    ["--baseline", o.baseline],
  ] as const)
    if (value !== undefined && value.trim() === "") throw new UsageError(`${name} needs a path`);
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
    junitFile: o.junit ?? null,
    baselineFile: o.baseline ?? null,
    margins: o.baseline === undefined ? [] : parseMargins(o.margin ?? DEFAULT_MARGINS),
    rampSeconds: o.ramp,
    soak: o.soak === true,
  };
}
