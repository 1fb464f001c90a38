import type { MatchConnection } from "../net/connection.ts";

/**
 * The figures a bot adds up over its connections, and a run over its bots:
 * one shape, summed by one function, so a new figure is added in one place.
 */
export interface PlayCounts {
  /** actions sent, acknowledged as accepted, and rejected */
  sent: number;
  accepted: number;
  rejected: number;
  /** never reached the server: in flight when the socket dropped */
  lost: number;
  rejectedByReason: Record<string, number>;
  bytesReceived: number;
  messagesReceived: number;
  /** prediction corrections of its commander: count, largest (world units), snaps */
  corrections: number;
  correctionMax: number;
  snaps: number;
  /** socket drops and reconnections that took the seat back */
  drops: number;
  reconnects: number;
  /** time connected to a match, and of that the time its match was being played (ms) */
  connectedMs: number;
  playingMs: number;
  errorCount: number;
}

/** Fields that keep the largest value instead of the sum. */
const LARGEST: ReadonlySet<keyof PlayCounts> = new Set(["correctionMax"]);

export function zeroCounts(): PlayCounts {
  return {
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
    connectedMs: 0,
    playingMs: 0,
    errorCount: 0,
  };
}

/** Adds `from` into `into`, field by field (counts by reason too); returns `into`. */
export function addCounts(into: PlayCounts, from: Readonly<PlayCounts>): PlayCounts {
  for (const key of Object.keys(into) as Array<keyof PlayCounts>) {
    if (key === "rejectedByReason") {
      for (const [r, n] of Object.entries(from.rejectedByReason))
        into.rejectedByReason[r] = (into.rejectedByReason[r] ?? 0) + n;
    } else if (LARGEST.has(key)) into[key] = Math.max(into[key], from[key]);
    else into[key] += from[key];
  }
  return into;
}

/** The sum of many (a fresh object). */
export function sumCounts(list: Iterable<Readonly<PlayCounts>>): PlayCounts {
  const total = zeroCounts();
  for (const c of list) addCounts(total, c);
  return total;
}

/**
 * What one connection counted so far, read from MatchConnection's stats.
 * The only place that knows where the connection keeps them. Times and
 * errors are the bot's own, so they start at zero here.
 */
export function connectionCounts(conn: MatchConnection): PlayCounts {
  const s = conn.stats;
  return {
    ...zeroCounts(),
    sent: s.sent,
    accepted: s.accepted,
    rejected: s.rejected,
    lost: s.lost,
    rejectedByReason: { ...s.rejectedByReason },
    bytesReceived: s.bytesReceived,
    messagesReceived: s.messagesReceived,
    corrections: s.corrections,
    correctionMax: s.correctionMax,
    snaps: s.snaps,
    drops: s.drops,
    reconnects: s.reconnects,
  };
}
