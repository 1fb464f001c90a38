import { describe, expect, it } from "vitest";
import { LatencyHistogram, percentilesOf } from "../../src/bots/latency-histogram.ts";

describe("LatencyHistogram", () => {
  it("gives nearest-rank percentiles to 0.1 ms", () => {
    const h = new LatencyHistogram();
    for (let ms = 1; ms <= 100; ms++) h.add(ms);
    expect(h.summary()).toEqual({ count: 100, min: 1, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
    const fine = new LatencyHistogram();
    for (const v of [12.34, 12.36, 80.05]) fine.add(v);
    expect(Math.abs(fine.percentile(50)! - 12.36)).toBeLessThan(0.1);
    expect(Math.abs(fine.percentile(100)! - 80.05)).toBeLessThan(0.1);
  });

  it("has no percentiles when empty, and ignores impossible samples", () => {
    const h = new LatencyHistogram();
    h.add(Number.NaN);
    h.add(-3);
    expect(h.summary()).toEqual({
      count: 0,
      min: null,
      p50: null,
      p95: null,
      p99: null,
      max: null,
      mean: null,
    });
    expect(h.chartBins(5)).toEqual([]);
  });

  it("counts samples past its ceiling and reports them at the max", () => {
    const h = new LatencyHistogram(100);
    h.add(10);
    h.add(5000);
    expect(h.percentile(99)).toBe(5000);
    expect(h.percentile(50)).toBe(10);
    const bins = h.chartBins(10);
    expect(bins.reduce((s, n) => s + n, 0)).toBe(2);
    expect(bins.at(-1)).toBe(1);
  });

  it("merges per-strategy histograms into one", () => {
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    for (let i = 0; i < 50; i++) a.add(10);
    for (let i = 0; i < 50; i++) b.add(90);
    a.merge(b);
    expect(a.summary()).toMatchObject({ count: 100, min: 10, p50: 10, p95: 90, max: 90, mean: 50 });
  });

  it("bins for a chart add up to the count", () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 1000; i++) h.add((i * 7.3) % 240);
    const bins = h.chartBins(10);
    expect(bins).toHaveLength(24);
    expect(bins.reduce((s, n) => s + n, 0)).toBe(1000);
  });
});

describe("percentilesOf", () => {
  it("is exact for small lists and skips non-numbers", () => {
    expect(percentilesOf([30, 10, 20, Number.NaN])).toEqual({
      count: 3,
      min: 10,
      p50: 20,
      p95: 30,
      p99: 30,
      max: 30,
      mean: 20,
    });
    expect(percentilesOf([]).p50).toBeNull();
  });
});
