import { describe, expect, it } from "vitest";
import { Reject } from "../../shared/src/protocol/index.ts";
import { ActionLedger } from "../src/net/action-ledger.ts";

/** Sends `n` actions at times 0, 10, 20, ... and returns their seqs. */
function sendMany(ledger: ActionLedger, n: number): number[] {
  const seqs: number[] = [];
  for (let i = 0; i < n; i++) {
    const seq = ledger.next();
    ledger.countSent(false);
    ledger.timeFrom(seq, i * 10);
    seqs.push(seq);
  }
  return seqs;
}

describe("ActionLedger", () => {
  it("accepts everything up to the ack that was not rejected, with input -> answer times", () => {
    const ledger = new ActionLedger();
    sendMany(ledger, 4); // seqs 1..4 at 0, 10, 20, 30
    expect(ledger.rejected(2, Reject.NotOwner, 50)).toBe(40);
    expect(ledger.acknowledge(3, 100)).toEqual([
      { seq: 1, latencyMs: 100 },
      { seq: 3, latencyMs: 80 },
    ]);
    expect(ledger.awaiting).toBe(1);
    expect(ledger.ackSeq).toBe(3);
    // An older ack changes nothing.
    expect(ledger.acknowledge(2, 120)).toEqual([]);
    expect(ledger.snapshot()).toMatchObject({
      sent: 4,
      accepted: 2,
      rejected: 1,
      rejectedByReason: { NotOwner: 1 },
      lost: 0,
      lastAckMs: 80,
    });
  });

  it("counts actions in flight at a drop and not applied after the reconnect as lost", () => {
    const ledger = new ActionLedger();
    sendMany(ledger, 3);
    ledger.dropped();
    ledger.countSent(true); // sent while down: lost at once
    ledger.reconnected();
    // The server had applied seq 1 only: 2 and 3 never arrived.
    ledger.acknowledge(1, 200);
    const s = ledger.snapshot();
    expect(s).toMatchObject({ sent: 4, accepted: 1, lost: 3 });
    expect(s.accepted + s.rejected + s.lost).toBe(s.sent);
    expect(ledger.awaiting).toBe(0);
  });

  it("continues a taken-over seat's numbering past seqs already decided", () => {
    const ledger = new ActionLedger();
    ledger.continueFrom(41);
    expect(ledger.next()).toBe(42);
    ledger.acknowledge(50, 0);
    expect(ledger.next()).toBe(51);
  });

  it("times only what it was told to time (NaN for raw sends)", () => {
    const ledger = new ActionLedger();
    expect(ledger.rejected(7, Reject.Malformed, 5)).toBeNaN();
  });
});
