// The seat lock at reservation (rooms/seat-lock.ts through colyseus/seat-reservations.ts),
// against the real framework: a match's maxClients counts its spectators, so
// Colyseus alone would hand out more player seats than the match has.
import { matchMaker } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { createMatch, useMatchServer } from "./support/match-server.ts";

describe("the seat lock", { timeout: 20_000 }, () => {
  const server = useMatchServer({ players: { max: 2, minToStart: 2 } });

  it("refuses player reservations past players.max made at once, locks the room, and still takes a spectator", async () => {
    const room = await createMatch(server.colyseus);
    const [listing] = await matchMaker.query({ roomId: room.roomId });
    expect(room.maxClients).toBeGreaterThan(2); // spectators are clients too
    const identity = (n: number) => ({ id: `guest:p${n}`, name: `p${n}` });
    const tries = await Promise.allSettled(
      [1, 2, 3, 4].map((n) => matchMaker.reserveSeatFor(listing!, {}, identity(n))),
    );
    expect(tries.filter((t) => t.status === "fulfilled")).toHaveLength(2);
    const refused = tries.filter((t) => t.status === "rejected") as PromiseRejectedResult[];
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(String(r.reason)).toMatch(/full/);
    await expect.poll(() => room.locked).toBe(true);
    // A spectator holds no player seat: it still gets one.
    const spectator = await matchMaker.reserveSeatFor(listing!, { spectate: true }, identity(5));
    expect(spectator.sessionId).toBeTruthy();
  });
});
