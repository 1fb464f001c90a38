import { CloseCodes } from "@octet/shared/protocol";
import { verifyRecord } from "@octet/shared/record";
import { describe, expect, it } from "vitest";
import { DRAINED_REASON } from "../../packages/server/src/rooms/MatchRoom.ts";
import { joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ClusterProcess, roomOwners } from "../support/cluster-processes.ts";
import { recordOfRoom } from "../support/records.ts";
import { useResumeCluster } from "../support/resume-cluster.ts";
import { watchOwnPlayer } from "../support/seen.ts";

const START_NOW = { minToStart: 1, lobbyWaitSeconds: 0 };

/** Each player's drop and comeback times, its leave code and reason, its lost seat. */
function track(players: TestPlayer[]) {
  const dropped = new Map<TestPlayer, number>();
  const back = new Map<TestPlayer, number>();
  const left = new Map<TestPlayer, { code: number; reason: string | undefined }>();
  const lost: string[] = [];
  for (const p of players) {
    p.conn.on("reconnecting", () => dropped.set(p, Date.now()));
    p.conn.on("reconnected", () => back.set(p, Date.now()));
    p.conn.on("leave", (code, reason) => left.set(p, { code, reason }));
    p.conn.on("seatLost", (reason) => lost.push(reason));
  }
  return { dropped, back, left, lost };
}

describe("SIGTERM", () => {
  const cluster = useResumeCluster({ perTest: true });
  const players = cluster.players;

  it("with another live process: hands the match over at a tick boundary; its players follow it silently", async () => {
    const rules = { players: START_NOW };
    const [leaving] = (await cluster.start(1, { rules })) as [ClusterProcess];
    const balancer = await cluster.balance([leaving.port]);
    players.push(
      ...(await Promise.all(Array.from({ length: 4 }, (_, i) => joinPlayer(balancer.url, `h${i}`)))),
    );
    const roomId = players[0]!.conn.room.roomId;
    const slots = players.map((p) => p.conn.state.players.get(p.conn.playerId)!.slot);
    const [taker] = (await cluster.start(1, { rules })) as [ClusterProcess];
    balancer.targets.push(taker.port);
    const seen = players.map((p) => watchOwnPlayer(p.conn));
    const t = track(players);
    cluster.keepMoving();
    await waitFor(() => seen.every((s) => s.ambientTicks() >= 3), "the match under way");

    await leaving.kill("SIGTERM");
    const stoppedAt = Date.now();
    cluster.processes = [taker];
    await waitFor(() => t.back.size === players.length || t.lost.length > 0, "every player back", 20_000);
    expect(t.lost).toEqual([]);
    expect([...t.left.values()]).toEqual([]); // no leave, no lobby: the move is silent
    const pauses = players.map((p) => t.back.get(p)! - t.dropped.get(p)!);
    console.log(
      `hand-over: longest pause a player saw ${Math.max(...pauses)} ms (SIGTERM to last back ${Math.max(...t.back.values()) - stoppedAt} ms)`,
    );
    expect(leaving.output()).toMatch(new RegExp(`room ${roomId}: handed over at tick \\d+`));
    expect(taker.output()).toContain(`(room ${roomId}, was on process ${leaving.processId})`);
    expect((await roomOwners(cluster.redis)).get(roomId)).toBe(taker.processId);
    // One record, written by both processes in turn, and it replays exactly.
    await waitFor(() => seen.every((s) => s.patchesSince(stoppedAt) > 10), "the match going on");
    players.forEach((p, i) => {
      expect(p.conn.room.roomId).toBe(roomId);
      expect(p.conn.state.players.get(p.conn.playerId)?.slot).toBe(slots[i]);
    });
    const record = await recordOfRoom(taker.httpUrl, roomId);
    expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
  });

  it("alone: starts no new match; the running one goes on, then ends at DRAIN_SECONDS with the reason", async () => {
    const [alone] = (await cluster.start(1, {
      rules: { players: START_NOW },
      env: { DRAIN_SECONDS: "6" },
    })) as [ClusterProcess];
    players.push(...(await Promise.all([joinPlayer(alone.url, "d0"), joinPlayer(alone.url, "d1")])));
    const seen = players.map((p) => watchOwnPlayer(p.conn));
    const t = track(players);
    cluster.keepMoving();
    await waitFor(() => seen.every((s) => s.ambientTicks() >= 2), "the match under way");

    const stopping = alone.kill("SIGTERM");
    const stoppedAt = Date.now();
    await waitFor(() => alone.output().includes("draining"), "the drain to start");
    // Colyseus itself refuses matchmaking on a stopping process (503); a room here would refuse too.
    const refused = await joinPlayer(alone.url, "late").then(
      () => null,
      (e: Error) => e,
    );
    expect(refused).toBeInstanceOf(Error);
    const status = await fetch(`${alone.httpUrl}/matchmake/joinOrCreate/match`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(status.status).toBe(503);
    expect((await cluster.redis.rooms()).filter((r) => r.processId === alone.processId)).toHaveLength(1);
    // The match goes on while the process drains...
    await waitFor(() => seen.every((s) => s.patchesSince(stoppedAt + 1500) > 3), "patches while draining");
    expect(t.left.size).toBe(0);
    // ...and ends at the deadline, with a reason.
    await waitFor(() => t.left.size === players.length, "the match to end at the deadline", 15_000);
    for (const p of players)
      expect(t.left.get(p)).toEqual({ code: CloseCodes.ServerShutdown, reason: `${DRAINED_REASON} (6 s)` });
    expect(Math.min(...seen.map((s) => s.patchesSince(stoppedAt)))).toBeGreaterThan(10);
    await stopping;
  });

  it("alone: a match that ends before DRAIN_SECONDS ends as usual, and the process exits then", async () => {
    const [alone] = (await cluster.start(1, {
      rules: { players: START_NOW, match: { durationSeconds: 4, endGraceSeconds: 1 } },
      env: { DRAIN_SECONDS: "600" },
    })) as [ClusterProcess];
    players.push(...(await Promise.all([joinPlayer(alone.url, "e0"), joinPlayer(alone.url, "e1")])));
    const t = track(players);
    const stopping = alone.kill("SIGTERM");
    await waitFor(() => t.left.size === players.length, "the match to end by itself", 20_000);
    for (const p of players) expect(t.left.get(p)?.code).toBe(CloseCodes.MatchOver);
    for (const p of players) expect(p.conn.matchEnd?.reason).toBe("time");
    await stopping;
    expect(alone.output()).not.toContain("exiting");
  });
});
