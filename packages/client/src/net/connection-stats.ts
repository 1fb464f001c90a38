import type { ActionLedger } from "./action-ledger.ts";
import type { ServerClock } from "./clock.ts";
import type { NetStats } from "./connection-types.ts";
import type { Reconnection } from "./reconnection.ts";
import type { RenderPolicy } from "./render-policy.ts";

/** What a connection counts itself, beside what its parts count. */
export interface ReceivedCounts {
  bytes: number;
  messages: number;
  patches: number;
  kills: number;
}

/** One connection's stats, gathered from its parts into one plain object (a fresh one each call). */
export function gatherStats(parts: {
  ledger: ActionLedger;
  render: RenderPolicy;
  clock: ServerClock;
  reconnection: Reconnection;
  received: ReceivedCounts;
}): NetStats {
  const { ledger, render, clock, reconnection, received } = parts;
  const p = render.prediction.stats;
  const i = render.interpolator.stats;
  return {
    ...ledger.snapshot(),
    kills: received.kills,
    rttMs: clock.rttMs,
    clockOffsetMs: clock.offsetMs,
    corrections: p.corrections,
    correctionMax: p.correctionMax,
    correctionTotal: p.correctionTotal,
    snaps: p.snaps,
    underflows: i.underflows,
    interpolationDelayMs: render.interpolator.delayMs,
    interpolationTimingErrorMs: render.interpolator.timingErrorMs ?? 0,
    extrapolatedFrames: i.extrapolatedFrames,
    heldFrames: i.heldFrames,
    bytesReceived: received.bytes,
    messagesReceived: received.messages,
    patches: received.patches,
    drops: reconnection.drops,
    reconnects: reconnection.reconnects,
  };
}
