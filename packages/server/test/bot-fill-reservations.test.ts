// Bots fill the empty seats of a waiting match (rooms/bot-seats.ts), but never
// a seat already reserved for a player on its way: the reservation is a
// promise, and the player must find its seat when it arrives.
import { matchMaker } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { createMatch, joinMatch, sdkFor, useMatchServer } from "./support/match-server.ts";

describe("bots filling empty seats", { timeout: 30_000 }, () => {
  const server = useMatchServer({
    players: { max: 4, minToStart: 4, lobbyWaitSeconds: 60, botFillSeconds: 0.5 },
  });

  it("leave the seats reserved for players still joining, and those players get them", async () => {
    const room = await createMatch(server.colyseus);
    const first = await joinMatch(server.colyseus, room, "first");
    const [listing] = await matchMaker.query({ roomId: room.roomId });
    // Reserved now, taken only after the bots have filled the room.
    const late = await sdkFor(server.colyseus, "late");
    const reservation = await matchMaker.reserveSeatFor(
      listing!,
      { name: "late" },
      { id: "guest:late", name: "late" },
    );
    await expect.poll(() => room.locked, { timeout: 10_000 }).toBe(true);
    const bots = () => [...room.state.players.values()].filter((p) => p.bot).length;
    await expect.poll(bots, { timeout: 10_000 }).toBe(2);
    const joined = await late.consumeSeatReservation(reservation);
    expect(joined.sessionId).toBe(reservation.sessionId);
    await expect.poll(() => room.state.players.size, { timeout: 10_000 }).toBe(4);
    expect(bots()).toBe(2);
    await first.room.leave();
    await joined.leave();
  });
});
