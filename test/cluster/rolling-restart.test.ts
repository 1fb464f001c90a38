import { readRecord, verifyRecord } from "@octet/shared/record";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { keepMoving } from "../support/activity.ts";
import { type Balancer, startBalancer } from "../support/balancer.ts";
import { joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import {
  byRoom,
  type ClusterProcess,
  leaveWithin,
  roomOwners,
  startProcesses,
  stopProcesses,
} from "../support/cluster-processes.ts";
import { fetchRecord, listRecords } from "../support/records.ts";
import { TestRedis } from "../support/redis-process.ts";
import { watchOwnPlayer } from "../support/seen.ts";

const RULES = { players: { minToStart: 1, lobbyWaitSeconds: 0 }, match: { reconnectionSeconds: 20 } };

// A deploy: each of the 3 processes in turn gets SIGTERM and a fresh one takes
// its port's place, while matches run. Every match is handed over, none is
// lost, no player is sent to the lobby.
describe("a rolling restart of the whole cluster", () => {
  let redis: TestRedis;
  let balancer: Balancer;
  let processes: ClusterProcess[] = [];
  const players: TestPlayer[] = [];
  let stopMoving = () => {};

  beforeAll(async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    redis = await TestRedis.start();
    processes = await startProcesses(3, redis, { rules: RULES });
    balancer = await startBalancer(processes.map((p) => p.port));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    stopMoving();
    await leaveWithin(players.map((p) => p.conn));
    await stopProcesses(processes);
    await balancer?.close();
    await redis?.stop();
  });

  // Three SIGTERMs, three starts and 24 players following their matches: longer than the project's 60 s.
  it("replaces every process one at a time with 0 matches lost and 0 players sent to the lobby", {
    timeout: 150_000,
  }, async () => {
    for (let room = 0; room < 3; room++)
      players.push(
        ...(await Promise.all(
          Array.from({ length: 8 }, (_, i) => joinPlayer(balancer.url, `w${room}-${i}`)),
        )),
      );
    const rooms = byRoom(players);
    expect(rooms.size).toBe(3);
    const seen = players.map((p) => watchOwnPlayer(p.conn));
    const pauses: number[] = [];
    const droppedAt = new Map<TestPlayer, number>();
    const trouble: string[] = [];
    for (const p of players) {
      p.conn.on("reconnecting", () => droppedAt.set(p, Date.now()));
      p.conn.on("reconnected", () => pauses.push(Date.now() - droppedAt.get(p)!));
      p.conn.on("seatLost", (r) => trouble.push(`seat lost: ${r}`));
      p.conn.on("leave", (code, r) => trouble.push(`left ${code}: ${r}`));
    }
    stopMoving = keepMoving(players);
    await waitFor(() => seen.every((s) => s.ambientTicks() >= 2), "every match under way");

    const original = [...processes];
    for (const old of original) {
      await old.kill("SIGTERM");
      processes = processes.filter((p) => p !== old);
      const [fresh] = (await startProcesses(1, redis, { rules: RULES })) as [ClusterProcess];
      processes.push(fresh);
      balancer.targets = processes.map((p) => p.port);
      await waitFor(() => players.every((p) => !p.conn.reconnecting), "everyone back in their match", 30_000);
      console.log(
        `restarted ${old.processId}: ${
          old
            .output()
            .split("\n")
            .filter((l) => l.includes("handed over")).length
        } matches handed over`,
      );
      // When a player was sent away, the processes' own lines say why.
      if (trouble.length > 0)
        for (const p of new Set([...original, ...processes]))
          console.error(
            `${p.processId}:\n${p
              .output()
              .split("\n")
              .filter((l) => l.includes("octet:"))
              .join("\n")}`,
          );
      expect(trouble).toEqual([]);
    }
    const now = Date.now();
    await waitFor(() => seen.every((s) => s.patchesSince(now) > 5), "every match going on");
    console.log(
      `rolling restart of 3 processes: ${pauses.length} moves, longest pause ${Math.max(...pauses)} ms, ` +
        `median ${pauses.sort((a, b) => a - b)[Math.floor(pauses.length / 2)]} ms`,
    );
    expect(trouble).toEqual([]);
    // Every match runs on one of the new processes, under its old id, with its old players.
    const owners = await roomOwners(redis);
    const live = new Set(processes.map((p) => p.processId));
    for (const [roomId, members] of rooms) {
      expect(live.has(owners.get(roomId) ?? "")).toBe(true);
      for (const p of members) expect(p.conn.room.roomId).toBe(roomId);
    }
    const listing = await listRecords(processes[0]!.httpUrl);
    for (const roomId of rooms.keys()) {
      const meta = listing.find((m) => m.roomId === roomId)!;
      const record = readRecord(await fetchRecord(processes[0]!.httpUrl, meta.matchId));
      expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
    }
  });
});
