import { ErrorCode, matchMaker, ServerError } from "@colyseus/core";

/** What a spectator hears when a match has as many spectators as its rules allow. */
export const FULL = "this match already has all the spectators it takes";

/**
 * joinById(roomId, { spectate: true }): a seat as a spectator even when the
 * match is locked because its player seats are taken (Colyseus's joinById
 * refuses locked rooms). The room itself checks its spectator cap (onJoin).
 */
export async function reserveSpectatorSeat(roomId: string, options: unknown, auth: unknown) {
  const room = await matchMaker.driver.findOne({ roomId });
  if (!room) throw new ServerError(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, `room "${roomId}" not found`);
  // The same identity check as any join (the room's static onAuth: a signed token).
  const Cls = matchMaker.getRoomClass(room.name) as unknown as {
    onAuth?: (token: unknown, options: unknown, context: unknown) => Promise<unknown>;
  };
  const context = auth as { token?: unknown } | undefined;
  const identity = Cls?.onAuth && context ? await Cls.onAuth(context.token, options, context) : undefined;
  try {
    return await matchMaker.reserveSeatFor(room, { spectate: true, ...(options as object) }, identity);
  } catch (err) {
    // Seats (players + spectators, maxClients) all taken: with the player seats locked, that means spectators.
    if (err instanceof Error && /already full/.test(err.message)) {
      throw new ServerError(
        ErrorCode.MATCHMAKE_UNHANDLED,
        `${FULL}: the rules allow match.maxSpectators of them`,
      );
    }
    throw err;
  }
}
