/** Percentiles of a set of durations in ms; null when there were none. */
export interface Percentiles {
  count: number;
  min: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
}

/**
 * Durations in fixed 0.1 ms bins up to a ceiling, plus exact count, sum,
 * min and max: memory stays fixed however long bots run (an hour of 800
 * bots is tens of millions of samples), and percentiles are exact to 0.1 ms.
 */
export class LatencyHistogram {
  static readonly BIN_MS = 0.1;
  readonly ceilingMs: number;
  private readonly bins: Uint32Array;
  private over = 0;
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(ceilingMs = 10_000) {
    this.ceilingMs = ceilingMs;
    this.bins = new Uint32Array(Math.ceil(ceilingMs / LatencyHistogram.BIN_MS));
  }

  add(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    const bin = Math.floor(ms / LatencyHistogram.BIN_MS + 1e-9);
    if (bin < this.bins.length) this.bins[bin]!++;
    else this.over++;
    this.count++;
    this.sum += ms;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }

  merge(other: LatencyHistogram): void {
    if (other.bins.length !== this.bins.length)
      throw new Error("cannot merge histograms of different ceilings");
    for (let i = 0; i < this.bins.length; i++) this.bins[i]! += other.bins[i]!;
    this.over += other.over;
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** The nearest-rank percentile (0 < p <= 100), to the bin's lower edge, within [min, max]. */
  percentile(p: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let i = 0; i < this.bins.length; i++) {
      seen += this.bins[i]!;
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, i * LatencyHistogram.BIN_MS));
    }
    return this.max; // in the overflow bin
  }

  summary(): Percentiles {
    const none = this.count === 0;
    return {
      count: this.count,
      min: none ? null : this.min,
      p50: this.percentile(50),
      p95: this.percentile(95),
      p99: this.percentile(99),
      max: none ? null : this.max,
      mean: none ? null : this.sum / this.count,
    };
  }

  /**
   * Counts in `binMs`-wide bins from 0 up to the bin holding the largest
   * sample (for a chart); samples past the ceiling land in the last bin.
   */
  chartBins(binMs: number): number[] {
    if (this.count === 0) return [];
    const per = Math.max(1, Math.round(binMs / LatencyHistogram.BIN_MS));
    const top = Math.min(this.max, this.ceilingMs - LatencyHistogram.BIN_MS);
    const out = new Array<number>(Math.floor(top / binMs) + 1).fill(0);
    for (let i = 0; i < this.bins.length; i++) {
      const n = this.bins[i]!;
      if (n > 0) out[Math.min(out.length - 1, Math.floor(i / per))]! += n;
    }
    out[out.length - 1]! += this.over;
    return out;
  }
}

/** Exact nearest-rank percentiles of a small list of numbers (join times). */
export function percentilesOf(values: readonly number[]): Percentiles {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  const at = (p: number) => (n === 0 ? null : sorted[Math.max(1, Math.ceil((p / 100) * n)) - 1]!);
  return {
    count: n,
    min: at(0),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: n === 0 ? null : sorted[n - 1]!,
    mean: n === 0 ? null : sorted.reduce((s, v) => s + v, 0) / n,
  };
}
