import { afterAll, describe, expect, it } from "vitest";
import { readRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, type TestPlayer, waitFor, waitForAsync } from "../support/clients.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import { byRoom, joinInBatches, pick } from "../support/cluster-processes.ts";
import { fetchRecord, listRecords } from "../support/records.ts";

// Redis loses every key while matches run and no connection drops (FLUSHALL;
// a failover to an empty replica looks the same): nothing tells the processes.
// The matches go on; each record's next append finds its match unlisted and
// puts the entry and the whole record back; the cluster's resume secret comes
// back from a running process; each process notices the loss (a key they
// share changed) and lists its rooms and itself again, as after a restart.
describe("FLUSHALL while matches run", () => {
  const players: TestPlayer[] = [];
  const left = new Set<TestPlayer>();
  let stopMoving = () => {};
  const cluster = useCluster(2, {
    options: { rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } } },
    leave: () => players.map((p) => p.conn),
  });
  afterAll(() => stopMoving());

  it("keeps the matches, their owners and their whole records", { timeout: 60_000 }, async () => {
    await joinInBatches(cluster.processes, [8, 4], players, left);
    const rooms = byRoom(players);
    expect(rooms.size).toBe(2);
    stopMoving = keepMoving(players);
    await waitFor(() => players.every((p) => p.patches > 10), "both matches under way");
    const owners = new Map<string, string>();
    for (const roomId of rooms.keys())
      owners.set(roomId, (await cluster.redis.command("HGET", `octet:live:${roomId}`, "owner")) as string);

    await cluster.redis.command("FLUSHALL");
    const patchesAtFlush = players.map((p) => p.patches);
    const flushedAt = Date.now();

    await waitForAsync(async () => {
      for (const [roomId, owner] of owners)
        if ((await cluster.redis.command("HGET", `octet:live:${roomId}`, "owner")) !== owner) return false;
      return true;
    }, "each match listed live again by the process running it");
    console.log(`live entries back ${Date.now() - flushedAt} ms after FLUSHALL`);
    await waitForAsync(
      async () => (await cluster.redis.command("EXISTS", "octet:resume-secret")) === 1,
      "the resume secret back in Redis",
    );
    const matchIds = new Set<string>();
    await waitForAsync(async () => {
      for (const m of await listRecords(cluster.processes[0]!.httpUrl).catch(() => []))
        if (rooms.has(m.roomId)) matchIds.add(m.matchId);
      return matchIds.size === rooms.size;
    }, "both records listed again");
    await waitFor(() => players.every((p, i) => p.patches > patchesAtFlush[i]! + 20), "the matches going on");
    for (const matchId of matchIds) {
      const record = readRecord(await fetchRecord(cluster.processes[1]!.httpUrl, matchId));
      expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
      expect(record.ticks[0]?.tick).toBe(1);
    }
    for (const p of players) expect(p.conn.stats.drops).toBe(0);
    expect(left.size).toBe(0);

    // Matchmaking knows the rooms and the processes again: quick match fills the match with free seats.
    await waitForAsync(async () => {
      const listed = await cluster.redis.processes();
      return (
        (await cluster.redis.rooms()).length === 2 &&
        cluster.processes.every((p) => listed.includes(p.processId))
      );
    }, "the rooms and processes listed again");
    const partial = [...rooms.entries()].find(([, members]) => members.length === 4)![0];
    const late = await joinPlayer(pick(cluster.processes).url, "after");
    players.push(late);
    expect(late.conn.room.roomId).toBe(partial);
  });
});
