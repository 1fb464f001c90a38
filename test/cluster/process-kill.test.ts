import { Client, type MatchMakeError } from "@colyseus/sdk";
import { ErrorCode } from "@colyseus/shared-types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MATCH_GONE } from "../../packages/server/src/cluster/matchmaking-guard.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, type TestPlayer, waitFor, waitForAsync } from "../support/clients.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import { byRoom, type ClusterProcess, pick, roomOwners } from "../support/cluster-processes.ts";

// kill -9 of one of three processes while matches run, with match records
// off (RECORD_MATCHES=0: nothing to resume a match from; resume-crash.test.ts
// has them on): the others' players notice nothing, joins avoid the dead process from the first moment (its
// room with free seats included), Redis forgets it, and its players get a
// clear answer when they try to come back, then find a new match.
describe("a process killed with SIGKILL while matches run", () => {
  const players: TestPlayer[] = [];
  const left = new Set<TestPlayer>();
  const seatLost = new Map<TestPlayer, string>();
  let stopMoving = () => {};

  const cluster = useCluster(3, {
    options: {
      rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 }, match: { reconnectionSeconds: 3 } },
      env: { RECORD_MATCHES: "0" },
    },
    leave: () => players.map((p) => p.conn),
  });
  beforeAll(async () => {
    // The lost room's players keep retrying the dead address (the SDK's own reconnection), one log line a try.
    vi.spyOn(console, "info").mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    stopMoving();
  });

  it("leaves the other processes' matches running; new joins go to live processes, and Redis forgets the dead one", async () => {
    // 8 + 8 + 4 players: three rooms, one per process (least loaded first); the last has free seats.
    for (const batch of [8, 8, 4]) {
      // The last four come in through the first room's process, which survives: from
      // there their connections can learn that the room they were sent to is gone.
      let entry: ClusterProcess | undefined;
      if (batch === 4) {
        const firstOwner = (await roomOwners(cluster.redis)).get(players[0]!.conn.room.roomId);
        entry = cluster.processes.find((x) => x.processId === firstOwner);
      }
      const joined = await Promise.all(
        Array.from({ length: batch }, (_, i) =>
          joinPlayer((entry ?? pick(cluster.processes)).url, `p${players.length + i}`),
        ),
      );
      for (const p of joined) {
        p.conn.on("leave", () => left.add(p));
        p.conn.on("seatLost", (reason) => seatLost.set(p, reason));
      }
      players.push(...joined);
    }
    const rooms = byRoom(players);
    const owners = await roomOwners(cluster.redis);
    expect([...rooms.values()].map((r) => r.length).sort()).toEqual([4, 8, 8]);
    expect(new Set(owners.values()).size).toBe(3);
    stopMoving = keepMoving(players);
    await waitFor(() => players.every((p) => p.patches > 20), "every match under way");

    // The process with the room that still has free seats dies.
    const partial = [...rooms.entries()].find(([, members]) => members.length === 4)!;
    const victim = cluster.processes.find((p) => p.processId === owners.get(partial[0]))!;
    const lost = partial[1];
    const survivors = players.filter((p) => !lost.includes(p));
    const live = cluster.processes.filter((p) => p !== victim);
    const patchesAtKill = survivors.map((p) => p.patches);

    await victim.kill("SIGKILL");
    const killedAt = Date.now();
    cluster.processes = live;

    // New players, at once, through the processes that are left: none is sent to the dead room.
    const latecomers = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const started = Date.now();
        const p = await joinPlayer(pick(live).url, `late${i}`);
        return { p, ms: Date.now() - started };
      }),
    );
    players.push(...latecomers.map((l) => l.p));
    const after = await roomOwners(cluster.redis);
    for (const { p } of latecomers) {
      expect(p.conn.room.roomId).not.toBe(partial[0]);
      expect(after.get(p.conn.room.roomId)).not.toBe(victim.processId);
    }
    console.log(`joins right after the kill took ${latecomers.map((l) => l.ms).join(", ")} ms`);

    // Redis forgets the dead process and its room.
    await waitForAsync(
      async () =>
        !(await cluster.redis.processes()).includes(victim.processId) &&
        !(await cluster.redis.rooms()).some((r) => r.processId === victim.processId),
      "the dead process's entries to leave Redis",
      15_000,
    );
    console.log(`dead process gone from Redis ${Date.now() - killedAt} ms after the kill`);

    // Nobody on the other processes noticed: no drop, no leave, patches kept coming.
    await waitFor(
      () => survivors.every((p, i) => p.patches > patchesAtKill[i]! + 10),
      "patches after the kill on the surviving processes",
    );
    for (const p of survivors) expect(p.conn.stats.drops).toBe(0);
    expect(survivors.filter((p) => left.has(p))).toEqual([]);
  });

  it("tells the players of the lost room that their match is gone, and lets them join a new one", async () => {
    const owners = await roomOwners(cluster.redis);
    const lost = players.filter((p) => !owners.has(p.conn.room.roomId));
    expect(lost).toHaveLength(4);
    // Their connections asked a live process about the match while retrying
    // the dead one, and were told it is gone (not "no more retries").
    await waitFor(
      () => lost.every((p) => seatLost.has(p)),
      "the lost room's players to hear their seat is lost",
    );
    for (const p of lost) expect(seatLost.get(p)).toBe(MATCH_GONE);
    for (const p of lost) {
      const refused = await new Client(pick(cluster.processes).url)
        .reconnect(p.conn.room.reconnectionToken)
        .catch((e: MatchMakeError) => e);
      expect((refused as MatchMakeError).code).toBe(ErrorCode.MATCHMAKE_INVALID_ROOM_ID);
      expect((refused as MatchMakeError).message).toBe(MATCH_GONE);
    }
    const again = await Promise.all(lost.map((_, i) => joinPlayer(pick(cluster.processes).url, `again${i}`)));
    players.push(...again);
    const now = await roomOwners(cluster.redis);
    for (const p of again)
      expect(cluster.processes.map((x) => x.processId)).toContain(now.get(p.conn.room.roomId));
  });
});
