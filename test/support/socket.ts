import type { Room } from "@colyseus/sdk";

/**
 * Cuts a room's socket the way a network failure would (no close handshake
 * when the transport allows it), with the SDK's own auto-reconnect off so the
 * test decides when and how to come back.
 */
export function cutSocket(room: Room): void {
  room.reconnection.enabled = false;
  const ws = (
    room.connection.transport as unknown as { ws: { terminate?: () => void; close: (c?: number) => void } }
  ).ws;
  if (typeof ws.terminate === "function") ws.terminate();
  else ws.close(3000);
}
