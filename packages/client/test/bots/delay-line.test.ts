import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DelayLine } from "../../src/bots/delay-line.ts";

describe("DelayLine", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("delivers after the latency, in order, however the jitter falls", () => {
    // Jitter draws that alternate between the extremes would reorder a naive delay.
    const draws = [1, 0, 1, 0, 0.5, 0, 1];
    let d = 0;
    const line = new DelayLine(
      { latencyMs: 50, jitterMs: 30 },
      () => draws[d++ % draws.length]!,
      () => Date.now(),
    );
    const delivered: Array<{ i: number; at: number }> = [];
    const sentAt: number[] = [];
    for (let i = 0; i < 7; i++) {
      sentAt.push(Date.now());
      line.push(() => delivered.push({ i, at: Date.now() }));
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(200);
    expect(delivered.map((x) => x.i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const { i, at } of delivered) {
      expect(at - sentAt[i]!).toBeGreaterThanOrEqual(20); // latency - jitter
      expect(at - sentAt[i]!).toBeLessThanOrEqual(80 + 5 * 7); // latency + jitter, plus waiting for the one before
    }
  });

  it("never delays below zero and stops delivering once closed", () => {
    const line = new DelayLine(
      { latencyMs: 5, jitterMs: 50 },
      () => 0,
      () => Date.now(),
    );
    expect(line.sample()).toBe(0);
    const seen: number[] = [];
    line.push(() => seen.push(1));
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1]);
    const later = new DelayLine(
      { latencyMs: 100, jitterMs: 0 },
      () => 0.5,
      () => Date.now(),
    );
    later.push(() => seen.push(2));
    expect(later.pending).toBe(1);
    later.close();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1]);
    expect(later.pending).toBe(0);
  });
});
