import { afterEach, describe, expect, it, vi } from "vitest";
import { registry, timedTick } from "../src/http/metrics.ts";
import { recordRejection } from "../src/rooms/rejection-log.ts";

async function histogram(name: string) {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name)!;
  const count = m.values.find((v) => (v as { metricName?: string }).metricName === `${name}_count`)!.value;
  const sum = m.values.find((v) => (v as { metricName?: string }).metricName === `${name}_sum`)!.value;
  return { count, sum };
}

describe("tick metrics", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("records each tick's duration, and how late it started after one interval", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const d0 = await histogram("octet_tick_duration_seconds");
    const s0 = await histogram("octet_tick_start_delay_seconds");
    const tick = timedTick(100, () => vi.advanceTimersByTime(3)); // each tick takes 3 ms
    tick();
    vi.advanceTimersByTime(97); // due now: on time
    tick();
    vi.advanceTimersByTime(97 + 40); // 40 ms late
    tick();
    const d1 = await histogram("octet_tick_duration_seconds");
    const s1 = await histogram("octet_tick_start_delay_seconds");
    expect(d1.count - d0.count).toBe(3);
    expect(d1.sum - d0.sum).toBeCloseTo(0.009, 6);
    // The first tick has no previous one to be late after.
    expect(s1.count - s0.count).toBe(2);
    expect(s1.sum - s0.sum).toBeCloseTo(0.04, 6);
  });

  it("still records a tick that throws", async () => {
    const d0 = await histogram("octet_tick_duration_seconds");
    const tick = timedTick(100, () => {
      throw new Error("boom");
    });
    expect(tick).toThrow("boom");
    expect((await histogram("octet_tick_duration_seconds")).count - d0.count).toBe(1);
  });
});

describe("rejection log", () => {
  it("counts every rejection but logs one line per reason per 10 s, with the number left out", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const counted = async () =>
      (await registry.getMetricsAsJSON())
        .find((m) => m.name === "octet_actions_total")!
        .values.find((v) => v.labels.reason === "NotOwner")?.value ?? 0;
    const before = await counted();
    const t = 1_000_000;
    recordRejection("R1", "p1", 4, "entity 5 is not yours", t);
    recordRejection("R1", "p1", 4, "entity 6 is not yours", t + 1000);
    recordRejection("R1", "p2", 4, "entity 7 is not yours", t + 2000);
    recordRejection("R1", "p1", 1, "not a ClientAction", t + 2000);
    recordRejection("R1", "p1", 4, "entity 8 is not yours", t + 11_000);
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      "octet: rejected NotOwner from p1 in room R1: entity 5 is not yours",
      "octet: rejected Malformed from p1 in room R1: not a ClientAction",
      "octet: rejected NotOwner from p1 in room R1: entity 8 is not yours (and 2 more like it in the last 11 s)",
    ]);
    expect((await counted()) - before).toBe(4);
    log.mockRestore();
  });
});
