import type { Room } from "@colyseus/core";
import type { World } from "@octet/shared/sim";
import { gateSeatReservations, pendingReservations } from "../colyseus/seat-reservations.ts";
import { wantsToSpectate } from "../replays/spectator-feed.ts";

/**
 * A match's clients include its spectators, so Colyseus's own "full at
 * maxClients" lock no longer says when the player seats are taken: the room
 * counts its player seats itself, the seated players and the seats reserved
 * for players still on their way, refuses a player reservation past
 * players.max, locks itself to quick match when they are all taken, and
 * unlocks when one frees up (a player left, a reservation ran out; never
 * after the end, whose lock stays). A spectator's seat and a resumed
 * player's own kept seat are not new player seats.
 */
export class SeatLock {
  private readonly room: Room;
  private readonly world: () => World;
  private readonly ending: () => boolean;

  constructor(room: Room, match: { world: () => World; ending: () => boolean }) {
    this.room = room;
    this.world = match.world;
    this.ending = match.ending;
    gateSeatReservations(room, {
      mayReserve: (joinOptions, authData) =>
        !isPlayerSeat(joinOptions, authData) || this.playerSeats() < this.world().rules.players.max,
      changed: () => this.update(),
    });
  }

  /** Player seats taken or on their way: seated players and player reservations not joined yet. */
  playerSeats(): number {
    const world = this.world();
    let seats = 0;
    for (const p of world.players.values()) if (!p.left) seats++;
    for (const r of pendingReservations(this.room))
      if (isPlayerSeat(r.joinOptions, r.authData) && !world.players.has(r.sessionId)) seats++;
    return seats;
  }

  /** Locks or unlocks the room for what its player seats are now. */
  update(): void {
    if (this.ending()) return;
    if (this.playerSeats() >= this.world().rules.players.max) void this.room.lock();
    else if (this.room.locked) void this.room.unlock();
  }
}

function isPlayerSeat(joinOptions: unknown, authData: unknown): boolean {
  if (wantsToSpectate(joinOptions)) return false;
  return (authData as { resumeSeat?: unknown } | null | undefined)?.resumeSeat === undefined;
}
