import { type IRoomCache, matchMaker, type Room } from "@colyseus/core";
import { isRoomCode, reclaimRoomCode } from "../rooms/room-code.ts";

/** How long a listing without a local room may be a room still being created (ms). */
const CREATION_GRACE_MS = 1000;

/**
 * Puts this process's share of the shared state right after a Redis outage,
 * during which its matches kept running but nothing they did reached Redis:
 * - Redis may have come back empty (restarted without persistence): list this
 *   process and its rooms again, and claim their private codes again;
 * - Redis may have kept its data (the network was cut): rewrite each room's
 *   listing from what this process knows (players who came or went meanwhile),
 *   and remove listings of rooms that ended meanwhile, which would otherwise
 *   send quick-match players to a room that no longer exists.
 */
export async function restoreAfterOutage(): Promise<void> {
  await matchMaker.stats.persist(true);
  await matchMaker.restoreMissingRoomCaches();
  const listed = await matchMaker.query({ processId: matchMaker.processId });
  const ended: IRoomCache[] = [];
  for (const listing of listed) {
    const room = matchMaker.getLocalRoomById(listing.roomId);
    if (!room) ended.push(listing);
    else await refresh(room, listing);
  }
  if (ended.length === 0) return;
  // A room being created is listed a moment before it is registered here.
  await new Promise((r) => setTimeout(r, CREATION_GRACE_MS));
  for (const listing of ended) {
    if (!matchMaker.getLocalRoomById(listing.roomId)) await matchMaker.driver.remove(listing.roomId);
  }
}

async function refresh(room: Room, listing: IRoomCache): Promise<void> {
  // biome-ignore lint/complexity/useLiteralKeys: Colyseus keeps a room's own listing private; its matchmaker reads it the same way
  await matchMaker.driver.persist(room["_listing"]);
  if (listing.private && isRoomCode(listing.roomId))
    await reclaimRoomCode(matchMaker.presence, listing.roomId);
}
