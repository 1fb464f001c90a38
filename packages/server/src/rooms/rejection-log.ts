import { rejectName } from "@octet/shared/protocol";
import { countRejected } from "../http/metrics.ts";

/** At most one log line per reject reason in this window; the rest are counted into the next line. */
const LOG_WINDOW_MS = 10_000;

const lastLogged = new Map<number, number>();
const unlogged = new Map<number, number>();

/**
 * Records a rejected action: always in the metrics, and in the process log as
 * a sample, so a client sending garbage shows up in the log without a flood
 * of it filling the disk or slowing the ticks.
 */
export function recordRejection(
  roomId: string,
  sessionId: string,
  reason: number,
  detail: string,
  now = Date.now(),
): void {
  countRejected(reason);
  const last = lastLogged.get(reason);
  if (last !== undefined && now - last < LOG_WINDOW_MS) {
    unlogged.set(reason, (unlogged.get(reason) ?? 0) + 1);
    return;
  }
  const more = unlogged.get(reason) ?? 0;
  lastLogged.set(reason, now);
  unlogged.delete(reason);
  const name = rejectName(reason);
  const tail =
    more > 0 ? ` (and ${more} more ${name} in the last ${Math.round((now - last!) / 1000)} s)` : "";
  console.log(`octet: rejected ${name} from ${sessionId} in room ${roomId}: ${detail.slice(0, 200)}${tail}`);
}
