import type { BotRecord } from "../../src/bots/report.ts";

/** A bot record with everything zero, overridden by `over`. */
export function record(over: Partial<BotRecord>): BotRecord {
  return {
    name: "bot",
    strategy: "wanderer",
    honest: true,
    roomIds: [],
    joined: true,
    joinMs: 10,
    connectedMs: 0,
    sent: 0,
    accepted: 0,
    rejected: 0,
    lost: 0,
    rejectedByReason: {},
    bytesReceived: 0,
    messagesReceived: 0,
    corrections: 0,
    correctionMax: 0,
    snaps: 0,
    drops: 0,
    reconnects: 0,
    seatsLost: 0,
    unexpectedLeaves: 0,
    matchesEnded: 0,
    errorCount: 0,
    errors: [],
    ...over,
  };
}
