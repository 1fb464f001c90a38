import { randomInt } from "node:crypto";
import type { Rules } from "@octet/shared/rules";
import { createWorld, type World } from "@octet/shared/sim";
import { LiveRecord } from "../replays/live-record.ts";
import type { RecordStore } from "../replays/record-store.ts";
import { newMatchStart, Recording } from "../replays/recording.ts";
import type { ResumedMatch, ResumeService } from "../resume/resume-service.ts";

/** Where a room's match comes from: a new world, or one rebuilt from its record. */
export interface MatchOrigin {
  world: World;
  rules: Rules;
  rulesJson: string;
  record: LiveRecord | null;
}

export interface NewMatchOptions {
  roomId: string;
  rules: Rules;
  rulesJson: string;
  seed: number | undefined;
  /** false: no record at all (a benchmark's baseline); null: in memory only */
  store: RecordStore | null | false;
  resume: ResumeService | null;
  isPrivate: boolean;
  /** the record's fence refused an append: another process owns the match */
  onLost: () => void;
}

/** A new match: a fresh world and, when matches are recorded, its record (listed live first). */
export async function startNewMatch(o: NewMatchOptions): Promise<MatchOrigin> {
  const seed = o.seed ?? randomInt(0, 0xffffffff);
  const world = createWorld(o.rules, seed);
  const { roomId, rules, rulesJson } = o;
  if (o.store === false) return { world, rules, rulesJson, record: null };
  const store = o.store;
  const resume = store ? o.resume : null;
  // Listed as live before its first byte is written: the record's fence names this process.
  const start = newMatchStart(roomId);
  const { matchId } = start;
  await resume?.register(roomId, matchId, o.isPrivate);
  const fence = resume?.fence({ roomId, matchId, private: o.isPrivate }, o.onLost);
  const record = new LiveRecord({ roomId, rules, rulesJson, seed, store, fence, start });
  return { world, rules, rulesJson, record };
}

/**
 * A match rebuilt from its record (its process died or handed it over): the
 * same world, the rules it started with (whatever this process's rules file
 * says), and the same record, appended from its last tick on.
 */
export function continueMatch(
  { entry, rebuilt }: ResumedMatch,
  service: ResumeService,
  onLost: () => void,
): MatchOrigin {
  const fence = service.fence(entry, onLost);
  const rules = rebuilt.world.rules;
  // The rules as this code reads them, for the players' Welcome: a format 1 record's own JSON
  // lacks the orders settings (recordRules fills them in), and a client would refuse it.
  const rulesJson = JSON.stringify(rules);
  const recording = new Recording(rebuilt.recorder, service.store, fence, true);
  const opts = {
    roomId: entry.roomId,
    rules,
    rulesJson,
    seed: rebuilt.record.header.seed,
    store: service.store,
  };
  const record = new LiveRecord(opts, { recorder: rebuilt.recorder, recording });
  return { world: rebuilt.world, rules, rulesJson, record };
}
