import { zeroCounts } from "../../src/bots/counts.ts";
import type { BotRecord, StintRecord } from "../../src/bots/report.ts";

/** One connection to a room with everything zero, overridden by `over`. */
export function stint(over: Partial<StintRecord>): StintRecord {
  return { ...zeroCounts(), roomId: "A", started: true, lobby: null, end: null, ...over };
}

/**
 * A bot record with everything zero, overridden by `over`; unless given, one
 * played (zero) connection per room id.
 */
export function record(over: Partial<BotRecord>): BotRecord {
  return {
    ...zeroCounts(),
    name: "bot",
    strategy: "wanderer",
    honest: true,
    roomIds: [],
    joined: true,
    joinMs: 10,
    joinedAt: null,
    seatsLost: 0,
    unexpectedLeaves: 0,
    errors: [],
    stints: (over.roomIds ?? []).map((roomId) => stint({ roomId })),
    ...over,
  };
}
