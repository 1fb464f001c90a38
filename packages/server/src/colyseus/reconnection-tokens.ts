import type { Client, Room } from "@colyseus/core";

/**
 * Colyseus's `Room.checkReconnectionToken` (0.18) also answers for a client
 * that is still connected because the server has not yet seen its socket
 * close: it closes that socket and hands the seat back (how an honest player
 * replaces a stale socket). For a client just cut for abuse that is a way back
 * in before its drop runs; `refuse` says no first. Throws at install if the
 * method is gone, so a Colyseus upgrade that changes it fails loudly.
 */
export function guardReconnectionTokens(room: Room, refuse: (client: Client) => boolean): void {
  const original = room.checkReconnectionToken;
  if (typeof original !== "function")
    throw new Error(
      "Colyseus's Room.checkReconnectionToken is gone: colyseus/reconnection-tokens.ts needs a look",
    );
  room.checkReconnectionToken = function (this: Room, token: string): string {
    const client = this.clients.find(
      (c) => (c as Client & { reconnectionToken?: string }).reconnectionToken === token,
    );
    if (client && refuse(client)) return undefined as unknown as string;
    return original.call(this, token);
  };
}
