import { readFileSync } from "node:fs";
import { UsageError } from "@octet/shared/cli";
import { FAIL_METRICS, readMetric } from "./fail-on.ts";
import type { BaselineCheck, BotsReport } from "./report.ts";

/** How much worse than the baseline a metric may get: a share of it (20%) or an amount in its unit. */
export interface Margin {
  metric: string;
  /** as given: "20%" or "5" */
  text: string;
  percent: boolean;
  amount: number;
}

/** Compared when --baseline comes without --margin. */
export const DEFAULT_MARGINS =
  "p95-latency=25%,p99-latency=25%,bytes-per-bot=15%,honest-errors=0,failed-joins=0";

/** Parses `--margin`: METRIC=N% or METRIC=N, comma-separated (`p99-latency=20%,errors=0`). */
export function parseMargins(text: string): Margin[] {
  const out: Margin[] = [];
  for (const raw of text.split(",")) {
    const item = raw.replace(/\s+/g, "");
    if (item === "") continue;
    const m = /^([a-z0-9-]+)=(\d+(?:\.\d+)?)(%?)$/.exec(item);
    if (!m)
      throw new UsageError(`--margin: "${raw.trim()}" is not METRIC=N% or METRIC=N, e.g. p99-latency=20%`);
    const metric = m[1]!;
    if (!Object.hasOwn(FAIL_METRICS, metric))
      throw new UsageError(
        `--margin: unknown metric "${metric}"; known: ${Object.keys(FAIL_METRICS).join(", ")}`,
      );
    if (out.some((x) => x.metric === metric)) throw new UsageError(`--margin: ${metric} is named twice`);
    out.push({ metric, text: `${m[2]}${m[3]}`, percent: m[3] === "%", amount: Number(m[2]) });
  }
  if (out.length === 0) throw new UsageError(`--margin: expected METRIC=N%, got "${text}"`);
  return out;
}

/** Reads an earlier run's report.json; the message says what is wrong with it (checked before the run). */
export function readBaseline(file: string): BotsReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(
      `--baseline ${file}: ${e.code === "ENOENT" ? "no such file" : e.code ? `cannot read it (${e.code})` : `not JSON (${e.message})`}`,
    );
  }
  const r = data as Partial<BotsReport> | null;
  if (r?.tool !== "octet-bots" || r.version !== 2)
    throw new UsageError(`--baseline ${file}: not a report.json of this version of the bots (version 2)`);
  return r as BotsReport;
}

/**
 * Compares this run with the baseline, metric by metric: each may exceed the
 * baseline's value by its margin and no more (every metric is worse when
 * higher). A metric either run has no value for fails: nothing was compared.
 */
export function compareWithBaseline(
  current: BotsReport,
  baseline: BotsReport,
  margins: readonly Margin[],
): BaselineCheck[] {
  return margins.map((m) => {
    const was = readMetric(baseline, m.metric);
    const now = readMetric(current, m.metric);
    const missing = now.missing ?? (was.missing ? `baseline: ${was.missing}` : null);
    const limit =
      was.value === null ? null : m.percent ? was.value * (1 + m.amount / 100) : was.value + m.amount;
    return {
      metric: m.metric,
      margin: m.text,
      baseline: was.value,
      value: now.value,
      limit,
      regressed: limit !== null && now.value !== null && now.value > limit,
      missing,
    };
  });
}

export const baselineFailed = (c: BaselineCheck): boolean => c.regressed || c.missing !== null;
