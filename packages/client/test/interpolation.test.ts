import { nextRandom, seedFrom } from "@octet/shared/sim";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ServerClock } from "../src/net/clock.ts";
import { Interpolator } from "../src/net/interpolation.ts";

const TICK_MS = 100;
/** world units the test entity moves per tick */
const SPEED = 10;

/**
 * Server ticks every 100 ms; entity 1 moves +10 x per tick. Each snapshot
 * reaches the client after latency +- jitter (in order, as on a WebSocket);
 * the client draws frames at irregular intervals and records what it drew.
 */
function drive(opts: {
  seed: number;
  latencyMs: number;
  jitterMs: number;
  ticks: number;
  frameMs: [number, number];
  /** size the delay from the arrival jitter (default) or keep 1.5 ticks */
  adaptive?: boolean;
  /** every n-th snapshot is late by this much more (a hiccup on the route) */
  spike?: { every: number; ms: number };
}) {
  const rng = { rng: seedFrom(opts.seed) };
  const clock = new ServerClock(TICK_MS);
  const interp = new Interpolator(TICK_MS, { adaptive: opts.adaptive });
  const arrivals: Array<{ at: number; tick: number }> = [];
  let last = 0;
  for (let tick = 1; tick <= opts.ticks; tick++) {
    const spike = opts.spike && tick % opts.spike.every === 0 ? opts.spike.ms : 0;
    const at = Math.max(
      last,
      tick * TICK_MS + opts.latencyMs + spike + (nextRandom(rng) * 2 - 1) * opts.jitterMs,
    );
    last = at;
    arrivals.push({ at, tick });
  }
  const frames: Array<{
    now: number;
    serverNow: number;
    render: number;
    x: number | undefined;
    newestX: number;
  }> = [];
  let next = 0;
  let newestX = 0;
  const end = last + 1000;
  for (
    let now = TICK_MS;
    now < end;
    now += opts.frameMs[0] + nextRandom(rng) * (opts.frameMs[1] - opts.frameMs[0])
  ) {
    while (next < arrivals.length && arrivals[next]!.at <= now) {
      const { tick } = arrivals[next++]!;
      newestX = tick * SPEED;
      const serverTime = clock.onSnapshot(tick & 0xffff, now);
      interp.push(serverTime, [{ id: 1, x: newestX, y: 0 }], now - serverTime - clock.targetOffsetMs);
    }
    if (next === 0) continue;
    interp.frame(clock.serverNow(now));
    frames.push({
      now,
      serverNow: clock.serverNow(now),
      render: interp.renderTime,
      x: interp.sample(1)?.x,
      newestX,
    });
  }
  return { frames, interp, clock };
}

describe("interpolation", () => {
  it("never runs backwards in time, whatever the jitter and frame rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 80 }),
        fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 31, max: 120 })),
        (seed, latencyMs, jitterMs, frameMs) => {
          const { frames } = drive({ seed, latencyMs, jitterMs, ticks: 60, frameMs });
          for (let i = 1; i < frames.length; i++) {
            expect(frames[i]!.render).toBeGreaterThanOrEqual(frames[i - 1]!.render);
            // The entity only moves forward, so what is drawn only moves forward too.
            expect(frames[i]!.x!).toBeGreaterThanOrEqual(frames[i - 1]!.x!);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never extrapolates more than one tick past the newest snapshot", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 150 }),
        (seed, jitterMs) => {
          const { frames } = drive({ seed, latencyMs: 75, jitterMs, ticks: 40, frameMs: [5, 40] });
          for (const f of frames) expect(f.x!).toBeLessThanOrEqual(f.newestX + SPEED + 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });

  // 150 ms RTT +- 30 ms: +- 15 ms each way. Snapshots then arrive within 30 ms of
  // each other's schedule, plus up to a frame's wait: less than the 50 ms of slack
  // that a 1.5-tick delay leaves, so the buffer never runs dry.
  it("with 150 ms RTT +- 30 ms jitter, the buffer never runs dry and motion is smooth", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { frames, interp } = drive({ seed, latencyMs: 75, jitterMs: 15, ticks: 200, frameMs: [16, 17] });
      expect(interp.stats.underflows, `seed ${seed}`).toBeLessThanOrEqual(1); // only the final silence
      // After a second the clock offset estimate has settled on the quickest patch.
      const playing = frames.filter((f) => f.newestX < 200 * SPEED && f.now > 1000);
      expect(playing.length).toBeGreaterThan(500);
      // Constant speed in, near-constant speed out: 10 units per 100 ms = 0.1 per ms.
      for (let i = 1; i < playing.length; i++) {
        const dx = playing[i]!.x! - playing[i - 1]!.x!;
        const dt = playing[i]!.now - playing[i - 1]!.now;
        expect(dx / dt).toBeCloseTo(SPEED / TICK_MS, 2);
      }
    }
  });

  it("renders about 1.5 ticks behind the server with the fixed delay", () => {
    const { frames } = drive({
      seed: 5,
      latencyMs: 75,
      jitterMs: 0,
      ticks: 50,
      frameMs: [16, 17],
      adaptive: false,
    });
    const f = frames[200]!;
    expect(f.serverNow - f.render).toBeCloseTo(150, 6);
  });

  it("extrapolates one tick on a late snapshot, then holds, and counts it", () => {
    const interp = new Interpolator(TICK_MS, { adaptive: false });
    for (let t = 1; t <= 5; t++) interp.push(t * TICK_MS, [{ id: 1, x: t * SPEED, y: 0 }]);
    interp.frame(5 * TICK_MS + 150); // render time = the newest snapshot: no extrapolation
    expect(interp.sample(1)).toEqual({ x: 50, y: 0 });
    interp.frame(5 * TICK_MS + 200); // 50 ms late: half a tick along the last motion
    expect(interp.sample(1)!.x).toBeCloseTo(55, 9);
    interp.frame(5 * TICK_MS + 400); // 250 ms late: capped at one tick
    expect(interp.sample(1)!.x).toBeCloseTo(60, 9);
    expect(interp.stats).toMatchObject({ underflows: 1, extrapolatedFrames: 1, heldFrames: 1 });
    // Snapshots flow again: back to interpolating, from where the held frame was.
    for (let t = 6; t <= 9; t++) interp.push(t * TICK_MS, [{ id: 1, x: t * SPEED, y: 0 }]);
    interp.frame(5 * TICK_MS + 410);
    expect(interp.sample(1)!.x).toBeCloseTo(76, 9);
    expect(interp.stats.underflows).toBe(1);
  });

  it("the jitter buffer keeps underflows under 1% where the fixed 1.5 ticks runs dry", () => {
    // +-40 ms each way and a 90 ms hiccup every 25th snapshot: lateness past the fixed 50 ms of slack.
    const link = {
      latencyMs: 75,
      jitterMs: 40,
      ticks: 600,
      frameMs: [16, 17] as [number, number],
      spike: { every: 25, ms: 90 },
    };
    let fixed = 0;
    let adaptive = 0;
    for (const seed of [1, 2, 3]) {
      fixed += drive({ seed, ...link, adaptive: false }).interp.stats.underflows;
      const run = drive({ seed, ...link });
      adaptive += run.interp.stats.underflows;
      // It grew the delay past the fixed 150 ms, but not without bound.
      expect(run.interp.delayMs).toBeGreaterThan(150);
      expect(run.interp.delayMs).toBeLessThan(500);
    }
    expect(fixed).toBeGreaterThan(3 * 600 * 0.01);
    expect(adaptive).toBeLessThan(3 * 600 * 0.01);
  });

  it("on a steady link the jitter buffer renders closer to the server than the fixed 1.5 ticks", () => {
    const { interp } = drive({ seed: 9, latencyMs: 75, jitterMs: 0, ticks: 300, frameMs: [16, 17] });
    expect(interp.delayMs).toBeLessThan(150);
    expect(interp.stats.underflows).toBeLessThanOrEqual(1);
  });

  it("draws a jump longer than the teleport distance as a jump and drops entities that left", () => {
    const interp = new Interpolator(TICK_MS, { teleportDistance: 100 });
    interp.push(100, [
      { id: 1, x: 0, y: 0 },
      { id: 2, x: 5, y: 5 },
    ]);
    interp.push(200, [
      { id: 1, x: 1000, y: 0 },
      { id: 3, x: 7, y: 7 },
    ]);
    interp.frame(300); // render time 150: halfway
    expect(interp.sample(1)).toEqual({ x: 0, y: 0 });
    expect(interp.sample(2)).toEqual({ x: 5, y: 5 });
    expect(interp.sample(3)).toEqual({ x: 7, y: 7 });
    interp.frame(350); // render time 200: the newer snapshot
    expect(interp.sample(1)).toEqual({ x: 1000, y: 0 });
    expect(interp.sample(2)).toBeUndefined();
  });
});

describe("server clock", () => {
  it("estimates the offset from the least delayed patch and unwraps 16-bit ticks", () => {
    const clock = new ServerClock(TICK_MS);
    expect(clock.onSnapshot(65534, 1000)).toBe(65534 * TICK_MS);
    expect(clock.onSnapshot(65535, 1130)).toBe(65535 * TICK_MS);
    expect(clock.onSnapshot(0, 1190)).toBe(65536 * TICK_MS);
    expect(clock.onSnapshot(2, 1420)).toBe(65538 * TICK_MS);
    expect(clock.tick).toBe(65538);
    // Patches arrived 0, 30, -10 (!), 20 ms after the first one's schedule: -10 is the least delayed.
    const best = 1190 - 65536 * TICK_MS;
    expect(clock.targetOffsetMs).toBe(best);
    // The offset in use started at the first patch's and slews toward the best at 2%.
    const first = 1000 - 65534 * TICK_MS;
    // (from 1130 ms, when the best estimate first dropped below the offset in use)
    expect(clock.offsetMs).toBeCloseTo(first - (1420 - 1130) * 0.02, 9);
    expect(clock.serverNow(2000)).toBe(2000 - best);
    expect(clock.offsetMs).toBe(best);
  });

  it("takes the round trip as the quickest recent ack", () => {
    const clock = new ServerClock(TICK_MS, { ackWindow: 3 });
    expect(clock.rttMs).toBeNaN();
    for (const ms of [220, 160, 190]) clock.onAck(ms);
    expect(clock.rttMs).toBe(160);
    for (const ms of [200, 210, 205]) clock.onAck(ms);
    expect(clock.rttMs).toBe(200);
  });
});
