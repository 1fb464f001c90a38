import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

describe("matchmaking over real WebSockets", () => {
  let server: ServerHandle;
  const players: TestPlayer[] = [];

  beforeAll(async () => {
    // A long lobby keeps the first room waiting, so only the 8-seat limit splits rooms.
    server = await startServer({ rules: { players: { lobbyWaitSeconds: 600 } } });
  });
  afterAll(async () => {
    await leaveAll(players);
    await server?.stop();
  });

  it("answers /healthz", async () => {
    const res = await fetch(`${server.httpUrl}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; rooms: number };
    expect(body.ok).toBe(true);
  });

  it("puts 8 clients in one room and the 9th in a new one", async () => {
    for (let i = 0; i < 9; i++) players.push(await joinPlayer(server.url, `p${i + 1}`));
    const first = players[0]!.conn.room.roomId;
    expect(players.slice(0, 8).map((p) => p.conn.room.roomId)).toEqual(Array(8).fill(first));
    expect(players[8]!.conn.room.roomId).not.toBe(first);

    const a = players[0]!.conn;
    await waitFor(() => a.state.players.size === 8, "8 players in the first room's state");
    const names = [...a.state.players.values()].map((p) => p.name).sort();
    expect(names).toEqual(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"]);
    const ninth = players[8]!.conn;
    await waitFor(() => ninth.state.players.size === 1, "the 9th player alone in its room");
    const health = (await (await fetch(`${server.httpUrl}/healthz`)).json()) as {
      rooms: number;
      ccu: number;
    };
    expect(health).toMatchObject({ rooms: 2, ccu: 9 });
  });

  it("gives every player a commander of its own", async () => {
    const ids = new Set<number>();
    for (const { conn } of players.slice(0, 8)) {
      const me = () => conn.state.players.get(conn.playerId);
      await waitFor(
        () => me() !== undefined && conn.state.entities.has(String(me()!.commanderId)),
        "own commander",
      );
      const c = conn.state.entities.get(String(me()!.commanderId))!;
      expect(c.owner).toBe(conn.playerId);
      expect(c.kind).toBe(0);
      expect(c.hp).toBe(conn.rules.commander.hp);
      ids.add(c.id);
    }
    expect(ids.size).toBe(8);
  });
});
