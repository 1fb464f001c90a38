import { randomInt } from "node:crypto";
import type { Presence } from "@colyseus/core";

/**
 * Private matches are joined with a short code that is the room's id, so
 * "join by code" is a plain joinById. Codes use capitals and digits without
 * the look-alikes (0/O, 1/I/L): 31^5 ≈ 28.6 million codes, easy to read out.
 */
export const ROOM_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const ROOM_CODE_LENGTH = 5;

/** Presence hash of the codes in use: claimed atomically, so two processes never share one. */
const CLAIMS_KEY = "octet:room-codes";
const MAX_ATTEMPTS = 16;

export class RoomCodeError extends Error {
  override name = "RoomCodeError";
}

export function generateRoomCode(random: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[random(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** True for a string that could be a room code (the right length and alphabet). */
export function isRoomCode(s: string): boolean {
  if (s.length !== ROOM_CODE_LENGTH) return false;
  for (const ch of s) if (!ROOM_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/**
 * Picks a code no other room holds and claims it in presence (shared by all
 * processes when presence is Redis). HINCRBY is atomic: the claim that
 * brings the count to 1 owns the code.
 */
export async function claimRoomCode(
  presence: Presence,
  random: (max: number) => number = randomInt,
): Promise<string> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const code = generateRoomCode(random);
    if ((await presence.hincrby(CLAIMS_KEY, code, 1)) === 1) return code;
  }
  throw new RoomCodeError(`no free private match code after ${MAX_ATTEMPTS} attempts`);
}

/** Frees a code when its room is disposed. */
export async function releaseRoomCode(presence: Presence, code: string): Promise<void> {
  await presence.hdel(CLAIMS_KEY, code);
}

/**
 * Claims a code again for a room that still holds it, after the presence lost
 * its claims (Redis restarted empty), so no new private match is given it.
 */
export async function reclaimRoomCode(presence: Presence, code: string): Promise<void> {
  await presence.hset(CLAIMS_KEY, code, "1");
}
