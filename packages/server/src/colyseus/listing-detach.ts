import type { Room } from "@colyseus/core";

interface Listed {
  _listing?: { roomId?: string };
}

/**
 * A copy of a match that another process runs now (handed over, or turned
 * away by the record's fence) must leave the match's listing alone on its way
 * out: Colyseus removes a disposing room's listing by room id, at several
 * points and without waiting (Room.disconnect, its dispose, the matchmaker's
 * disposeRoom), and the listing under that id is the other process's now, so
 * players could no longer find the match. Detached, this copy's removals and
 * updates have no room id and do nothing (the Redis driver skips a persist
 * without one; a disposing room makes no updates). The room gets a copy of
 * its listing without the id: the listing itself, which an in-process driver
 * keeps by reference, is not changed.
 */
export function detachListing(room: Room): void {
  const r = room as unknown as Listed;
  const listing = r._listing;
  if (!listing || typeof listing.roomId !== "string")
    throw new Error("Colyseus's Room._listing.roomId is gone: colyseus/listing-detach.ts needs a look");
  r._listing = Object.assign(Object.create(Object.getPrototypeOf(listing)), listing, { roomId: undefined });
}
