import { CloseCodes, decodeAction, Reject, type RejectCode } from "@octet/shared/protocol";
import { validateAction, type World } from "@octet/shared/sim";
import type { Seat } from "./seat.ts";

/** What becomes of one incoming action message. */
export type Intake =
  | { kind: "queued" }
  | { kind: "reject"; seq: number; reason: RejectCode; detail: string }
  /** abuse: the client is closed with a code and reason */
  | { kind: "kick"; code: number; reason: string };

/**
 * One action message from a player's socket, checked in order of cost:
 * rate, decoding (shape, ranges), the game state now (for a quick answer;
 * the tick checks again when it applies it), then its seat's queue.
 */
export function takeAction(
  seat: Seat,
  world: World,
  playerId: string,
  bytes: Uint8Array,
  now: number,
): Intake {
  const { queue } = seat;
  const rules = world.rules;
  if (queue.overRate(now)) {
    return {
      kind: "kick",
      code: CloseCodes.Flooding,
      reason: `more than ${rules.limits.messagesPerSecond} messages per second`,
    };
  }
  const decoded = decodeAction(bytes, rules);
  if (!decoded.ok) {
    if (decoded.reason === Reject.Malformed && queue.overMalformed(now))
      return { kind: "kick", code: CloseCodes.Abuse, reason: "too many malformed messages" };
    return { kind: "reject", seq: decoded.seq, reason: decoded.reason, detail: decoded.detail };
  }
  const { action } = decoded;
  const verdict = validateAction(world, playerId, action);
  if (!verdict.ok) {
    queue.lastSeq = Math.max(queue.lastSeq, action.seq);
    return { kind: "reject", seq: action.seq, reason: verdict.reason, detail: verdict.detail };
  }
  const queued = queue.push(action);
  if (!queued.ok) return { kind: "reject", seq: action.seq, reason: queued.reason, detail: queued.detail };
  return { kind: "queued" };
}
