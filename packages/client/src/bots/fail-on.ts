import type { BotsReport, ThresholdResult } from "./report.ts";
import { UsageError } from "./usage-error.ts";

type Op = ">" | ">=" | "<" | "<=";

export interface Threshold {
  expression: string;
  metric: string;
  op: Op;
  limit: number;
}

/** The figures `--fail-on` can test, with what they mean (for --help). */
export const FAIL_METRICS: Readonly<
  Record<string, { help: string; read: (r: BotsReport) => number | null }>
> = {
  errors: { help: "errors seen by any bot", read: (r) => r.errors.count },
  "honest-errors": {
    help: "errors seen by bots other than chaos",
    read: (r) =>
      Object.values(r.strategies)
        .filter((s) => s.honest)
        .reduce((n, s) => n + s.errors, 0),
  },
  rejections: { help: "rejected actions", read: (r) => r.actions.rejected },
  unanswered: { help: "actions never answered", read: (r) => r.actions.unanswered },
  "failed-joins": { help: "bots that could not join", read: (r) => r.bots.failedJoins },
  disconnects: {
    help: "socket drops plus unexpected leaves",
    read: (r) => r.connection.drops + r.connection.unexpectedLeaves,
  },
  "seats-lost": { help: "drops the reconnection did not recover", read: (r) => r.connection.seatsLost },
  corrections: { help: "prediction corrections", read: (r) => r.corrections.count },
  "max-correction": {
    help: "largest prediction correction (world units)",
    read: (r) => r.corrections.maxSize,
  },
  "p50-latency": { help: "input -> ack latency, median (ms)", read: (r) => r.ackLatencyMs.p50 },
  "p95-latency": { help: "input -> ack latency, 95th percentile (ms)", read: (r) => r.ackLatencyMs.p95 },
  "p99-latency": { help: "input -> ack latency, 99th percentile (ms)", read: (r) => r.ackLatencyMs.p99 },
  "max-latency": { help: "input -> ack latency, largest (ms)", read: (r) => r.ackLatencyMs.max },
  "p95-join-time": { help: "join time, 95th percentile (ms)", read: (r) => r.joinMs.p95 },
  "max-join-time": { help: "join time, largest (ms)", read: (r) => r.joinMs.max },
  "bytes-per-bot": {
    help: "bytes received per bot per second",
    read: (r) => r.bandwidth.bytesPerBotPerSecond,
  },
};

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
 * measure (no acks, so no latency) crosses nothing.
 */
export function checkThresholds(report: BotsReport, thresholds: readonly Threshold[]): ThresholdResult[] {
  return thresholds.map((t) => {
    const value = FAIL_METRICS[t.metric]!.read(report);
    return {
      expression: t.expression,
      metric: t.metric,
      value,
      crossed: value !== null && holds(value, t.op, t.limit),
    };
  });
}
