import { readRecord, replayProto, verifyRecord } from "@octet/shared/record";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveMatches } from "../../packages/server/src/resume/live-matches.ts";
import { playScriptedMatch, shortRules } from "../../packages/shared/test/support/scripted-match.ts";
import { waitFor, waitForAsync } from "../support/clients.ts";
import { type ClusterProcess, startProcesses, stopProcesses } from "../support/cluster-processes.ts";
import { TestRedis } from "../support/redis-process.ts";

const GHOST = "ghost-process";
const GOOD = [21, 22, 23, 24, 25, 26];
const GAP = 31;
const TAMPERED = 32;

/** A match as its process left it in Redis when it died: its record so far (`ticks` ticks), listed live. */
async function leaveRunningMatch(redis: Redis, seed: number, cut: (chunks: Uint8Array[]) => Uint8Array[]) {
  const m = playScriptedMatch(shortRules(60), seed, 4);
  const chunks = cut([...m.recorder.chunksSoFar().slice(0, 121)]);
  await redis.set(`octet:record:m${seed}`, Buffer.concat(chunks));
  await new LiveMatches(redis).register({
    roomId: `r${seed}`,
    matchId: `m${seed}`,
    owner: GHOST,
    private: false,
  });
}

// Two live processes find the same dead process's matches at the same moment:
// each match runs again on exactly one of them, and a record that cannot be
// continued exactly (a tick missing, a hash that does not match) is refused
// with a clear line in the log, never run.
describe("two live processes racing for a dead process's matches", () => {
  let redisServer: TestRedis;
  let redis: Redis;
  let processes: ClusterProcess[] = [];

  beforeAll(async () => {
    redisServer = await TestRedis.start();
    redis = new Redis(redisServer.url);
  });
  afterAll(async () => {
    await stopProcesses(processes);
    redis?.disconnect();
    await redisServer?.stop();
  });

  it("claims each match for exactly one caller (the compare-and-set itself, 40 rooms, 4 callers)", async () => {
    const callers = Array.from({ length: 4 }, () => new LiveMatches(new Redis(redisServer.url)));
    const rooms = Array.from({ length: 40 }, (_, i) => `race${i}`);
    for (const roomId of rooms)
      await callers[0]!.register({ roomId, matchId: `${roomId}-m`, owner: "dead", private: false });
    const wins = await Promise.all(
      rooms.map(async (roomId) => {
        const results = await Promise.all(callers.map((c, i) => c.claim(roomId, "dead", `live${i}`)));
        return results.filter(Boolean).length;
      }),
    );
    expect(wins).toEqual(rooms.map(() => 1));
    for (const roomId of rooms) expect((await callers[0]!.get(roomId))?.owner).toMatch(/^live[0-3]$/);
    for (const c of callers) for (const roomId of rooms) await c.release(roomId, "someone-else");
    expect(await callers[0]!.all()).toHaveLength(40); // only the owner may release
    for (const c of callers) await c.redisClient.quit();
    await redis.flushall();
  });

  it("runs each resumable match on one process only, and refuses the cut and the tampered records", async () => {
    for (const seed of GOOD) await leaveRunningMatch(redis, seed, (c) => c);
    await leaveRunningMatch(redis, GAP, (c) => [...c.slice(0, 60), ...c.slice(61)]);
    await leaveRunningMatch(redis, TAMPERED, (c) => {
      const entry = replayProto.RecordChunk.decodeDelimited(c[90]!);
      entry.tick!.hash = ((entry.tick!.hash ?? 0) ^ 0x100) >>> 0;
      return [...c.slice(0, 90), replayProto.RecordChunk.encodeDelimited(entry).finish(), ...c.slice(91)];
    });
    processes = await startProcesses(2, redisServer);
    const lines = () => processes.flatMap((p) => p.output().split("\n"));
    await waitFor(
      () =>
        lines().filter((l) => l.includes("resuming match")).length >= GOOD.length &&
        lines().filter((l) => l.includes("NOT resumed")).length >= 2,
      "every match taken over or refused",
      20_000,
    );
    const resumed = lines().filter((l) => l.includes("resuming match"));
    for (const seed of GOOD) {
      expect(resumed.filter((l) => l.includes(`match m${seed} (room r${seed},`))).toHaveLength(1);
      expect(resumed.find((l) => l.includes(`m${seed} `))).toContain(
        "at tick 120: replayed 120 ticks, 12 hashes matched",
      );
    }
    expect(resumed).toHaveLength(GOOD.length);
    const refused = lines().filter((l) => l.includes("NOT resumed"));
    expect(refused.find((l) => l.includes(`m${GAP} `))).toContain(
      "NOT resumed: gap in the record: expected tick 60, found tick 61; it is not run again",
    );
    expect(refused.find((l) => l.includes(`m${TAMPERED} `))).toMatch(/at tick 90 differs from the stored/);

    // Colyseus lists each resumed room once, on a live process; the refused ones nowhere.
    const live = new Set(processes.map((p) => p.processId));
    await waitForAsync(
      async () => (await redisServer.rooms()).length === GOOD.length,
      "the resumed rooms listed",
    );
    const listed = await redisServer.rooms();
    expect(listed.map((r) => r.roomId).sort()).toEqual(GOOD.map((s) => `r${s}`).sort());
    for (const r of listed) expect(live.has(r.processId)).toBe(true);
    for (const seed of [GAP, TAMPERED]) {
      const res = await fetch(`${processes[0]!.httpUrl}/matches/r${seed}`);
      expect(res.status).toBe(404);
      expect(await redis.exists(`octet:live:r${seed}`)).toBe(0);
    }
    // The owner's process goes on appending to the same record, which still verifies.
    const ticksOf = async (seed: number) =>
      readRecord(new Uint8Array((await redis.getBuffer(`octet:record:m${seed}`))!)).ticks.length;
    for (const seed of GOOD) {
      await waitForAsync(async () => (await ticksOf(seed)) > 125, `match m${seed} to tick on`);
      const record = readRecord(new Uint8Array((await redis.getBuffer(`octet:record:m${seed}`))!));
      expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
      expect((await redis.hget(`octet:live:r${seed}`, "owner")) ?? "").toSatisfy((o: string) => live.has(o));
    }
  });
});
