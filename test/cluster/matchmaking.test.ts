import { CloseCodes } from "@octet/shared/protocol";
import { describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { EPOCH_KEY } from "../../packages/server/src/cluster/data-loss-watch.ts";
import { SHUTDOWN_REASON } from "../../packages/server/src/rooms/MatchRoom.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor, waitForAsync } from "../support/clients.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import {
  byRoom,
  type ClusterProcess,
  pick,
  roomOwners,
  stopProcesses,
} from "../support/cluster-processes.ts";

// Three real server processes sharing one real redis-server: quick match fills
// rooms of 8 whichever process a player asks, new rooms go to the least loaded
// process, and what ends (rooms, then processes) leaves nothing behind in Redis.
const WAVE = 40;

describe("matchmaking across 3 processes sharing Redis", () => {
  const players: TestPlayer[] = [];
  const privates: MatchConnection[] = [];
  /** close code and reason each player's room ended with */
  const left = new Map<TestPlayer, { code: number; reason: string }>();
  const join = async (via: ClusterProcess, name: string) => {
    const p = await joinPlayer(via.url, name);
    p.conn.on("leave", (code, reason) => left.set(p, { code, reason: reason ?? "" }));
    players.push(p);
    return p;
  };

  // A long lobby keeps rooms open: only the 8 seats split players.
  // Records kept, but no resume (nothing to hand a match over to) and no drain: SIGTERM ends the matches at once.
  const cluster = useCluster(3, {
    options: {
      rules: { players: { lobbyWaitSeconds: 600 } },
      env: { RESUME_MATCHES: "0", DRAIN_SECONDS: "0" },
    },
    leave: () => [...players.map((p) => p.conn), ...privates],
  });

  it(`${WAVE} concurrent joins through random processes fill rooms of 8, spread over the processes`, async () => {
    const started = Date.now();
    const joined = await Promise.all(
      Array.from({ length: WAVE }, (_, i) => join(pick(cluster.processes), `w1-${i}`)),
    );
    const joinMs = Date.now() - started;
    const rooms = byRoom(joined);
    const sizes = [...rooms.values()].map((r) => r.length).sort((a, b) => b - a);
    expect(sizes.every((n) => n <= 8)).toBe(true);
    // Full rooms before a new one opens: 40 players make exactly 5 full rooms.
    expect(sizes).toEqual([8, 8, 8, 8, 8]);

    const owners = await roomOwners(cluster.redis);
    const perProcess = cluster.processes.map(
      (p) => [...rooms.keys()].filter((id) => owners.get(id) === p.processId).length,
    );
    console.log(`${WAVE} joins in ${joinMs} ms; rooms per process: ${perProcess.join(" / ")}`);
    expect([...rooms.keys()].every((id) => owners.has(id))).toBe(true);
    // Least loaded first: 5 rooms over 3 processes land 2/2/1 in some order.
    expect([...perProcess].sort()).toEqual([1, 2, 2]);

    // Each room's state holds its 8 players, and every listing says 8 and locked.
    for (const members of rooms.values()) {
      await waitFor(() => members[0]!.conn.state.players.size === 8, "8 players in the room's state");
    }
    const listings = await cluster.redis.rooms();
    expect(listings.map((l) => [l.clients, l.locked])).toEqual(Array(5).fill([8, true]));
  });

  it("a second wave opens at most one partly filled room", async () => {
    const joined = await Promise.all(
      Array.from({ length: 5 }, (_, i) => join(pick(cluster.processes), `w2-${i}`)),
    );
    const rooms = byRoom(joined);
    expect(rooms.size).toBe(1);
    const sizes = [...byRoom(players).values()].map((r) => r.length);
    expect(sizes.filter((n) => n < 8)).toEqual([5]);
  });

  it("a private match created through one process is joined by its code through another", async () => {
    const host = await joinMatch(cluster.processes[0]!.url, "host", { mode: "create" });
    const code = host.room.roomId;
    const guest = await joinMatch(cluster.processes[2]!.url, "guest", { mode: "code", code });
    privates.push(host, guest);
    expect(guest.room.roomId).toBe(code);
    await waitFor(() => host.state.players.size === 2, "both players in the private match");
    expect(await cluster.redis.command("HEXISTS", "octet:room-codes", code)).toBe(1);
    // Quick match never fills it.
    const listing = (await cluster.redis.rooms()).find((r) => r.roomId === code);
    expect(listing?.private).toBe(true);
  });

  it("a process stopped with SIGTERM tells its players, takes no new rooms and leaves nothing in Redis", async () => {
    const owners = await roomOwners(cluster.redis);
    const rooms = byRoom(players);
    // The process with the most rooms goes.
    const victim = cluster.processes
      .map((p) => ({ p, n: [...rooms.keys()].filter((id) => owners.get(id) === p.processId).length }))
      .sort((a, b) => b.n - a.n)[0]!.p;
    const theirs = players.filter((p) => owners.get(p.conn.room.roomId) === victim.processId);
    const others = players.filter((p) => !theirs.includes(p));
    expect(theirs.length).toBeGreaterThan(0);

    await victim.stop();
    cluster.processes = cluster.processes.filter((p) => p !== victim);

    await waitFor(() => theirs.every((p) => left.has(p)), "the stopped process's players to be told");
    for (const p of theirs)
      expect(left.get(p)).toEqual({ code: CloseCodes.ServerShutdown, reason: SHUTDOWN_REASON });
    expect(others.some((p) => left.has(p))).toBe(false);

    expect(await cluster.redis.processes()).not.toContain(victim.processId);
    expect((await cluster.redis.rooms()).filter((r) => r.processId === victim.processId)).toEqual([]);
    expect(await cluster.redis.liveChannels()).not.toContain(victim.processId);

    // Its players find a new match on the processes that are left.
    const again = await Promise.all(
      theirs.slice(0, 3).map((_, i) => join(pick(cluster.processes), `again-${i}`)),
    );
    const after = await roomOwners(cluster.redis);
    for (const p of again) expect(after.get(p.conn.room.roomId)).not.toBe(victim.processId);
  });

  it("once every room has ended and every process stopped, Redis holds no room or process entry, only expiring match records", async () => {
    await leaveAll(players);
    await Promise.all(privates.map((c) => c.leave()));
    await waitFor(() => players.every((p) => !p.conn.room.connection.isOpen), "every player to leave");
    // Rooms end when their last player leaves: their listings go with them.
    await waitForAsync(async () => (await cluster.redis.rooms()).length === 0, "no room listing left");
    await stopProcesses(cluster.processes);
    cluster.processes = [];
    expect(await cluster.redis.processes()).toEqual([]);
    expect(await cluster.redis.liveChannels()).toEqual([]);
    // Match records stay on purpose (replays of ended matches), each with its
    // expiry; their index is trimmed as records are added.
    const isRecord = (k: string) => k.startsWith("octet:record");
    // So does the one key by which processes notice that Redis lost its data (cluster/data-loss-watch.ts).
    const kept = (k: string) => isRecord(k) || k === EPOCH_KEY;
    const records = (await cluster.redis.keys()).filter((k) => isRecord(k) && k !== "octet:records");
    expect(records.length).toBeGreaterThan(0);
    for (const k of records) expect(await cluster.redis.command("TTL", k), k).toBeGreaterThan(0);
    // Apart from them, only Colyseus's join-or-create lock may linger, and it expires within a second.
    expect((await cluster.redis.keys()).filter((k) => k !== "ch:match" && !kept(k))).toEqual([]);
    await waitForAsync(
      async () => (await cluster.redis.keys()).filter((k) => !kept(k)).length === 0,
      "Redis to hold nothing but match records",
    );
  });
});
