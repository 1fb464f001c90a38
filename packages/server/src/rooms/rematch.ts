import type { Presence } from "@colyseus/core";
import { claimRoomCode, isRoomCode, releaseRoomCode } from "./room-code.ts";

/**
 * Presence hash of open rematch offers: code -> -1 while nobody took it.
 * HINCRBY makes taking atomic across processes: the one create that brings
 * -1 to 0 gets the room; a missing field (never offered) comes back as 1.
 */
const OFFERS_KEY = "octet:rematch-offers";

export class RematchError extends Error {
  override name = "RematchError";
}

/**
 * A finished match offers its players a rematch: a private match code,
 * claimed now so no other room gets it, that the first player to ask for the
 * rematch creates (`takeRematch`) and the others join by code.
 */
export async function openRematch(presence: Presence): Promise<string> {
  const code = await claimRoomCode(presence);
  await presence.hset(OFFERS_KEY, code, "-1");
  return code;
}

/** openRematch for a finished room: the code goes into state.rematchCode; no code (presence down), no rematch. */
export function offerRematch(presence: Presence, state: { rematchCode: string }): void {
  openRematch(presence).then(
    (code) => {
      state.rematchCode = code;
    },
    () => {},
  );
}

/**
 * The code a create with `{ private: true, rematch }` gets as its room id;
 * refused with a RematchError unless `rematch` is an open offer, which it
 * closes (one room per rematch). The code's claim passes to the new room.
 */
export async function takeRematch(presence: Presence, rematch: unknown): Promise<string> {
  if (typeof rematch !== "string" || !isRoomCode(rematch)) throw new RematchError("not a rematch code");
  const n = await presence.hincrby(OFFERS_KEY, rematch, 1);
  if (n !== 0) {
    // Never offered (a made-up code), or taken already: nothing to give.
    if (n === 1) await presence.hdel(OFFERS_KEY, rematch);
    throw new RematchError(`no open rematch has the code ${rematch}`);
  }
  await presence.hdel(OFFERS_KEY, rematch);
  return rematch;
}

/** The finished match goes away: an offer nobody took is withdrawn and its code freed. */
export async function withdrawRematch(presence: Presence, code: string): Promise<void> {
  // Atomic too: -1 becomes 1, so a take racing this one finds it gone.
  const n = await presence.hincrby(OFFERS_KEY, code, 2);
  await presence.hdel(OFFERS_KEY, code);
  if (n === 1) await releaseRoomCode(presence, code);
}
