import { UsageError } from "@octet/shared/cli";
import type { BotsReport, ThresholdResult } from "./report.ts";

type Op = ">" | ">=" | "<" | "<=";

export interface Threshold {
  expression: string;
  metric: string;
  op: Op;
  limit: number;
}

/** A figure `--fail-on` and `--baseline` can test; every one of them is worse when higher. */
export interface FailMetric {
  help: string;
  read: (r: BotsReport) => number | null;
  /** measured only while matches are played: meaningless (and not checked) in a run without play */
  needsPlay?: boolean;
}

const serverSamples = (r: BotsReport) => r.server?.samples ?? [];

/** The figures `--fail-on` can test, with what they mean (for --help). */
export const FAIL_METRICS: Readonly<Record<string, FailMetric>> = {
  errors: { help: "errors seen by any bot", read: (r) => r.errors.count },
  "honest-errors": {
    help: "errors seen by bots other than chaos",
    read: (r) =>
      Object.values(r.strategies)
        .filter((s) => s.honest)
        .reduce((n, s) => n + s.errors, 0),
  },
  rejections: { help: "rejected actions", read: (r) => r.actions.rejected, needsPlay: true },
  unanswered: { help: "actions never answered", read: (r) => r.actions.unanswered, needsPlay: true },
  "failed-joins": { help: "bots that could not join", read: (r) => r.bots.failedJoins },
  disconnects: {
    help: "socket drops plus unexpected leaves",
    read: (r) => r.connection.drops + r.connection.unexpectedLeaves,
  },
  "seats-lost": { help: "drops the reconnection did not recover", read: (r) => r.connection.seatsLost },
  corrections: { help: "prediction corrections", read: (r) => r.corrections.count, needsPlay: true },
  "max-correction": {
    help: "largest prediction correction (world units)",
    read: (r) => r.corrections.maxSize,
    needsPlay: true,
  },
  "p50-latency": {
    help: "input -> ack latency, median (ms)",
    read: (r) => r.ackLatencyMs.p50,
    needsPlay: true,
  },
  "p95-latency": {
    help: "input -> ack latency, 95th percentile (ms)",
    read: (r) => r.ackLatencyMs.p95,
    needsPlay: true,
  },
  "p99-latency": {
    help: "input -> ack latency, 99th percentile (ms)",
    read: (r) => r.ackLatencyMs.p99,
    needsPlay: true,
  },
  "max-latency": {
    help: "input -> ack latency, largest (ms)",
    read: (r) => r.ackLatencyMs.max,
    needsPlay: true,
  },
  "p95-join-time": { help: "join time, 95th percentile (ms)", read: (r) => r.joinMs.p95 },
  "max-join-time": { help: "join time, largest (ms)", read: (r) => r.joinMs.max },
  "bytes-per-bot": {
    help: "bytes received per bot per second",
    read: (r) => (r.bandwidth.botSeconds > 0 ? r.bandwidth.bytesPerBotPerSecond : null),
    needsPlay: true,
  },
  "server-rss-growth": {
    help: "server resident memory, last --soak sample minus first (MB)",
    read: (r) => {
      const s = serverSamples(r);
      return s.length >= 2 ? (s.at(-1)!.rssBytes - s[0]!.rssBytes) / 1024 / 1024 : null;
    },
  },
  "server-tick-p99": {
    help: "server tick duration p99, largest over the --soak samples (ms)",
    read: (r) => {
      const v = serverSamples(r)
        .map((s) => s.tickP99Ms)
        .filter((x): x is number => x !== null);
      return v.length > 0 ? Math.max(...v) : null;
    },
  },
};

/**
 * A metric's value in a report, or why it has none: a figure that needs play
 * is not read from a run that did not play (its zero would pass any limit).
 */
export function readMetric(r: BotsReport, metric: string): { value: number | null; missing: string | null } {
  const m = FAIL_METRICS[metric]!;
  if (m.needsPlay && !r.play.ok) return { value: null, missing: "not checked: the bots did not play" };
  const value = m.read(r);
  if (value === null || !Number.isFinite(value))
    return { value: null, missing: "no value: the run measured none" };
  return { value, missing: null };
}

/**
 * Parses `--fail-on` expressions: METRIC OP NUMBER with OP one of > >= < <=,
 * several separated by commas (`errors>0,p99-latency>300`).
 */
export function parseFailOn(text: string): Threshold[] {
  const out: Threshold[] = [];
  for (const raw of text.split(",")) {
    const expression = raw.replace(/\s+/g, "");
    if (expression === "") continue;
    const m = /^([a-z0-9-]+)(>=|<=|>|<)(-?\d+(?:\.\d+)?)$/.exec(expression);
    if (!m) {
      throw new UsageError(
        `--fail-on: "${raw.trim()}" is not METRIC>NUMBER (or >=, <, <=), e.g. errors>0 or p99-latency>300`,
      );
    }
    const metric = m[1]!;
    if (!Object.hasOwn(FAIL_METRICS, metric)) {
      throw new UsageError(
        `--fail-on: unknown metric "${metric}"; known: ${Object.keys(FAIL_METRICS).join(", ")}`,
      );
    }
    out.push({ expression, metric, op: m[2] as Op, limit: Number(m[3]) });
  }
  if (out.length === 0) throw new UsageError(`--fail-on: expected METRIC>NUMBER, got "${text}"`);
  return out;
}

function holds(value: number, op: Op, limit: number): boolean {
  switch (op) {
    case ">":
      return value > limit;
    case ">=":
      return value >= limit;
    case "<":
      return value < limit;
    case "<=":
      return value <= limit;
  }
}

/**
 * Tests each threshold against the report. A figure the run could not
 * measure (no acks, so no latency; no play at all) fails its threshold
 * instead of passing it.
 */
export function checkThresholds(report: BotsReport, thresholds: readonly Threshold[]): ThresholdResult[] {
  return thresholds.map((t) => {
    const { value, missing } = readMetric(report, t.metric);
    return {
      expression: t.expression,
      metric: t.metric,
      value,
      crossed: value !== null && holds(value, t.op, t.limit),
      missing,
    };
  });
}

/** A threshold that fails the run: crossed, or with nothing to test. */
export const thresholdFailed = (t: ThresholdResult): boolean => t.crossed || t.missing !== null;
