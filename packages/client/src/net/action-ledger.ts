import { rejectName } from "@octet/shared/protocol";
import type { ActionCounts } from "./connection-types.ts";

/**
 * The client side of action sequencing: hands out seqs, times each action
 * from input to answer, settles them from the state's ackSeq (accepted) or a
 * rejection message, and counts what was lost in a drop. No I/O: the
 * connection tells it what was sent and what arrived.
 */
export class ActionLedger {
  /** highest seq the server has decided (owner-only field of this player's state) */
  ackSeq = 0;
  private seq = 0;
  /** the last seq sent before the socket dropped */
  private seqAtDrop = 0;
  /** set on reconnect: the next ack tells which in-flight actions were lost */
  private resync = false;
  /** seq -> send time, for actions not decided yet; insertion order is seq order */
  private readonly sentAt = new Map<number, number>();
  private readonly counts: ActionCounts = {
    sent: 0,
    accepted: 0,
    rejected: 0,
    rejectedByReason: {},
    lost: 0,
    lastAckMs: 0,
  };

  /** The next seq (for send(), and for hand-built raw messages). */
  next(): number {
    return ++this.seq;
  }

  /**
   * Continues a seat's numbering: a connection that took over a seat (with a
   * reconnection token, from another page or process) may find seqs already
   * decided, and the server refuses any seq it has already passed.
   */
  continueFrom(seq: number): void {
    if (seq > this.seq) this.seq = seq;
  }

  /** Counts one message sent; `lost` when the socket was down and it went nowhere. */
  countSent(lost: boolean): void {
    this.counts.sent++;
    if (lost) this.counts.lost++;
  }

  /** Starts timing an action that went out with `seq`. */
  timeFrom(seq: number, now: number): void {
    this.sentAt.set(seq, now);
  }

  /** Actions timed and not decided yet. */
  get awaiting(): number {
    return this.sentAt.size;
  }

  /** The socket dropped: actions sent up to now may never arrive. */
  dropped(): void {
    this.seqAtDrop = this.seq;
  }

  /** The socket is back: the next ack settles what the drop lost. */
  reconnected(): void {
    this.resync = true;
  }

  /**
   * The state says the server decided everything up to `ack`: each timed seq
   * up to it that was not rejected was accepted. Returns those seqs with their
   * input -> answer times.
   */
  acknowledge(ack: number, now: number): Array<{ seq: number; latencyMs: number }> {
    const accepted: Array<{ seq: number; latencyMs: number }> = [];
    if (ack > this.ackSeq) {
      this.ackSeq = ack;
      this.continueFrom(ack);
      for (const seq of this.sentAt.keys()) {
        if (seq > ack) break;
        this.counts.accepted++;
        accepted.push({ seq, latencyMs: this.settle(seq, now) });
      }
    }
    if (this.resync) this.dropLost();
    return accepted;
  }

  /** A rejection arrived for `seq`; returns its input -> answer time (NaN when it was not timed). */
  rejected(seq: number, reason: number, now: number): number {
    this.counts.rejected++;
    const name = rejectName(reason);
    this.counts.rejectedByReason[name] = (this.counts.rejectedByReason[name] ?? 0) + 1;
    return this.settle(seq, now);
  }

  /** The counts so far (a fresh object). */
  snapshot(): ActionCounts {
    return { ...this.counts, rejectedByReason: { ...this.counts.rejectedByReason } };
  }

  /**
   * After a reconnect, actions sent before the drop that the server has not
   * applied by now never arrived (the server drains its queue within a few
   * ticks, and a reconnect takes at least one 500 ms retry).
   */
  private dropLost(): void {
    this.resync = false;
    for (const seq of this.sentAt.keys()) {
      if (seq > this.seqAtDrop) break;
      this.sentAt.delete(seq);
      this.counts.lost++;
    }
  }

  private settle(seq: number, now: number): number {
    const sent = this.sentAt.get(seq);
    if (sent === undefined) return Number.NaN;
    this.counts.lastAckMs = now - sent;
    this.sentAt.delete(seq);
    return now - sent;
  }
}
