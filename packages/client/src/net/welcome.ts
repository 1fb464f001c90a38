import type { Room } from "@colyseus/sdk";
import { decodeServerMessage, MessageType } from "@octet/shared/protocol";
import type { EventOf } from "./connection-types.ts";

/**
 * Resolves with the server's welcome on a just-joined room, or rejects after
 * `timeoutMs` (leaving the room). The welcome can arrive in the same
 * event-loop turn as the join, so call this at once, before awaiting anything.
 */
export function awaitWelcome(room: Room, timeoutMs: number): Promise<EventOf<"welcome">> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      room.leave();
      reject(new Error(`no welcome from the server within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = room.onMessage(MessageType.Server, (bytes: Uint8Array) => {
      const msg = decodeServerMessage(bytes);
      if (msg?.kind !== "welcome") return;
      clearTimeout(timer);
      stop();
      resolve(msg);
    });
  });
}
