import { rejectName } from "@octet/shared/protocol";
import { logSampled } from "../guard/sampled-log.ts";
import { countRejected } from "../http/metrics.ts";

/**
 * Records a rejected action: always in the metrics, and in the process log as
 * a sample (one line per reason per window), so a client sending garbage shows
 * up in the log without a flood of it filling the disk or slowing the ticks.
 */
export function recordRejection(
  roomId: string,
  sessionId: string,
  reason: number,
  detail: string,
  now = Date.now(),
): void {
  countRejected(reason);
  const name = rejectName(reason);
  logSampled(
    `reject:${reason}`,
    `rejected ${name} from ${sessionId} in room ${roomId}: ${detail.slice(0, 200)}`,
    now,
  );
}
