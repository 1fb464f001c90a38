import { beforeAll, describe, expect, it } from "vitest";
import type { Balancer } from "../support/balancer.ts";
import { joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import { byRoom, type ClusterProcess, roomOwners } from "../support/cluster-processes.ts";
import { recordOfRoom } from "../support/records.ts";
import { useResumeCluster } from "../support/resume-cluster.ts";
import { expectRecordShowsWhatWasSeen, resumedAtTick, type Seen, watchOwnPlayer } from "../support/seen.ts";

const RULES = {
  players: { minToStart: 1, lobbyWaitSeconds: 0 },
  match: { reconnectionSeconds: 20 },
};

// kill -9 of the process running three full matches while two others live:
// one of them takes over each match (never both), rebuilds it from its record
// in Redis, and every player's own retry loop finds it there and takes its
// seat back: same room, seat, units, gold and score.
describe("matches of a process killed with SIGKILL resume on the live processes", () => {
  const cluster = useResumeCluster();
  const players = cluster.players;
  let victim: ClusterProcess;
  let survivors: ClusterProcess[] = [];
  let balancer: Balancer;

  beforeAll(async () => {
    [victim] = (await cluster.start(1, { rules: RULES })) as [ClusterProcess];
    balancer = await cluster.balance([victim.port]);
  });

  it("brings every player back to the same seat of the same match, through another process", async () => {
    // 3 matches of 8, all on the one process that is up; then two more processes join the cluster.
    for (let room = 0; room < 3; room++) {
      const batch = await Promise.all(
        Array.from({ length: 8 }, (_, i) => joinPlayer(balancer.url, `r${room}p${i}`)),
      );
      players.push(...batch);
    }
    const rooms = byRoom(players);
    expect([...rooms.values()].map((r) => r.length)).toEqual([8, 8, 8]);
    const owners = await roomOwners(cluster.redis);
    for (const roomId of rooms.keys()) expect(owners.get(roomId)).toBe(victim.processId);
    survivors = await cluster.start(2, { rules: RULES });
    balancer.targets.push(...survivors.map((s) => s.port));

    const seen = new Map<TestPlayer, Seen>(players.map((p) => [p, watchOwnPlayer(p.conn)]));
    const back = new Map<TestPlayer, number>();
    const lost: string[] = [];
    for (const p of players) {
      p.conn.on("reconnected", () => back.set(p, Date.now()));
      p.conn.on("seatLost", (reason) => lost.push(`${p.conn.playerId}: ${reason}`));
    }
    const before = players.map((p) => ({
      roomId: p.conn.room.roomId,
      playerId: p.conn.playerId,
      slot: p.conn.state.players.get(p.conn.playerId)!.slot,
    }));
    cluster.keepMoving();
    await waitFor(
      () => [...seen.values()].every((s) => s.ambientTicks() >= 4),
      "every match under way",
      20_000,
    );

    await victim.kill("SIGKILL");
    const killedAt = Date.now();

    await waitFor(() => back.size === players.length || lost.length > 0, "every player back", 40_000);
    expect(lost).toEqual([]);
    const lastBackMs = Math.max(...back.values()) - killedAt;
    const firstBackMs = Math.min(...back.values()) - killedAt;
    console.log(
      `kill -9 to first player back: ${firstBackMs} ms, to the last of ${players.length}: ${lastBackMs} ms`,
    );

    // Same match, same seat; the match runs on: patches come from the new process.
    await waitFor(
      () => players.every((p) => seen.get(p)!.patchesSince(killedAt) > 5),
      "patches after the resume",
    );
    players.forEach((p, i) => {
      expect(p.conn.room.roomId).toBe(before[i]!.roomId);
      expect(p.conn.playerId).toBe(before[i]!.playerId);
      expect(p.conn.state.players.get(p.conn.playerId)?.slot).toBe(before[i]!.slot);
    });

    // Exactly one process runs each match, and each was resumed exactly once.
    const after = await roomOwners(cluster.redis);
    const live = new Set(survivors.map((s) => s.processId));
    for (const roomId of rooms.keys()) expect(live.has(after.get(roomId) ?? "")).toBe(true);
    const resumedLines = survivors
      .flatMap((s) => s.output().split("\n"))
      .filter((l) => l.includes("resuming match"));
    expect(resumedLines).toHaveLength(3);
    for (const roomId of rooms.keys())
      expect(resumedLines.filter((l) => l.includes(`(room ${roomId},`))).toHaveLength(1);
    console.log(resumedLines.join("\n"));

    // One record per match, continued across the two processes: it verifies, and what each
    // player saw last before the kill is what the record replays to at that tick.
    let compared = 0;
    for (const [roomId, members] of rooms) {
      const record = await recordOfRoom(survivors[0]!.httpUrl, roomId);
      const resumedAt = resumedAtTick(survivors.map((s) => s.output()).join("\n"), roomId);
      compared += expectRecordShowsWhatWasSeen(
        record,
        members.map((p) => ({ playerId: p.conn.playerId, seen: seen.get(p)!.upTo(resumedAt) })),
      );
    }
    expect(compared).toBe(players.length);
  });

  it("never gives a seat to anyone but its player: another identity, no identity, forged, altered, replayed, oversized and odd tokens are refused", async () => {
    const [alice, bob] = players as [TestPlayer, TestPlayer];
    const roomId = alice.conn.room.roomId;
    const otherRoom = players.find((p) => p.conn.room.roomId !== roomId)!.conn.room.roomId;
    const tokenOf = (p: TestPlayer) => p.conn.move.token;
    const aliceToken = tokenOf(alice);
    const [matchId, aliceId, sig] = aliceToken.split(".") as [string, string, string];
    expect(aliceId).toBe(alice.conn.playerId);
    // Each player's identity (its guest token), which a resume must prove too.
    const bearerOf = (p: TestPlayer) =>
      (p.conn as unknown as { client: { auth: { token: string } } }).client.auth.token;
    const drops = players.map((p) => p.conn.stats.drops);
    const attempt = async (room: string, body: string, bearer: string | null = bearerOf(alice)) =>
      (
        await fetch(`${survivors[0]!.httpUrl}/matches/${room}/resume`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
          },
          body,
        })
      ).status;
    const aliceBody = JSON.stringify({ token: aliceToken });
    // Alice's own resume token does not give her seat to another identity, nor to nobody.
    expect(await attempt(roomId, aliceBody, bearerOf(bob)), "alice's token, bob's identity").toBe(403);
    expect(await attempt(roomId, aliceBody, null), "alice's token, no identity").toBe(401);
    expect(await attempt(roomId, aliceBody, "not.a.jwt"), "alice's token, a garbage identity").toBe(401);
    const cases: Array<[string, string, string, number]> = [
      ["someone else's seat with one's own signature", roomId, `${matchId}.${bob.conn.playerId}.${sig}`, 403],
      ["a forged signature", roomId, `${matchId}.${aliceId}.${"A".repeat(sig.length)}`, 403],
      ["another match's id", roomId, `${matchId}x.${aliceId}.${sig}`, 403],
      ["a seat that is taken (the token replayed)", roomId, aliceToken, 409],
      ["a valid token in another match's room", otherRoom, aliceToken, 409],
    ];
    for (const [what, room, token, status] of cases)
      expect(await attempt(room, JSON.stringify({ token })), what).toBe(status);
    expect(await attempt(roomId, JSON.stringify({ token: "x".repeat(10_000) })), "oversized").toBe(413);
    expect(await attempt(roomId, JSON.stringify({ token: 12345 })), "a number").toBe(403);
    expect(await attempt(roomId, JSON.stringify({ token: { playerId: aliceId } })), "an object").toBe(403);
    expect(await attempt(roomId, "{not json"), "not JSON").toBe(400);
    expect(await attempt("bad%20id", JSON.stringify({ token: aliceToken })), "a bad room id").toBe(404);
    // Nobody lost anything: the seats' own players are still on, and the match goes on.
    await waitFor(() => players.every((p) => p.conn.room.connection.isOpen), "everyone still connected");
    expect(players.map((p) => p.conn.stats.drops)).toEqual(drops);
  });
});
