import type { Room } from "@colyseus/sdk";
import { decodeServerMessage, MessageType } from "@octet/shared/protocol";
import type { EventOf } from "./connection-types.ts";

/** The server closed the room before its welcome came (it is stopping, say): `closeCode` says why. */
export class ClosedBeforeWelcomeError extends Error {
  readonly closeCode: number;
  constructor(closeCode: number, reason?: string) {
    super(`the server closed the match before its welcome (code ${closeCode}${reason ? `: ${reason}` : ""})`);
    this.name = "ClosedBeforeWelcomeError";
    this.closeCode = closeCode;
  }
}

/**
 * Resolves with the server's welcome on a just-joined room, or rejects after
 * `timeoutMs` (leaving the room), or at once when the room closes first. The
 * welcome can arrive in the same event-loop turn as the join, so call this at
 * once, before awaiting anything.
 */
export function awaitWelcome(room: Room, timeoutMs: number): Promise<EventOf<"welcome">> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      room.onLeave.remove(closed);
    };
    const timer = setTimeout(() => {
      done();
      room.leave();
      reject(new Error(`no welcome from the server within ${timeoutMs} ms`));
    }, timeoutMs);
    const closed = (code: number, reason?: string) => {
      done();
      reject(new ClosedBeforeWelcomeError(code, reason));
    };
    room.onLeave(closed);
    const stop = room.onMessage(MessageType.Server, (bytes: Uint8Array) => {
      const msg = decodeServerMessage(bytes);
      if (msg?.kind !== "welcome") return;
      done();
      resolve(msg);
    });
  });
}
