import { describe, expect, it } from "vitest";
import { CloseCodes, Reject } from "../../packages/shared/src/protocol/index.ts";
import { joinPlayer, waitFor, waitForAsync } from "../support/clients.ts";
import { frames, type RawClient, rawJoin, rawReconnect } from "../support/raw-client.ts";
import { names, useServer } from "../support/server-fixture.ts";
import type { ServerHandle } from "../support/server-process.ts";

async function health(server: ServerHandle): Promise<{ ok: boolean; rooms: number; ccu: number }> {
  const res = await fetch(`${server.httpUrl}/healthz`);
  return (await res.json()) as { ok: boolean; rooms: number; ccu: number };
}

/** Sends `n` frames as fast as the socket takes them. */
function flood(c: RawClient, frame: () => Buffer, n: number): void {
  for (let i = 0; i < n && c.ws.readyState === c.ws.OPEN; i++) c.ws.send(frame());
}

describe("no message stops the server: crafted payloads and floods of every frame type", () => {
  const fx = useServer({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } },
    join: names("honest", 2),
    playing: true,
    moving: (joined) => joined,
  });
  const honest = fx.players;

  it('answers crafted "*" payloads (which used to stop the process) with a rejection, and the match goes on', async () => {
    const attacker = await joinPlayer(fx.server.url, "crafter");
    const rejected: number[] = [];
    attacker.conn.on("result", (r) => {
      if (!r.accepted) rejected.push(r.reason);
    });
    const crafted: unknown[] = [
      { toString: 1 },
      { toString: 1, valueOf: 1 },
      { toString: { toString: 1 } },
      [1, 2, 3],
      null,
      "x".repeat(500),
    ];
    for (const payload of crafted) attacker.conn.room.send("*", payload);
    // The same payloads as requests, which Colyseus routes to the same "*" handler.
    for (const payload of crafted) attacker.conn.room.request("*", payload).catch(() => {});
    await waitFor(() => rejected.length >= crafted.length * 2, "a rejection for every crafted message");
    expect(rejected.every((r) => r === Reject.UnknownAction)).toBe(true);
    const before = honest.map((p) => p.patches);
    await waitFor(
      () => honest.every((p, i) => p.patches > before[i]! + 5),
      "honest players to keep receiving patches",
    );
    expect((await health(fx.server)).ok).toBe(true);
    expect(attacker.conn.room.connection.isOpen).toBe(true);
    expect(fx.server.output()).not.toMatch(/uncaught|TypeError/i);
    await attacker.conn.leave();
  });

  const kinds: Array<[string, () => Buffer]> = [
    ["ping", frames.ping],
    ["string-typed message", () => frames.data("hack", { give: "gold" })],
    ["request", () => frames.request(1, "hack", { give: "gold" })],
    ["action bytes", () => frames.bytes(1, new Uint8Array([0x08, 0x01]))],
  ];
  for (const [kind, frame] of kinds) {
    it(`cuts a client flooding ${kind} frames with Flooding, destroys its TCP even while it ignores the close frame, and releases its seat`, async () => {
      const c = await rawJoin(fx.server.httpUrl, { options: { name: "flooder" } });
      const ccuWith = (await health(fx.server)).ccu;
      flood(c, frame, 5000);
      // Stop reading straight away: the close frame is never answered, so only
      // the server destroying the socket can free the seat within ws's 30 s close timeout.
      c.stopReading();
      await waitForAsync(
        async () => (await health(fx.server)).ccu < ccuWith,
        "the flooder's seat to be released",
      );
      c.resumeReading();
      const closed = await c.closed;
      // The close frame may be lost with the destroyed socket (1006); if it arrived it says why.
      expect([CloseCodes.Flooding, 1006]).toContain(closed.code);
      // No reconnection window for a flooder: the seat is gone at once, not after reconnectionSeconds.
      expect(await rawReconnect(fx.server.httpUrl, c)).toBe(false);
      expect((await health(fx.server)).ok).toBe(true);
    });
  }

  it("gives a client Colyseus cuts for undecodable msgpack no reconnection window", async () => {
    const c = await rawJoin(fx.server.httpUrl, { options: { name: "garbler" } });
    // A msgpack string that promises 255 bytes and ends: Colyseus cannot unpack it and closes the client.
    c.ws.send(Buffer.concat([frames.data("x", 0).subarray(0, 3), Buffer.from([0xd9, 0xff])]));
    await c.closed;
    expect(await rawReconnect(fx.server.httpUrl, c)).toBe(false);
    expect(fx.server.output()).toMatch(/closed by Colyseus over a frame .*no reconnection/);
  });

  it("keeps the seat of a client whose connection merely dropped (the control for the cases above)", async () => {
    const c = await rawJoin(fx.server.httpUrl, { options: { name: "dropper" } });
    c.ws.terminate();
    await c.closed;
    await waitForAsync(() => rawReconnect(fx.server.httpUrl, c), "the seat to be offered back");
  });

  it("says why in the close frame when the flooder reads it", async () => {
    const c = await rawJoin(fx.server.httpUrl, { options: { name: "flooder" } });
    flood(c, frames.ping, 500);
    const closed = await c.closed;
    expect(closed.code).toBe(CloseCodes.Flooding);
    expect(closed.reason).toMatch(/messages per second/);
  });
});
