import type { octet } from "@octet/shared/protocol";
import type { Rules } from "@octet/shared/rules";
import { ActionQueue } from "./action-queue.ts";

export type Result = octet.ActionResult.$Properties;

/**
 * What the room keeps for one player from join to leave, in one record, so
 * leaving is one delete: the actions waiting for the tick, the results
 * waiting for the next message, and whether the server closed the seat.
 */
export class Seat {
  readonly queue: ActionQueue;
  /** rejections waiting to ride with the next tick's results message */
  results: Result[] = [];
  /** closed by the server (flooding, abuse): no reconnection window */
  kicked = false;

  constructor(rules: Rules) {
    this.queue = new ActionQueue(rules);
  }
}
