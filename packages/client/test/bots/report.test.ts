import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/bots/build-report.ts";
import { LatencyHistogram } from "../../src/bots/latency-histogram.ts";
import type { BotRecord } from "../../src/bots/report.ts";
import { record, runSettings, stint } from "./records.ts";

const SETTINGS = runSettings({
  url: "ws://localhost:2567",
  botsPerRoom: 3,
  durationSeconds: 10,
  strategy: "wanderer:2,chaos:1",
});

function sample() {
  const wanderLatency = new LatencyHistogram();
  for (const ms of [10, 20, 30, 40]) wanderLatency.add(ms);
  const chaosLatency = new LatencyHistogram();
  chaosLatency.add(100);
  return buildReport({
    settings: SETTINGS,
    startedAt: new Date("2026-01-01T00:00:00Z"),
    finishedAt: new Date("2026-01-01T00:00:12Z"),
    playedSeconds: 10,
    bots: [
      record({
        name: "w1",
        roomIds: ["A"],
        joinMs: 12,
        connectedMs: 10_000,
        sent: 4,
        accepted: 3,
        lost: 1,
        bytesReceived: 20_000,
        messagesReceived: 100,
        corrections: 2,
        correctionMax: 4.5,
        drops: 1,
        reconnects: 1,
      }),
      record({
        name: "w2",
        roomIds: ["A", "B"],
        joinMs: 30,
        connectedMs: 10_000,
        sent: 2,
        accepted: 1,
        rejected: 1,
        rejectedByReason: { InsufficientGold: 1 },
        bytesReceived: 30_000,
        stints: [
          stint({ roomId: "A", end: { reason: "time", tick: 600, ranking: [] } }),
          stint({ roomId: "B" }),
        ],
        errorCount: 1,
        errors: ["left the match: code 4402"],
      }),
      record({
        name: "c1",
        strategy: "chaos",
        honest: false,
        roomIds: ["A"],
        joinMs: 20,
        connectedMs: 5_000,
        sent: 6,
        accepted: 1,
        rejected: 4,
        rejectedByReason: { Malformed: 3, InsufficientGold: 1 },
        bytesReceived: 10_000,
        corrections: 1,
        correctionMax: 9,
      }),
      record({
        name: "late",
        joined: false,
        joinMs: null,
        errorCount: 2,
        errors: ["join failed: boom", "join failed: boom"],
      }),
    ],
    latency: new Map([
      ["wanderer", wanderLatency],
      ["chaos", chaosLatency],
    ]),
    series: [],
  });
}

/** A report of these bots over a 10 s run, with no latency measured. */
const reportOf = (bots: BotRecord[]) =>
  buildReport({
    settings: SETTINGS,
    startedAt: new Date(),
    finishedAt: new Date(),
    playedSeconds: 10,
    bots,
    latency: new Map(),
    series: [],
  });

describe("buildReport", () => {
  it("adds up actions, and what is neither accepted, rejected nor lost in a drop is unanswered", () => {
    const r = sample();
    expect(r.actions).toEqual({ sent: 12, accepted: 5, rejected: 5, lost: 1, unanswered: 1 });
    expect(r.rejectedByReason).toEqual({ InsufficientGold: 2, Malformed: 3 });
  });

  it("counts bots, failed joins and distinct rooms; join time over the bots that joined", () => {
    const r = sample();
    expect(r.bots).toEqual({
      target: 4,
      joined: 3,
      failedJoins: 1,
      rooms: 2,
      byStrategy: { wanderer: 3, chaos: 1 },
      joinedAtSeconds: [0, 0, 0],
    });
    expect(r.joinMs).toMatchObject({ count: 3, p50: 20, max: 30 });
  });

  it("divides bytes by the time bots were connected", () => {
    const r = sample();
    expect(r.bandwidth.bytesReceived).toBe(60_000);
    expect(r.bandwidth.botSeconds).toBe(25);
    expect(r.bandwidth.bytesPerBotPerSecond).toBe(2400);
  });

  it("merges latency over strategies and keeps each strategy's own", () => {
    const r = sample();
    expect(r.ackLatencyMs).toMatchObject({ count: 5, p50: 30, max: 100 });
    expect(r.ackLatencyMs.histogram.counts.reduce((s, n) => s + n, 0)).toBe(5);
    expect(r.strategies.wanderer!.ackLatencyMs).toMatchObject({ count: 4, p50: 20 });
    expect(r.strategies.chaos).toMatchObject({ bots: 1, honest: false, sent: 6, rejected: 4 });
    expect(r.strategies.chaos!.rejectedByReason).toEqual({ Malformed: 3, InsufficientGold: 1 });
  });

  it("sums corrections and connection figures, groups errors by message", () => {
    const r = sample();
    expect(r.corrections).toEqual({ count: 3, maxSize: 9, snaps: 0 });
    expect(r.connection).toEqual({
      drops: 1,
      reconnects: 1,
      seatsLost: 0,
      unexpectedLeaves: 0,
      matchesEnded: 1,
    });
    expect(r.errors.count).toBe(3);
    expect(r.errors.messages).toEqual([
      { message: "join failed: boom", count: 2, bots: ["late", "late"] },
      { message: "left the match: code 4402", count: 1, bots: ["w2"] },
    ]);
  });

  it("is plain JSON (no NaN or Infinity), even with no acks at all", () => {
    const empty = buildReport({
      settings: SETTINGS,
      startedAt: new Date(),
      finishedAt: new Date(),
      playedSeconds: 0,
      bots: [],
      latency: new Map(),
      series: [],
    });
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
    expect(empty.ackLatencyMs.p99).toBeNull();
    expect(empty.bandwidth.bytesPerBotPerSecond).toBe(0);
  });

  it("breaks the run down by room, and counts a match that ended once however many bots saw it", () => {
    const end = { reason: "score", tick: 900, ranking: [{ rank: 1, name: "a1", score: 40, kills: 3 }] };
    const r = reportOf([
      record({
        name: "a1",
        stints: [stint({ roomId: "R1", sent: 5, accepted: 4, rejected: 1, playingMs: 8000, end })],
      }),
      record({
        name: "a2",
        strategy: "chaos",
        honest: false,
        stints: [
          stint({ roomId: "R1", sent: 3, accepted: 1, rejected: 2, errorCount: 1, playingMs: 7000, end }),
          stint({
            roomId: "R2",
            started: false,
            lobby: { players: 1, seats: 8, minToStart: 2, waitSeconds: 20, secondsLeft: 0 },
          }),
        ],
      }),
    ]);
    expect(r.rooms).toEqual([
      {
        roomId: "R1",
        bots: ["a1", "a2"],
        byStrategy: { wanderer: 1, chaos: 1 },
        actions: { sent: 8, accepted: 5, rejected: 3 },
        rejectedByReason: {},
        errors: 1,
        playingSeconds: 8,
        started: true,
        lobby: null,
        end,
        record: null,
      },
      expect.objectContaining({ roomId: "R2", bots: ["a2"], started: false, end: null }),
    ]);
    expect(r.connection.matchesEnded).toBe(1);
    expect(r.play.problems).toEqual(["1 of 2 rooms never started their match (R2)"]);
  });

  it("says why a run did not play: a lobby that never started, no acknowledged action", () => {
    const lobby = { players: 4, seats: 8, minToStart: 2, waitSeconds: 20, secondsLeft: 12 };
    const r = reportOf([
      record({ name: "w", sent: 3, stints: [stint({ roomId: "L", started: false, lobby, sent: 3 })] }),
    ]);
    expect(r.play.ok).toBe(false);
    expect(r.play.problems).toEqual([
      "no match started in 10.0 s: the room stayed in the lobby (4 of 8 seats taken; a match starts when the room is full, or 20 s after 2 players are in: fill the rooms or give a longer --duration)",
      "no action was acknowledged (3 sent, 0 rejected)",
    ]);
  });
});
