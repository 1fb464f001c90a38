import type { Room } from "@colyseus/sdk";

/**
 * The one place the client reaches inside @colyseus/sdk: the SDK has no hook
 * for "a WebSocket message arrived, this many bytes", so this wraps the
 * `room.connection.events.onmessage` handler the Room installs in connect().
 * The SDK keeps one events object for a room across reconnects, so the tap
 * survives them. test/unit of this file fails if that shape changes.
 */
export function tapIncomingMessages(room: Room, onMessage: (payloadBytes: number) => void): void {
  const events = (room.connection as { events?: { onmessage?: unknown } } | undefined)?.events;
  if (!events || typeof events.onmessage !== "function") {
    throw new Error(
      "@colyseus/sdk changed shape: room.connection.events.onmessage is not a function (see sdk-message-tap.ts)",
    );
  }
  const forward = events.onmessage as (event: MessageEvent) => void;
  events.onmessage = (event: MessageEvent) => {
    const data = event.data as ArrayBuffer | ArrayBufferView | string;
    onMessage(typeof data === "string" ? data.length : data.byteLength);
    forward(event);
  };
}
