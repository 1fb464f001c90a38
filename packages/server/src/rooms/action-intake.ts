import type { Client } from "@colyseus/core";
import { CloseCodes, decodeAction, Reject, type RejectCode } from "@octet/shared/protocol";
import type { Rules } from "@octet/shared/rules";
import { validateAction, type World } from "@octet/shared/sim";
import type { Seat } from "./seat.ts";

/** What taking in one action frame needs of its room. */
export interface IntakeRoom {
  world(): World;
  rules(): Rules;
  /** queues a rejection for the player's next results message */
  reject(playerId: string, seq: number, reason: RejectCode, detail: string): void;
  /** cuts a client that keeps sending garbage */
  cut(client: Client, code: number, reason: string): void;
}

/**
 * One action frame of a seated player: decoded, checked against the game
 * now for a quick answer (the tick checks again when it applies it), and
 * queued for the tick, or rejected with the reason. (The message rate is
 * counted for every frame type by the guard's gate.)
 */
export function takeAction(room: IntakeRoom, client: Client, seat: Seat, bytes: Uint8Array): void {
  const { queue } = seat;
  const id = client.sessionId;
  const decoded = decodeAction(bytes, room.rules());
  if (!decoded.ok) {
    if (decoded.reason === Reject.Malformed && queue.overMalformed(Date.now())) {
      return room.cut(client, CloseCodes.Abuse, "too many malformed messages");
    }
    return room.reject(id, decoded.seq, decoded.reason, decoded.detail);
  }
  const { action } = decoded;
  const verdict = validateAction(room.world(), id, action);
  if (!verdict.ok) {
    queue.lastSeq = Math.max(queue.lastSeq, action.seq);
    return room.reject(id, action.seq, verdict.reason, verdict.detail);
  }
  const queued = queue.push(action);
  if (!queued.ok) room.reject(id, action.seq, queued.reason, queued.detail);
}
