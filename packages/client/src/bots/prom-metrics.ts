// Reads an Octet server's GET /metrics?format=json (prom-client's JSON form): the bots' --soak
// sampling, the capacity bench and the bots tests.

/** One metric as prom-client's getMetricsAsJSON() gives it. */
export interface PromMetric {
  name: string;
  type: string;
  values: Array<{ value: number; labels: Record<string, string | number>; metricName?: string }>;
}

/** A scrape, by metric name. */
export type Scrape = Map<string, PromMetric>;

/** Cumulative histogram buckets: upper bound (s) -> count of observations at or below it. */
export interface Buckets {
  bounds: number[];
  counts: number[];
  /** total observations (the +Inf bucket) */
  count: number;
  sum: number;
}

export async function scrape(httpUrl: string): Promise<Scrape> {
  const res = await fetch(`${httpUrl}/metrics?format=json`);
  if (!res.ok) throw new Error(`GET ${httpUrl}/metrics: HTTP ${res.status}`);
  const list = (await res.json()) as PromMetric[];
  return new Map(list.map((m) => [m.name, m]));
}

/** An unlabelled counter's or gauge's value (0 when absent). */
export function value(s: Scrape, name: string): number {
  return s.get(name)?.values[0]?.value ?? 0;
}

/** A counter's values summed over the series whose labels match `where`. */
export function sumWhere(s: Scrape, name: string, where: Record<string, string>): number {
  let total = 0;
  for (const v of s.get(name)?.values ?? [])
    if (Object.entries(where).every(([k, want]) => String(v.labels[k]) === want)) total += v.value;
  return total;
}

/** A counter's values keyed by one label. */
export function byLabel(
  s: Scrape,
  name: string,
  label: string,
  where: Record<string, string> = {},
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of s.get(name)?.values ?? []) {
    if (!Object.entries(where).every(([k, want]) => String(v.labels[k]) === want)) continue;
    const key = String(v.labels[label]);
    out[key] = (out[key] ?? 0) + v.value;
  }
  return out;
}

export function buckets(s: Scrape, name: string): Buckets {
  const m = s.get(name);
  const bounds: number[] = [];
  const counts: number[] = [];
  let count = 0;
  let sum = 0;
  for (const v of m?.values ?? []) {
    if (v.metricName === `${name}_bucket`) {
      const le = v.labels.le;
      if (le === "+Inf") count = v.value;
      else {
        bounds.push(Number(le));
        counts.push(v.value);
      }
    } else if (v.metricName === `${name}_sum`) sum = v.value;
    else if (v.metricName === `${name}_count`) count = v.value;
  }
  return { bounds, counts, count, sum };
}

/** The observations between two scrapes of the same histogram. */
export function bucketsBetween(before: Buckets, after: Buckets): Buckets {
  return {
    bounds: after.bounds,
    counts: after.counts.map((c, i) => c - (before.counts[i] ?? 0)),
    count: after.count - before.count,
    sum: after.sum - before.sum,
  };
}

/**
 * The q-quantile (0..1) of a histogram, as Prometheus's histogram_quantile
 * computes it: linear within the bucket it falls in. Past the last finite
 * bound it answers that bound (the true value is only known to be larger).
 * NaN with no observations.
 */
export function quantile(b: Buckets, q: number): number {
  if (b.count <= 0) return Number.NaN;
  const rank = q * b.count;
  let prevBound = 0;
  let prevCount = 0;
  for (let i = 0; i < b.bounds.length; i++) {
    const c = b.counts[i]!;
    if (c >= rank) {
      const inBucket = c - prevCount;
      const within = inBucket > 0 ? (rank - prevCount) / inBucket : 0;
      return prevBound + (b.bounds[i]! - prevBound) * within;
    }
    prevBound = b.bounds[i]!;
    prevCount = c;
  }
  return b.bounds.at(-1) ?? Number.NaN;
}
