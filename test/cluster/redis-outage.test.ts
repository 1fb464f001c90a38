import type { MatchMakeError } from "@colyseus/sdk";
import { afterAll, describe, expect, it } from "vitest";
import { MATCHMAKING_UNAVAILABLE } from "../../packages/server/src/cluster/matchmaking-guard.ts";
import { readRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, type TestPlayer, waitFor, waitForAsync } from "../support/clients.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import { byRoom, joinInBatches, pick, roomOwners } from "../support/cluster-processes.ts";
import { fetchRecord, listRecords } from "../support/records.ts";

// Redis goes away for 10 s while matches run, then comes back empty on the
// same port (no persistence), as after a crash and restart. Matches never
// depend on Redis, joins fail fast with a clear error meanwhile, and the
// processes put their rooms back on their own when Redis returns.
const OUTAGE_MS = 10_000;

describe("a 10 s Redis outage while matches run", () => {
  const players: TestPlayer[] = [];
  const left = new Set<TestPlayer>();
  let stopMoving = () => {};

  const cluster = useCluster(3, {
    options: {
      rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } },
    },
    leave: () => players.map((p) => p.conn),
  });
  afterAll(async () => {
    stopMoving();
  });

  it("keeps matches running, refuses joins at once with a clear error, and takes joins again once Redis is back", async () => {
    await joinInBatches(cluster.processes, [8, 4], players, left);
    const rooms = byRoom(players);
    const before = await roomOwners(cluster.redis);
    const partial = [...rooms.entries()].find(([, members]) => members.length === 4)![0];
    stopMoving = keepMoving(players);
    await waitFor(() => players.every((p) => p.patches > 10), "both matches under way");

    await cluster.redis.stop();
    const stoppedAt = Date.now();
    const patchesAtStop = players.map((p) => p.patches);

    // Joins through every process, all through the outage: each fails at once, with a reason.
    const refusals: Array<{ ms: number; code: number; message: string }> = [];
    for (let i = 0; Date.now() - stoppedAt < OUTAGE_MS; i++) {
      const started = Date.now();
      const err = await joinPlayer(cluster.processes[i % cluster.processes.length]!.url, `outage${i}`).then(
        (p) => {
          players.push(p);
          return null;
        },
        (e: MatchMakeError) => e,
      );
      expect(err).not.toBeNull();
      refusals.push({ ms: Date.now() - started, code: err!.code, message: err!.message });
      await new Promise((r) => setTimeout(r, 500));
    }
    const worst = Math.max(...refusals.map((r) => r.ms));
    console.log(`${refusals.length} joins refused during the outage, slowest answer ${worst} ms`);
    for (const r of refusals) {
      expect(r.code).toBe(MATCHMAKING_UNAVAILABLE);
      expect(r.message).toMatch(/^matchmaking is unavailable: this server cannot reach Redis/);
    }

    // The matches never noticed.
    for (const [i, p] of players.entries()) expect(p.patches).toBeGreaterThan(patchesAtStop[i]! + 20);
    for (const p of players) expect(p.conn.stats.drops).toBe(0);
    expect(left.size).toBe(0);

    // Redis comes back empty on the same port; the processes put their rooms and themselves back.
    await cluster.redis.restart();
    const restartedAt = Date.now();
    await waitForAsync(async () => {
      const listings = await cluster.redis.rooms();
      const listed = await cluster.redis.processes();
      return listings.length === 2 && cluster.processes.every((p) => listed.includes(p.processId));
    }, "the processes to restore their rooms in Redis");
    console.log(`rooms and processes back in Redis ${Date.now() - restartedAt} ms after Redis restarted`);
    expect(await roomOwners(cluster.redis)).toEqual(before);
    expect(Object.fromEntries((await cluster.redis.rooms()).map((r) => [r.roomId, r.clients]))).toEqual(
      Object.fromEntries([...rooms.entries()].map(([id, members]) => [id, members.length])),
    );

    // Each match's record came through whole: what could not be written during
    // the outage was held back, and the record Redis lost was written again.
    const restarted = new Set<string>();
    await waitForAsync(async () => {
      const listing = await listRecords(cluster.processes[0]!.httpUrl).catch(() => []);
      for (const m of listing) if (rooms.has(m.roomId)) restarted.add(m.matchId);
      return restarted.size === rooms.size;
    }, "both matches' records listed again");
    for (const matchId of restarted) {
      const record = readRecord(await fetchRecord(cluster.processes[0]!.httpUrl, matchId));
      expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
      expect(record.ticks[0]?.tick).toBe(1);
      // It goes on past the outage (10 ticks a second).
      expect(record.ticks.length).toBeGreaterThan(OUTAGE_MS / 100);
    }

    // Joins work again, with no process restarted: quick match fills the match that kept its free seats.
    const late = await joinPlayer(pick(cluster.processes).url, "after");
    players.push(late);
    expect(late.conn.room.roomId).toBe(partial);
    await waitFor(() => late.conn.state.players.size === 5, "the late player in the running match");
  });
});
