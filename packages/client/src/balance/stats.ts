// Small statistics for win rates: enough to tell a designer whether a change
// moved a number or just rolled different dice. Normal approximations, which
// hold for the hundreds of matches a balance run plays.

/** z for a two-sided 95% interval. */
export const Z95 = 1.959964;

/** A proportion with its Wilson 95% interval (better than the normal interval near 0 and 1). */
export interface Rate {
  hits: number;
  n: number;
  rate: number;
  low: number;
  high: number;
}

export function wilson(hits: number, n: number, z = Z95): Rate {
  if (n === 0) return { hits, n, rate: 0, low: 0, high: 0 };
  const p = hits / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { hits, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Standard normal CDF (Abramowitz and Stegun 7.1.26 through erf; error below 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface Difference {
  /** b minus a */
  diff: number;
  z: number;
  /** two-sided p-value */
  p: number;
  /** p below 0.05 */
  significant: boolean;
}

/** Two-proportion z-test (pooled): did the rate change from a to b? */
export function compareRates(a: Rate, b: Rate): Difference {
  const diff = b.rate - a.rate;
  if (a.n === 0 || b.n === 0) return { diff, z: 0, p: 1, significant: false };
  const pooled = (a.hits + b.hits) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  return finish(diff, se);
}

export interface Moments {
  n: number;
  mean: number;
  sd: number;
}

export function moments(values: readonly number[]): Moments {
  const n = values.length;
  if (n === 0) return { n, mean: 0, sd: 0 };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, sd: Math.sqrt(variance) };
}

/** Welch's test on means with a normal reference (fine for n in the tens and up). */
export function compareMeans(a: Moments, b: Moments): Difference {
  const diff = b.mean - a.mean;
  if (a.n < 2 || b.n < 2) return { diff, z: 0, p: 1, significant: false };
  return finish(diff, Math.sqrt((a.sd * a.sd) / a.n + (b.sd * b.sd) / b.n));
}

function finish(diff: number, se: number): Difference {
  if (se === 0) return { diff, z: 0, p: diff === 0 ? 1 : 0, significant: diff !== 0 };
  const z = diff / se;
  const p = 2 * (1 - normalCdf(Math.abs(z)));
  return { diff, z, p, significant: p < 0.05 };
}

/** The q-quantile (0..1) of values, nearest rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
