import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { waitFor, waitForAsync } from "../support/clients.ts";
import { rawJoin } from "../support/raw-client.ts";
import { names, useServer } from "../support/server-fixture.ts";
import { ccu } from "../support/server-process.ts";

describe("a client that stops reading is dropped; honest players are not", () => {
  const fx = useServer({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } },
    // Short, to keep the test short, but not so short that honest players answering from a
    // busy test process look like slow readers.
    env: { SEND_UNDRAINED_MS: "6000" },
    join: names("honest", 3),
    moving: (joined) => joined,
  });
  const honest = fx.players;

  it("drops a reader that stopped reading even while it sends unsolicited pongs, within the undrained limit plus a probe", async () => {
    const slow = await rawJoin(fx.server.httpUrl, { options: { name: "slow" } });
    const withSlow = await ccu(fx.server);
    slow.stopReading();
    // Pretend to be alive: pongs with made-up data, as the hostile client did.
    const fake = setInterval(() => slow.ws.pong(randomBytes(8)), 500);
    try {
      await waitForAsync(
        async () => (await ccu(fx.server)) < withSlow,
        "the slow reader to be dropped",
        25_000,
      );
    } finally {
      clearInterval(fake);
    }
    slow.resumeReading();
    await slow.closed;
    expect(fx.server.output()).not.toMatch(/honest\d.*SlowReader/);
    // Honest players kept their seats and their patches all along.
    expect(honest.every((p) => p.conn.room.connection.isOpen)).toBe(true);
    const before = honest.map((p) => p.patches);
    await waitFor(() => honest.every((p, i) => p.patches > before[i]! + 5), "honest players' patches");
  });

  it("keeps a client that reads, however long it stays", async () => {
    const reader = await rawJoin(fx.server.httpUrl, { options: { name: "reader" } });
    const start = reader.received();
    await new Promise((r) => setTimeout(r, 5000));
    expect(reader.ws.readyState).toBe(reader.ws.OPEN);
    expect(reader.received()).toBeGreaterThan(start);
    reader.ws.close();
  });
});
