import { sumCounts } from "./counts.ts";
import type { BotRecord, MatchOutcome, StintRecord } from "./report.ts";

/** One room the bots played in: one match, from the lobby to its end (or the end of the run). */
export interface RoomSummary {
  /** the room id (a private room's code); the match's id */
  roomId: string;
  /** bots that played in it, by name, and how many of each strategy */
  bots: string[];
  byStrategy: Record<string, number>;
  actions: { sent: number; accepted: number; rejected: number };
  rejectedByReason: Record<string, number>;
  errors: number;
  /** the longest any bot saw its match being played (s) */
  playingSeconds: number;
  /** a bot saw the match start */
  started: boolean;
  /** the lobby as last seen, for a match that never started */
  lobby: StintRecord["lobby"];
  /** how it ended, as the server announced (null: still running when the bots left) */
  end: MatchOutcome | null;
  /**
   * Where the match's record can be read. Null until the server keeps match
   * records (the match record issue); then a link to GET /replays/<id>.
   */
  record: string | null;
}

/** Groups every bot's connections by room: the per-room breakdown and the matches played. */
export function roomSummaries(bots: readonly BotRecord[]): RoomSummary[] {
  const byRoom = new Map<string, Array<{ bot: BotRecord; stint: StintRecord }>>();
  for (const bot of bots)
    for (const stint of bot.stints) {
      const list = byRoom.get(stint.roomId) ?? [];
      list.push({ bot, stint });
      byRoom.set(stint.roomId, list);
    }
  return [...byRoom].map(([roomId, list]) => {
    const c = sumCounts(list.map((e) => e.stint));
    const byStrategy: Record<string, number> = {};
    const names = new Set<string>();
    for (const { bot } of list) {
      if (names.has(bot.name)) continue;
      names.add(bot.name);
      byStrategy[bot.strategy] = (byStrategy[bot.strategy] ?? 0) + 1;
    }
    return {
      roomId,
      bots: [...names],
      byStrategy,
      actions: { sent: c.sent, accepted: c.accepted, rejected: c.rejected },
      rejectedByReason: c.rejectedByReason,
      errors: c.errorCount,
      playingSeconds: Math.max(0, ...list.map((e) => e.stint.playingMs)) / 1000,
      started: list.some((e) => e.stint.started),
      lobby: list.map((e) => e.stint.lobby).find((l) => l !== null) ?? null,
      end: list.map((e) => e.stint.end).find((x) => x !== null) ?? null,
      record: null,
    };
  });
}
