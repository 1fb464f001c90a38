import { buildReport } from "../../src/bots/build-report.ts";
import { zeroCounts } from "../../src/bots/counts.ts";
import { LatencyHistogram } from "../../src/bots/latency-histogram.ts";
import type { BotRecord, BotsReport, RunSettings, StintRecord } from "../../src/bots/report.ts";

/** The settings of a one-second run of one wanderer in one room, overridden by `over`. */
export function runSettings(over: Partial<RunSettings> = {}): RunSettings {
  return {
    url: "ws://x",
    rooms: 1,
    botsPerRoom: 1,
    durationSeconds: 1,
    strategy: "wanderer",
    latencyMs: 0,
    jitterMs: 0,
    seed: 1,
    privateRooms: false,
    rampSeconds: 0,
    soak: false,
    ...over,
  };
}

/** The report of that run: one wanderer (`bot` overrides its record) whose acks took `latencies` ms. */
export function oneBotReport(latencies: number[], bot: Partial<BotRecord>): BotsReport {
  const h = new LatencyHistogram();
  for (const ms of latencies) h.add(ms);
  return buildReport({
    settings: runSettings(),
    startedAt: new Date(),
    finishedAt: new Date(),
    playedSeconds: 1,
    bots: [record(bot)],
    latency: new Map([["wanderer", h]]),
    series: [],
  });
}

/** One connection to a room with everything zero, overridden by `over`. */
export function stint(over: Partial<StintRecord>): StintRecord {
  return { ...zeroCounts(), roomId: "A", started: true, lobby: null, end: null, ...over };
}

/**
 * A bot record with everything zero, overridden by `over`; unless given, one
 * played (zero) connection per room id.
 */
export function record(over: Partial<BotRecord>): BotRecord {
  return {
    ...zeroCounts(),
    name: "bot",
    strategy: "wanderer",
    honest: true,
    roomIds: [],
    joined: true,
    joinMs: 10,
    joinedAt: null,
    seatsLost: 0,
    unexpectedLeaves: 0,
    errors: [],
    stints: (over.roomIds ?? []).map((roomId) => stint({ roomId })),
    ...over,
  };
}
