import type { octet } from "@octet/shared/protocol";
import type { Rules } from "@octet/shared/rules";
import { ActionQueue } from "./action-queue.ts";

export type Result = octet.ActionResult.$Properties;

/**
 * What the room keeps for one player from join to leave, in one record, so
 * leaving is one delete: the actions waiting for the tick and the results
 * waiting for the next message. (Whether the server cut the player is the
 * room guard's, see guard/room-guard.ts.)
 */
export class Seat {
  readonly queue: ActionQueue;
  /** the identity holding the seat (from the join's token, see auth/) */
  readonly identityId: string;
  /** rejections waiting to ride with the next tick's results message */
  results: Result[] = [];

  constructor(rules: Rules, identityId: string) {
    this.queue = new ActionQueue(rules);
    this.identityId = identityId;
  }
}
