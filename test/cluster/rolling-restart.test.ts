import { verifyRecord } from "@octet/shared/record";
import { beforeAll, describe, expect, it } from "vitest";
import type { Balancer } from "../support/balancer.ts";
import { joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import { byRoom, roomOwners } from "../support/cluster-processes.ts";
import { recordOfRoom } from "../support/records.ts";
import { useResumeCluster } from "../support/resume-cluster.ts";
import { watchOwnPlayer } from "../support/seen.ts";

const RULES = { players: { minToStart: 1, lobbyWaitSeconds: 0 }, match: { reconnectionSeconds: 20 } };

// A deploy: each of the 3 processes in turn gets SIGTERM and a fresh one takes
// its port's place, while matches run. Every match is handed over, none is
// lost, no player is sent to the lobby.
describe("a rolling restart of the whole cluster", () => {
  const cluster = useResumeCluster();
  const players = cluster.players;
  let balancer: Balancer;

  beforeAll(async () => {
    const processes = await cluster.start(3, { rules: RULES });
    balancer = await cluster.balance(processes.map((p) => p.port));
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
    cluster.keepMoving();
    await waitFor(() => seen.every((s) => s.ambientTicks() >= 2), "every match under way");

    const original = [...cluster.processes];
    for (const old of original) {
      await old.kill("SIGTERM");
      cluster.processes = cluster.processes.filter((p) => p !== old);
      await cluster.start(1, { rules: RULES });
      balancer.targets = cluster.processes.map((p) => p.port);
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
        for (const p of new Set([...original, ...cluster.processes]))
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
    const owners = await roomOwners(cluster.redis);
    const live = new Set(cluster.processes.map((p) => p.processId));
    for (const [roomId, members] of rooms) {
      expect(live.has(owners.get(roomId) ?? "")).toBe(true);
      for (const p of members) expect(p.conn.room.roomId).toBe(roomId);
    }
    for (const roomId of rooms.keys()) {
      const record = await recordOfRoom(cluster.processes[0]!.httpUrl, roomId);
      expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
    }
  });
});
