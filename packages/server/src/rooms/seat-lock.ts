import type { World } from "@octet/shared/sim";

interface Lockable {
  readonly locked: boolean;
  lock(): Promise<unknown>;
  unlock(): Promise<unknown>;
}

/**
 * A match's clients include its spectators, so Colyseus's own "full at
 * maxClients" lock no longer says when the player seats are taken: the room
 * locks itself to quick match then, and unlocks when a seat frees up (not
 * after the end, whose lock stays).
 */
export function lockWhenSeatsTaken(room: Lockable, world: World, ending: boolean): void {
  if (ending) return;
  let seated = 0;
  for (const p of world.players.values()) if (!p.left) seated++;
  if (seated >= world.rules.players.max) void room.lock();
  else if (room.locked) void room.unlock();
}
