import { randomInt } from "node:crypto";
import type { MatchRecorder } from "@octet/shared/record";
import type { Rules } from "@octet/shared/rules";
import { createWorld, type World } from "@octet/shared/sim";
import type { RecordStore } from "../replays/record-store.ts";
import { newMatchId, Recording, startRecording } from "../replays/recording.ts";
import type { ResumedMatch, ResumeService } from "../resume/resume-service.ts";

/** Where a room's match comes from: a new world, or one rebuilt from its record. */
export interface MatchOrigin {
  world: World;
  rules: Rules;
  rulesJson: string;
  recorder: MatchRecorder | null;
  recording: Recording | null;
}

export interface NewMatchOptions {
  roomId: string;
  rules: Rules;
  rulesJson: string;
  seed: number | undefined;
  /** false: no record at all */
  record: boolean;
  store: RecordStore | null;
  resume: ResumeService | null;
  isPrivate: boolean;
  /** the record's fence refused an append: another process owns the match */
  onLost: () => void;
}

/** A new match: a fresh world and, when matches are recorded, its record (listed live first). */
export async function startNewMatch(o: NewMatchOptions): Promise<MatchOrigin> {
  const seed = o.seed ?? randomInt(0, 0xffffffff);
  const origin: MatchOrigin = {
    world: createWorld(o.rules, seed),
    rules: o.rules,
    rulesJson: o.rulesJson,
    recorder: null,
    recording: null,
  };
  if (!o.record) return origin;
  const resume = o.store ? o.resume : null;
  const startTimeMs = Date.now();
  // Listed as live before its first byte is written: the record's fence names this process.
  await resume?.register(o.roomId, newMatchId(o.roomId, startTimeMs), o.isPrivate);
  const started = startRecording({
    roomId: o.roomId,
    rulesJson: o.rulesJson,
    seed,
    hashEvery: o.rules.match.recordHashEveryTicks,
    store: o.store,
    startTimeMs,
    fence: resume?.fence(o.roomId, o.onLost),
  });
  return { ...origin, ...started };
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
  const fence = service.fence(entry.roomId, onLost);
  return {
    world: rebuilt.world,
    rules: rebuilt.world.rules,
    rulesJson: rebuilt.record.header.rulesJson,
    recorder: rebuilt.recorder,
    recording: new Recording(rebuilt.recorder, service.store, fence, true),
  };
}
