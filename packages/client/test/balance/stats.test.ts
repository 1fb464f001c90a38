import { describe, expect, it } from "vitest";
import { compareMeans, compareRates, normalCdf, quantile, wilson } from "../../src/balance/stats.ts";

describe("balance statistics", () => {
  it("Wilson interval matches the textbook figures and stays inside 0..1", () => {
    // 8 of 20: 40% with a Wilson 95% interval of 21.9%..61.3%.
    const r = wilson(8, 20);
    expect(r.rate).toBeCloseTo(0.4, 10);
    expect(r.low).toBeCloseTo(0.2188, 3);
    expect(r.high).toBeCloseTo(0.6134, 3);
    const zero = wilson(0, 40);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeGreaterThan(0.05);
    expect(wilson(40, 40).high).toBe(1);
    expect(wilson(0, 0)).toMatchObject({ n: 0, rate: 0 });
  });

  it("normal CDF is accurate in the tails a significance test reads", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-2.575829)).toBeCloseTo(0.005, 5);
  });

  it("two-proportion test: a big change on many seats is significant, the same rate is not", () => {
    const big = compareRates(wilson(85, 400), wilson(122, 400));
    expect(big.diff).toBeCloseTo(37 / 400, 10);
    expect(big.significant).toBe(true);
    expect(big.p).toBeLessThan(0.01);
    const none = compareRates(wilson(50, 400), wilson(50, 400));
    expect(none).toMatchObject({ diff: 0, significant: false });
    expect(none.p).toBeCloseTo(1, 6);
    // Too few matches to tell: 3 of 10 vs 5 of 10.
    expect(compareRates(wilson(3, 10), wilson(5, 10)).significant).toBe(false);
  });

  it("Welch test on means and nearest-rank quantiles", () => {
    const a = { n: 100, mean: 150, sd: 30 };
    expect(compareMeans(a, { n: 100, mean: 165, sd: 30 }).significant).toBe(true);
    expect(compareMeans(a, { n: 100, mean: 152, sd: 30 }).significant).toBe(false);
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
