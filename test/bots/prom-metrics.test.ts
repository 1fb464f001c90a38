import { describe, expect, it } from "vitest";
import { type Buckets, bucketsBetween, quantile } from "../../packages/client/src/bots/prom-metrics.ts";

const b = (bounds: number[], counts: number[], count: number): Buckets => ({ bounds, counts, count, sum: 0 });

describe("histogram quantiles from /metrics (as Prometheus computes them)", () => {
  it("interpolates inside the bucket the rank falls in", () => {
    // 10 observations <= 1 ms, 10 more in (1, 2] ms.
    const h = b([0.001, 0.002, 0.005], [10, 20, 20], 20);
    expect(quantile(h, 0.5)).toBeCloseTo(0.001, 9);
    expect(quantile(h, 0.75)).toBeCloseTo(0.0015, 9);
    expect(quantile(h, 0.25)).toBeCloseTo(0.0005, 9);
  });

  it("answers the last finite bound when the rank is in +Inf, NaN when empty", () => {
    expect(quantile(b([0.001, 0.002], [1, 1], 10), 0.99)).toBe(0.002);
    expect(quantile(b([0.001], [0], 0), 0.5)).toBeNaN();
  });

  it("takes the observations between two scrapes", () => {
    const before = b([0.001, 0.01], [5, 6], 6);
    const after = b([0.001, 0.01], [5, 16], 16);
    const d = bucketsBetween(before, after);
    expect(d.counts).toEqual([0, 10]);
    expect(d.count).toBe(10);
    expect(quantile(d, 0.5)).toBeCloseTo(0.0055, 9);
  });
});
