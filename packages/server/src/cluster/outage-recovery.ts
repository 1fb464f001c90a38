import { matchMaker } from "@colyseus/core";
import { isRoomCode, reclaimRoomCode } from "../rooms/room-code.ts";

/**
 * Puts this process's share of the shared state back after a Redis outage.
 * Redis may have come back empty (restarted without persistence), while this
 * process's matches kept running: without this, their free seats, private
 * codes and reconnection lookups would be gone, and no new room would be
 * placed here until the next stats save.
 */
export async function restoreAfterOutage(): Promise<void> {
  await matchMaker.stats.persist(true);
  await matchMaker.restoreMissingRoomCaches();
  const privateRooms = await matchMaker.query({ processId: matchMaker.processId, private: true });
  await Promise.all(
    privateRooms
      .filter((room) => isRoomCode(room.roomId))
      .map((room) => reclaimRoomCode(matchMaker.presence, room.roomId)),
  );
}
