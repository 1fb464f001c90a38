import type { PlayCounts } from "./counts.ts";
import type { LatencyHistogram, Percentiles } from "./latency-histogram.ts";
import type { RoomSummary } from "./rooms.ts";

export type { RoomSummary };

/** What one bot saw of one match (one connection to a room). */
export interface StintRecord extends PlayCounts {
  roomId: string;
  /** the bot saw the match being played */
  started: boolean;
  /** the lobby as last seen while waiting (null when never seen waiting) */
  lobby: {
    players: number;
    seats: number;
    minToStart: number;
    waitSeconds: number;
    secondsLeft: number;
  } | null;
  /** how the match ended, as the server announced it (null: still running when the bot left) */
  end: MatchOutcome | null;
}

export interface MatchOutcome {
  reason: string;
  tick: number;
  ranking: Array<{ rank: number; name: string; score: number; kills: number }>;
}

/** Everything one bot did over a run: totals over the matches it played, and each of them. */
export interface BotRecord extends PlayCounts {
  name: string;
  strategy: string;
  /** false for a strategy that misbehaves on purpose (chaos) */
  honest: boolean;
  /** rooms it played in, in order */
  roomIds: string[];
  joined: boolean;
  /** first join: from asking the server to the welcome (ms) */
  joinMs: number | null;
  /** when the first join succeeded (Date.now() ms) */
  joinedAt: number | null;
  /** drops the reconnection did not recover */
  seatsLost: number;
  /** left a match by the server's doing, other than the match ending */
  unexpectedLeaves: number;
  /** the first few error messages (errorCount counts all) */
  errors: string[];
  stints: StintRecord[];
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
  rampSeconds: number;
  soak: boolean;
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
  /** bot-seconds of match play */
  playingSeconds: number;
}

export interface ThresholdResult {
  /** as given, e.g. "p99-latency>300" */
  expression: string;
  metric: string;
  value: number | null;
  crossed: boolean;
  /** the run has no value for it (nothing measured, or no play to measure): fails too */
  missing: string | null;
}

/** One sample of the server's own /metrics (soak runs). */
export interface ServerSample {
  /** seconds since the run started */
  t: number;
  rssBytes: number;
  /** p99 tick duration over the samples' interval (ms; null: no tick in it) */
  tickP99Ms: number | null;
  rooms: number;
  clients: number;
}

export interface BaselineCheck {
  metric: string;
  /** "20%" or an absolute amount, as given */
  margin: string;
  baseline: number | null;
  value: number | null;
  /** the largest value that passes */
  limit: number | null;
  regressed: boolean;
  missing: string | null;
}

export interface BotsReport {
  tool: "octet-bots";
  version: 2;
  startedAt: string;
  finishedAt: string;
  settings: RunSettings;
  /** seconds from the last join to the stop: the time every bot was in the run together */
  playedSeconds: number;
  /** null, or the signal that stopped the run early (the figures cover what was measured until then) */
  interrupted: { signal: string; afterSeconds: number } | null;
  /** did the bots play at all: joined, saw a match start, got actions acknowledged; if not, why */
  play: { ok: boolean; problems: string[] };
  bots: {
    target: number;
    joined: number;
    failedJoins: number;
    /** distinct rooms the bots played in */
    rooms: number;
    byStrategy: Record<string, number>;
    /** each joined bot's first join, seconds after the start, in order */
    joinedAtSeconds: number[];
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
    /** matches (not bots) whose end the bots saw */
    matchesEnded: number;
  };
  errors: { count: number; messages: Array<{ message: string; count: number; bots: string[] }> };
  strategies: Record<string, StrategySummary>;
  /** every room (one match each) the bots played in */
  rooms: RoomSummary[];
  series: SeriesPoint[];
  /** the server's /metrics over the run (with --soak) */
  server: { samples: ServerSample[]; error: string | null } | null;
  thresholds: ThresholdResult[];
  baseline: { file: string; checks: BaselineCheck[] } | null;
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
  interrupted?: BotsReport["interrupted"];
  server?: BotsReport["server"];
}
