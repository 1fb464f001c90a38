import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyRecord } from "@octet/shared/record";
import { afterAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../packages/server/src/child-process/free-port.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import { recordOfRoom } from "../support/records.ts";
import { expectRecordShowsWhatWasSeen, resumedAtTick, watchOwnPlayer } from "../support/seen.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// One process, no Redis, records as files: kill -9, then `npm start` again on
// the same port and record directory. The matches that ran come back from
// their files, and players who come back within the window get their seats.
/** Starts "the same server" each call: one port, one record directory, these rules. */
async function sameServer(rules: unknown): Promise<() => Promise<ServerHandle>> {
  const dir = mkdtempSync(join(tmpdir(), "octet-restart-"));
  const port = await freePort();
  return () => startServer({ port, env: { REPLAY_DIR: dir }, rules });
}

describe("a single process started again after a crash", () => {
  let server: ServerHandle | null = null;
  const players: TestPlayer[] = [];
  let stopMoving = () => {};
  afterAll(async () => {
    vi.restoreAllMocks();
    stopMoving();
    await Promise.allSettled(players.map((p) => p.conn.leave()));
    await server?.stop();
  });

  it("resumes its matches from the record files, and its players take their seats back", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {}); // the SDK logs every retry
    const start = await sameServer({
      players: { minToStart: 1, lobbyWaitSeconds: 0 },
      match: { reconnectionSeconds: 30 },
    });
    server = await start();
    players.push(...(await Promise.all([0, 1, 2].map((i) => joinPlayer(server!.url, `s${i}`)))));
    const roomId = players[0]!.conn.room.roomId;
    expect(players.every((p) => p.conn.room.roomId === roomId)).toBe(true);
    const slots = players.map((p) => p.conn.state.players.get(p.conn.playerId)!.slot);
    const seen = players.map((p) => watchOwnPlayer(p.conn));
    const back = new Set<TestPlayer>();
    const lost: string[] = [];
    for (const p of players) {
      p.conn.on("reconnected", () => back.add(p));
      p.conn.on("seatLost", (r) => lost.push(r));
    }
    stopMoving = keepMoving(players);
    await waitFor(() => seen.every((s) => s.ambientTicks() >= 3), "the match under way");

    await server.kill("SIGKILL");
    const killedAt = Date.now();
    server = await start();
    await waitFor(() => back.size === players.length || lost.length > 0, "every player back", 30_000);
    expect(lost).toEqual([]);
    console.log(`kill -9, start again, last player back: ${Date.now() - killedAt} ms`);
    expect(server.output()).toMatch(new RegExp(`resuming match ${roomId}-\\S+ \\(room ${roomId},`));
    await waitFor(() => seen.every((s) => s.patchesSince(killedAt) > 10), "the match going on");
    players.forEach((p, i) => {
      expect(p.conn.room.roomId).toBe(roomId);
      expect(p.conn.state.players.get(p.conn.playerId)?.slot).toBe(slots[i]);
    });
    const record = await recordOfRoom(server.httpUrl, roomId);
    const resumedAt = resumedAtTick(server.output(), roomId);
    const compared = expectRecordShowsWhatWasSeen(
      record,
      players.map((p, i) => ({ playerId: p.conn.playerId, seen: seen[i]!.upTo(resumedAt) })),
    );
    expect(compared).toBe(players.length);
  });

  it("brings back a practice match's bots, playing on from the record", async () => {
    await Promise.allSettled(players.map((p) => p.conn.leave()));
    await server?.stop();
    // Everyone sees everything, so the test can watch the bots play.
    const start = await sameServer({
      players: { botFillSeconds: 1, lobbyWaitSeconds: 60 },
      match: { reconnectionSeconds: 30 },
      vision: { radius: 6000 },
    });
    server = await start();
    const alone = await joinPlayer(server.url, "alone");
    players.push(alone);
    const bots = () => {
      const ids: string[] = [];
      alone.conn.state.players.forEach((p, id) => {
        if (p.bot) ids.push(id);
      });
      return ids;
    };
    await waitFor(() => bots().length === 7, "bots in the empty seats", 20_000);
    const botIds = new Set(bots());
    // What the bots' units and commanders are doing, as the player sees it.
    const botMoves = () => {
      const at: string[] = [];
      alone.conn.state.entities.forEach((e) => {
        if (botIds.has(e.owner)) at.push(`${e.id}:${e.x},${e.y}`);
      });
      return at.sort().join(" ");
    };
    const roomId = alone.conn.room.roomId;
    let back = false;
    alone.conn.on("reconnected", () => {
      back = true;
    });
    await server.kill("SIGKILL");
    server = await start();
    await waitFor(() => back, "the player back", 30_000);
    expect(alone.conn.room.roomId).toBe(roomId);
    // Still bots, with the same ids, and they act: what they own keeps changing.
    await waitFor(() => bots().length === 7, "the bots in the players map again");
    expect(new Set(bots())).toEqual(botIds);
    const before = botMoves();
    await waitFor(() => botMoves() !== before, "the bots to play on after the resume", 20_000);
    const record = await recordOfRoom(server.httpUrl, roomId);
    expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
  });
});
