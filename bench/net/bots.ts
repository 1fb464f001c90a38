import { type BotSetup, HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { LatencyHistogram } from "../../packages/client/src/bots/latency-histogram.ts";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";

/** The players every bench:net way uses: the same seeds, so the same play. */
export const BENCH_RULES = {
  // Armies from the start: the scenario is 8 bots with up to 24 units each.
  players: { startGold: 1500, lobbyWaitSeconds: 0 },
  match: { durationSeconds: 3600 },
};

/**
 * BENCH_RULES for benches that run for minutes: no score limit to reach, so
 * the same matches go on (marchers reach the default's 60 points in about a
 * minute, and their bots would then join new matches mid-measurement).
 */
export const LONG_BENCH_RULES = {
  ...BENCH_RULES,
  match: { ...BENCH_RULES.match, scoreLimit: 65535 },
};

export interface BotsOptions {
  url: string;
  count: number;
  decode?: "octet" | "reflection";
  viewOf?: BotSetup["viewOf"];
  /** added to each bot's seed, so two servers in one run can get the same bots (default 0) */
  seedBase?: number;
}

/**
 * Busy bots, joined one after another (quick match fills a room of 8 before
 * the next): marchers train all they can and march their armies every second.
 */
export async function startBots(opts: BotsOptions): Promise<HeadlessBot[]> {
  const latency = new LatencyHistogram();
  const bots: HeadlessBot[] = [];
  for (let i = 0; i < opts.count; i++) {
    const bot = new HeadlessBot({
      name: `bot${i + 1}`,
      strategy: "marcher",
      seed: 1000 + (opts.seedBase ?? 0) + i,
      link: { latencyMs: 0, jitterMs: 0 },
      latency,
      join: (name) => MatchConnection.join({ url: opts.url, name, decode: opts.decode ?? "octet" }),
      viewOf: opts.viewOf,
    });
    bots.push(bot);
    if (!(await bot.start())) throw new Error(`${bot.name}: ${bot.record().errors[0]}`);
  }
  return bots;
}
