import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { waitFor } from "../support/clients.ts";
import { type LinkProxy, startLinkProxy } from "../support/link-proxy.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// The headless connection (browser and bots share it) over a TCP proxy that can
// cut the network: a drop is announced once with the seat's deadline, retries
// that fail while the network is down do not move that deadline, and the player
// comes back to the same seat; after the window the seat is reported lost.
const WINDOW_S = 6;

describe("reconnection of the headless connection", () => {
  let server: ServerHandle;
  let proxy: LinkProxy;

  beforeAll(async () => {
    server = await startServer({
      rules: { match: { reconnectionSeconds: WINDOW_S }, players: { minToStart: 1, lobbyWaitSeconds: 0 } },
    });
    proxy = await startLinkProxy({ host: "127.0.0.1", port: server.port });
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
  });

  it("announces a drop once, keeps its deadline through failed retries, and resumes the same seat", async () => {
    const conn = await MatchConnection.join({ url: proxy.url, name: "flaky" });
    const deadlines: number[] = [];
    let reconnected = 0;
    let lost = "";
    conn.on("reconnecting", (d) => deadlines.push(d));
    conn.on("reconnected", () => reconnected++);
    conn.on("seatLost", (r) => {
      lost = r;
    });
    await waitFor(
      () => conn.state.phase === MatchPhase.Playing && conn.ownCommander() !== undefined,
      "the match to start",
    );
    // Before any input there is no ack to time, yet the HUD needs a ping: one comes from a ping.
    await waitFor(() => conn.stats.rttMs >= 0, "an RTT estimate before the first input");
    const before = {
      playerId: conn.playerId,
      sessionId: conn.room.sessionId,
      commander: conn.ownCommander()!.id,
    };

    const cutAt = Date.now();
    // Down long enough for the SDK to fail at least two retries.
    proxy.cut(2500);
    await waitFor(() => conn.reconnecting, "the drop to be noticed");
    // Sent while the socket is down: nothing goes out, and it is counted lost, never accepted.
    expect(conn.send({ kind: "commanderMove", dx: 0, dy: 1 })).toBe(0);
    await waitFor(() => reconnected === 1 || lost !== "", "the reconnection", 15_000);

    expect(lost).toBe("");
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toBeGreaterThanOrEqual(cutAt + WINDOW_S * 1000);
    expect(deadlines[0]).toBeLessThan(cutAt + WINDOW_S * 1000 + 2000);
    expect(conn.reconnecting).toBe(false);
    expect(conn.stats.drops).toBe(1);
    expect(conn.stats.reconnects).toBe(1);
    expect({
      playerId: conn.playerId,
      sessionId: conn.room.sessionId,
      commander: conn.ownCommander()?.id,
    }).toEqual(before);
    // Still playing: the server applies a move sent after the return.
    const acked = conn.stats.accepted;
    conn.moveCommander(1, 0);
    await waitFor(() => conn.stats.accepted > acked, "an accepted move after reconnecting");
    const k = conn.stats;
    expect(k.lost).toBeGreaterThanOrEqual(1);
    expect(k.accepted + k.rejected + k.lost).toBe(k.sent);
    await conn.leave();
  });

  it("answers whether a match still runs (what a dropped client asks while it retries)", async () => {
    const conn = await MatchConnection.join({ url: server.url, name: "status" });
    const running = await fetch(`${server.httpUrl}/matches/${conn.room.roomId}`);
    expect(running.status).toBe(200);
    expect(await running.json()).toMatchObject({ roomId: conn.room.roomId, running: true });
    const gone = await fetch(`${server.httpUrl}/matches/nosuchroom`);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: string }).error).toMatch(/^the match is gone/);
    await conn.leave();
  });

  it("reports the seat lost, with a reason, once the window has passed", async () => {
    const conn = await MatchConnection.join({ url: proxy.url, name: "gone" });
    let lost = "";
    let lostAt = 0;
    let reconnected = 0;
    conn.on("seatLost", (r) => {
      lost = r;
      lostAt = Date.now();
    });
    conn.on("reconnected", () => reconnected++);
    await waitFor(() => conn.state.phase === MatchPhase.Playing, "the match to start");
    const cutAt = Date.now();
    proxy.cut((WINDOW_S + 3) * 1000);
    await waitFor(() => lost !== "", "the seat to be reported lost", (WINDOW_S + 12) * 1000);
    expect(reconnected).toBe(0);
    // It kept trying for the whole window: the seat was still there until then.
    expect(lostAt).toBeGreaterThanOrEqual(cutAt + WINDOW_S * 1000);
    expect(conn.reconnecting).toBe(false);
    expect(lost.length).toBeGreaterThan(0);
  });
});
