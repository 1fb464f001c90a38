import { describe, expect, it } from "vitest";
import { Reject } from "../../shared/src/protocol/index.ts";
import { DEFAULT_RULES } from "../../shared/src/rules/index.ts";
import { ActionQueue } from "../src/rooms/action-queue.ts";

const move = (seq: number) => ({ seq, kind: "commanderMove" as const, dx: 1 as const, dy: 0 as const });

describe("ActionQueue", () => {
  it("refuses seqs that do not increase", () => {
    const q = new ActionQueue(DEFAULT_RULES);
    expect(q.push(move(5))).toEqual({ ok: true });
    expect(q.push(move(5))).toMatchObject({ ok: false, reason: Reject.StaleSeq });
    expect(q.push(move(3))).toMatchObject({ ok: false, reason: Reject.StaleSeq });
    expect(q.push(move(6))).toEqual({ ok: true });
  });

  it("limits what waits, not what has been sent over time", () => {
    const q = new ActionQueue(DEFAULT_RULES);
    const max = DEFAULT_RULES.limits.maxQueuedActions;
    let seq = 0;
    // A steady sender whose actions the simulation consumes is never limited...
    for (let i = 0; i < max * 4; i++) {
      expect(q.push(move(++seq))).toEqual({ ok: true });
      q.actions.shift();
    }
    // ...while one that outruns the simulation is, once the queue is full.
    for (let i = 0; i < max; i++) expect(q.push(move(++seq))).toEqual({ ok: true });
    expect(q.push(move(++seq))).toMatchObject({ ok: false, reason: Reject.RateLimited });
  });
});
