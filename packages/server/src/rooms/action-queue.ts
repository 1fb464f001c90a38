import { ACCEPT, type Action, Reject, reject, type Verdict } from "@octet/shared/protocol";
import type { Rules } from "@octet/shared/rules";

/**
 * One player's actions waiting for the next tick, plus the per-connection
 * bookkeeping that is protocol, not game rules: seq order, queue length
 * and malformed-message count (the message rate is the guard's, see guard/).
 */
export class ActionQueue {
  /** waiting actions in seq order; the simulation removes them as it applies them */
  readonly actions: Action[] = [];
  /** highest seq accepted into the queue */
  lastSeq = 0;
  private malformedStart = 0;
  private malformed = 0;

  private readonly rules: Rules;

  constructor(rules: Rules) {
    this.rules = rules;
  }

  /** Queues the action (ACCEPT), or says why it cannot wait for the tick (a rejection). */
  push(action: Action): Verdict {
    if (action.seq <= this.lastSeq) {
      return reject(Reject.StaleSeq, `seq ${action.seq} is not above ${this.lastSeq}`);
    }
    this.lastSeq = action.seq;
    if (this.actions.length >= this.rules.limits.maxQueuedActions) {
      return reject(Reject.RateLimited, `more than ${this.rules.limits.maxQueuedActions} actions queued`);
    }
    this.actions.push(action);
    return ACCEPT;
  }

  /**
   * Counts one undecodable message; true when the sender sent more than a
   * second's worth of messages that were garbage within ten seconds: abuse.
   */
  overMalformed(now: number): boolean {
    if (now - this.malformedStart >= 10_000) {
      this.malformedStart = now;
      this.malformed = 0;
    }
    return ++this.malformed > this.rules.limits.messagesPerSecond;
  }
}
