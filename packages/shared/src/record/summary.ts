import type { RankRecord } from "./format.ts";
import type { MatchRecord } from "./reader.ts";
import { recordRules } from "./replayer.ts";

export interface RecordSummary {
  matchId: string;
  roomId: string;
  seed: number;
  formatVersion: number;
  startTimeMs: number;
  /** null while the match runs */
  endTimeMs: number | null;
  endReason: string | null;
  ticks: number;
  /** match time covered by the record, from its ticks */
  durationSeconds: number;
  players: Array<{ player: number; id: string; name: string; seat: number }>;
  ranking: RankRecord[];
  actions: number;
  hashes: number;
  bytes: number;
}

/** What a record says about its match, from the record alone (CLI, listings, bug reports). */
export function summarizeRecord(record: MatchRecord): RecordSummary {
  const { header, end } = record;
  const players: RecordSummary["players"] = [];
  let actions = 0;
  let hashes = 0;
  for (const t of record.ticks) {
    actions += t.actions.length;
    if (t.hash !== null) hashes++;
    for (const ev of t.roster) {
      if (ev.kind === "join")
        players.push({ player: ev.player, id: ev.playerId, name: ev.name, seat: ev.seat });
    }
  }
  let hz = 10;
  try {
    hz = recordRules(header).ticks.criticalHz;
  } catch {
    // a summary still says what it can about a record whose rules do not parse
  }
  return {
    matchId: header.matchId,
    roomId: header.roomId,
    seed: header.seed,
    formatVersion: header.formatVersion,
    startTimeMs: header.startTimeMs,
    endTimeMs: end ? end.endTimeMs : null,
    endReason: end ? end.reason : null,
    ticks: record.ticks.length,
    durationSeconds: record.ticks.length / hz,
    players,
    ranking: end?.ranking ?? [],
    actions,
    hashes,
    bytes: record.byteLength,
  };
}
