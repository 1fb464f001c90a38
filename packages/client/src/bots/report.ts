import { LatencyHistogram, type Percentiles, percentilesOf } from "./latency-histogram.ts";

/** Everything one bot did over a run (summed over the matches it played). */
export interface BotRecord {
  name: string;
  strategy: string;
  /** false for a strategy that misbehaves on purpose (chaos) */
  honest: boolean;
  /** rooms it played in, in order */
  roomIds: string[];
  joined: boolean;
  /** first join: from asking the server to the welcome (ms) */
  joinMs: number | null;
  /** time connected to a match (ms) */
  connectedMs: number;
  /** actions sent, acknowledged as accepted, and rejected */
  sent: number;
  accepted: number;
  rejected: number;
  /** never reached the server: in flight when the socket dropped */
  lost: number;
  rejectedByReason: Record<string, number>;
  bytesReceived: number;
  messagesReceived: number;
  /** prediction corrections of its commander: count and largest (world units) */
  corrections: number;
  correctionMax: number;
  snaps: number;
  /** socket drops, reconnections that took the seat back, seats lost */
  drops: number;
  reconnects: number;
  seatsLost: number;
  /** left a match by the server's doing, other than the match ending */
  unexpectedLeaves: number;
  /** matches that ended while it played */
  matchesEnded: number;
  /** how many errors, and the first few messages */
  errorCount: number;
  errors: string[];
}

/** One second of the run, summed over all bots. */
export interface SeriesPoint {
  /** seconds since the run started */
  t: number;
  connected: number;
  bytesPerSecond: number;
  messagesPerSecond: number;
  actionsPerSecond: number;
  /** prediction corrections in this second */
  corrections: number;
  /** rejections in this second */
  rejections: number;
  errors: number;
}

export interface RunSettings {
  url: string;
  rooms: number;
  botsPerRoom: number;
  durationSeconds: number;
  strategy: string;
  latencyMs: number;
  jitterMs: number;
  seed: number;
  privateRooms: boolean;
}

export interface StrategySummary {
  bots: number;
  honest: boolean;
  sent: number;
  accepted: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  ackLatencyMs: Percentiles;
  errors: number;
}

export interface ThresholdResult {
  /** as given, e.g. "p99-latency>300" */
  expression: string;
  metric: string;
  value: number | null;
  crossed: boolean;
}

export interface BotsReport {
  tool: "octet-bots";
  version: 1;
  startedAt: string;
  finishedAt: string;
  settings: RunSettings;
  /** seconds from the last join to the stop: the time every bot played together */
  playedSeconds: number;
  bots: {
    target: number;
    joined: number;
    failedJoins: number;
    /** distinct rooms the bots played in */
    rooms: number;
    byStrategy: Record<string, number>;
  };
  joinMs: Percentiles;
  /**
   * Every action a bot sent is accepted (acknowledged by the ackSeq in a
   * patch), rejected (a typed rejection), lost (in flight when its socket
   * dropped), or still unanswered when it left.
   */
  actions: { sent: number; accepted: number; rejected: number; lost: number; unanswered: number };
  /** input -> acknowledgement of accepted actions; `count` is the number of acks timed */
  ackLatencyMs: Percentiles & { histogram: { binMs: number; counts: number[] } };
  bandwidth: {
    bytesReceived: number;
    messagesReceived: number;
    /** bot-seconds connected */
    botSeconds: number;
    bytesPerBotPerSecond: number;
  };
  corrections: { count: number; maxSize: number; snaps: number };
  rejectedByReason: Record<string, number>;
  connection: {
    drops: number;
    reconnects: number;
    seatsLost: number;
    unexpectedLeaves: number;
    matchesEnded: number;
  };
  errors: { count: number; messages: Array<{ message: string; count: number; bots: string[] }> };
  strategies: Record<string, StrategySummary>;
  series: SeriesPoint[];
  thresholds: ThresholdResult[];
}

export interface ReportInput {
  settings: RunSettings;
  startedAt: Date;
  finishedAt: Date;
  playedSeconds: number;
  bots: readonly BotRecord[];
  /** accepted actions' input -> ack latency, per strategy */
  latency: ReadonlyMap<string, LatencyHistogram>;
  series: SeriesPoint[];
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Bins for the latency chart: about 40 of them, in a round number of ms. */
function chartBinMs(maxMs: number): number {
  const raw = Math.max(1, maxMs / 40);
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]) if (raw <= step) return step;
  return 1000;
}

/** Turns what the bots recorded into the report (figures, tables, chart data). */
export function buildReport(input: ReportInput): BotsReport {
  const { bots } = input;
  const sum = (f: (b: BotRecord) => number) => bots.reduce((s, b) => s + f(b), 0);
  const rejectedByReason: Record<string, number> = {};
  for (const b of bots) addCounts(rejectedByReason, b.rejectedByReason);

  const strategies: Record<string, StrategySummary> = {};
  for (const b of bots) {
    const s = strategies[b.strategy] ?? {
      bots: 0,
      honest: b.honest,
      sent: 0,
      accepted: 0,
      rejected: 0,
      rejectedByReason: {},
      ackLatencyMs: percentilesOf([]),
      errors: 0,
    };
    strategies[b.strategy] = s;
    s.bots++;
    s.sent += b.sent;
    s.accepted += b.accepted;
    s.rejected += b.rejected;
    s.errors += b.errorCount;
    addCounts(s.rejectedByReason, b.rejectedByReason);
  }
  const all = new LatencyHistogram();
  for (const [name, h] of input.latency) {
    all.merge(h);
    const s = strategies[name];
    if (s) s.ackLatencyMs = h.summary();
  }

  const errorsByMessage = new Map<string, { count: number; bots: string[] }>();
  for (const b of bots) {
    for (const m of b.errors) {
      const e = errorsByMessage.get(m) ?? { count: 0, bots: [] };
      e.count++;
      if (e.bots.length < 10) e.bots.push(b.name);
      errorsByMessage.set(m, e);
    }
  }
  const botSeconds = sum((b) => b.connectedMs) / 1000;
  const bytesReceived = sum((b) => b.bytesReceived);
  const sent = sum((b) => b.sent);
  const accepted = sum((b) => b.accepted);
  const rejected = sum((b) => b.rejected);
  const lost = sum((b) => b.lost);
  const latency = all.summary();
  const binMs = chartBinMs(latency.max ?? 0);
  const byStrategy: Record<string, number> = {};
  for (const b of bots) byStrategy[b.strategy] = (byStrategy[b.strategy] ?? 0) + 1;
  const joined = bots.filter((b) => b.joined);

  return {
    tool: "octet-bots",
    version: 1,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    settings: input.settings,
    playedSeconds: input.playedSeconds,
    bots: {
      target: bots.length,
      joined: joined.length,
      failedJoins: bots.length - joined.length,
      rooms: new Set(bots.flatMap((b) => b.roomIds)).size,
      byStrategy,
    },
    joinMs: percentilesOf(joined.map((b) => b.joinMs ?? Number.NaN)),
    actions: { sent, accepted, rejected, lost, unanswered: sent - accepted - rejected - lost },
    ackLatencyMs: { ...latency, histogram: { binMs, counts: all.chartBins(binMs) } },
    bandwidth: {
      bytesReceived,
      messagesReceived: sum((b) => b.messagesReceived),
      botSeconds,
      bytesPerBotPerSecond: botSeconds > 0 ? bytesReceived / botSeconds : 0,
    },
    corrections: {
      count: sum((b) => b.corrections),
      maxSize: bots.reduce((m, b) => Math.max(m, b.correctionMax), 0),
      snaps: sum((b) => b.snaps),
    },
    rejectedByReason,
    connection: {
      drops: sum((b) => b.drops),
      reconnects: sum((b) => b.reconnects),
      seatsLost: sum((b) => b.seatsLost),
      unexpectedLeaves: sum((b) => b.unexpectedLeaves),
      matchesEnded: sum((b) => b.matchesEnded),
    },
    errors: {
      count: sum((b) => b.errorCount),
      messages: [...errorsByMessage]
        .map(([message, e]) => ({ message, ...e }))
        .sort((a, b) => b.count - a.count),
    },
    strategies,
    series: input.series,
    thresholds: [],
  };
}
