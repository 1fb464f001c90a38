import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import { authorizedClient, type MatchConnection } from "../../packages/client/src/net/index.ts";
import { MATCH_ROOM } from "../../packages/shared/src/protocol/index.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

describe("rematch: the same players in a new match together", () => {
  let server: ServerHandle;
  const conns: MatchConnection[] = [];
  const track = (c: MatchConnection) => {
    conns.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer({
      rules: {
        players: { minToStart: 2, lobbyWaitSeconds: 0 },
        match: { durationSeconds: 3, endGraceSeconds: 20 },
      },
    });
  });
  afterAll(async () => {
    await Promise.allSettled(conns.map((c) => c.leave()));
    await server?.stop();
  });

  it("a finished match offers one rematch code; the first to ask creates it, the other joins it; it is used once; made-up codes are refused", async () => {
    const a = track(await joinMatch(server.url, "Ann", { mode: "quick" }));
    const b = track(await joinMatch(server.url, "Ben", { mode: "quick" }));
    expect(b.room.roomId).toBe(a.room.roomId);
    await waitFor(() => a.state.phase === MatchPhase.Ended, "the 3 s match to end", 15_000);
    await waitFor(() => !!a.state.rematchCode && !!b.state.rematchCode, "the rematch offer");
    const code = a.state.rematchCode;
    expect(b.state.rematchCode).toBe(code);
    expect(code).not.toBe(a.room.roomId);

    const a2 = track(await joinMatch(server.url, "Ann", { mode: "rematch", code }));
    expect(a2.room.roomId).toBe(code);
    const b2 = track(await joinMatch(server.url, "Ben", { mode: "rematch", code }));
    expect(b2.room.roomId).toBe(code);
    await waitFor(() => a2.state.players.size === 2, "both players in the rematch");
    expect([...a2.state.players.values()].map((p) => p.name).sort()).toEqual(["Ann", "Ben"]);

    // Creating it again, or any room with a code nobody offered, or a code that is not one: refused.
    const client = await authorizedClient(server.url, "Eve");
    const create = (rematch: unknown) =>
      client.create(MATCH_ROOM, { name: "Eve", private: true, rematch }, MatchState);
    await expect(create(code)).rejects.toThrow(/no open rematch/);
    await expect(create("ZZZZZ")).rejects.toThrow(/no open rematch/);
    await expect(create({ toString: 1 })).rejects.toThrow(/not a rematch code/);
    await expect(create("x".repeat(100))).rejects.toThrow(/not a rematch code/);
    // (Bigger options never reach the room: the HTTP door caps the body.)
    await expect(create("x".repeat(5000))).rejects.toThrow(/larger than 4096 bytes/);
    // The rematch room is still fine for its players.
    const before = a2.state.tick;
    await waitFor(() => a2.state.tick !== before, "the rematch to keep ticking");
  });
});
