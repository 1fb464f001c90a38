import { sumCounts } from "./counts.ts";
import { LatencyHistogram, percentilesOf } from "./latency-histogram.ts";
import { playCheck } from "./play-check.ts";
import type { BotRecord, BotsReport, ReportInput, StrategySummary } from "./report.ts";
import { roomSummaries } from "./rooms.ts";

/** Bins for the latency chart: about 40 of them, in a round number of ms. */
function chartBinMs(maxMs: number): number {
  const raw = Math.max(1, maxMs / 40);
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]) if (raw <= step) return step;
  return 1000;
}

function strategySummaries(bots: readonly BotRecord[], latency: ReadonlyMap<string, LatencyHistogram>) {
  const strategies: Record<string, StrategySummary> = {};
  const names = [...new Set(bots.map((b) => b.strategy))];
  for (const name of names) {
    const mine = bots.filter((b) => b.strategy === name);
    const c = sumCounts(mine);
    strategies[name] = {
      bots: mine.length,
      honest: mine[0]!.honest,
      sent: c.sent,
      accepted: c.accepted,
      rejected: c.rejected,
      rejectedByReason: c.rejectedByReason,
      ackLatencyMs: latency.get(name)?.summary() ?? percentilesOf([]),
      errors: c.errorCount,
      playingSeconds: c.playingMs / 1000,
    };
  }
  return strategies;
}

function errorSummary(bots: readonly BotRecord[], count: number): BotsReport["errors"] {
  const byMessage = new Map<string, { count: number; bots: string[] }>();
  for (const b of bots) {
    for (const m of b.errors) {
      const e = byMessage.get(m) ?? { count: 0, bots: [] };
      e.count++;
      if (e.bots.length < 10) e.bots.push(b.name);
      byMessage.set(m, e);
    }
  }
  return {
    count,
    messages: [...byMessage].map(([message, e]) => ({ message, ...e })).sort((a, b) => b.count - a.count),
  };
}

/** Turns what the bots recorded into the report (figures, tables, chart data). */
export function buildReport(input: ReportInput): BotsReport {
  const { bots } = input;
  const c = sumCounts(bots);
  const all = new LatencyHistogram();
  for (const h of input.latency.values()) all.merge(h);
  const latency = all.summary();
  const binMs = chartBinMs(latency.max ?? 0);
  const byStrategy: Record<string, number> = {};
  for (const b of bots) byStrategy[b.strategy] = (byStrategy[b.strategy] ?? 0) + 1;
  const joined = bots.filter((b) => b.joined);
  const botSeconds = c.connectedMs / 1000;
  const rooms = roomSummaries(bots);
  const start = input.startedAt.getTime();

  const report: BotsReport = {
    tool: "octet-bots",
    version: 2,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    settings: input.settings,
    playedSeconds: input.playedSeconds,
    interrupted: input.interrupted ?? null,
    play: { ok: true, problems: [] },
    bots: {
      target: bots.length,
      joined: joined.length,
      failedJoins: bots.length - joined.length,
      rooms: rooms.length,
      byStrategy,
      joinedAtSeconds: joined
        .map((b) => Math.round((b.joinedAt ?? start) - start) / 1000)
        .sort((x, y) => x - y),
    },
    joinMs: percentilesOf(joined.map((b) => b.joinMs ?? Number.NaN)),
    actions: {
      sent: c.sent,
      accepted: c.accepted,
      rejected: c.rejected,
      lost: c.lost,
      unanswered: c.sent - c.accepted - c.rejected - c.lost,
    },
    ackLatencyMs: { ...latency, histogram: { binMs, counts: all.chartBins(binMs) } },
    bandwidth: {
      bytesReceived: c.bytesReceived,
      messagesReceived: c.messagesReceived,
      botSeconds,
      bytesPerBotPerSecond: botSeconds > 0 ? c.bytesReceived / botSeconds : 0,
    },
    corrections: { count: c.corrections, maxSize: c.correctionMax, snaps: c.snaps },
    rejectedByReason: c.rejectedByReason,
    connection: {
      drops: c.drops,
      reconnects: c.reconnects,
      seatsLost: bots.reduce((n, b) => n + b.seatsLost, 0),
      unexpectedLeaves: bots.reduce((n, b) => n + b.unexpectedLeaves, 0),
      matchesEnded: rooms.filter((r) => r.end !== null).length,
    },
    errors: errorSummary(bots, c.errorCount),
    strategies: strategySummaries(bots, input.latency),
    rooms,
    series: input.series,
    server: input.server ?? null,
    thresholds: [],
    baseline: null,
  };
  report.play = playCheck(report);
  return report;
}
