import type { World } from "../sim/world.ts";
import { type MatchRecord, RecordError, readRecord } from "./reader.ts";
import { MatchRecorder } from "./recorder.ts";
import { Replayer } from "./replayer.ts";

/** A running match rebuilt from its record, ready to go on ticking. */
export interface RebuiltMatch {
  record: MatchRecord;
  /** the world after the record's last tick */
  world: World;
  /** a recorder that appends after the record's last tick (no second header) */
  recorder: MatchRecorder;
  /** stored hashes the rebuilt world matched */
  hashesChecked: number;
}

/**
 * Rebuilds a match that was running when its process died, from its record
 * alone: refuses a record that cannot be continued exactly (a gap, an unknown
 * version, a partial last chunk, an end already written, or any stored hash
 * the re-simulated world does not match), with a RecordError naming why and
 * where. A match is never run again from a record that could be wrong.
 */
export function rebuildMatch(bytes: Uint8Array): RebuiltMatch {
  const record = readRecord(bytes);
  if (record.end) throw new RecordError(`the match already ended (${record.end.reason})`, record.end.tick);
  if (record.partialBytes > 0) {
    throw new RecordError(
      `the record ends in a cut chunk (${record.partialBytes} bytes after tick ${record.ticks.length})`,
      record.ticks.length + 1,
    );
  }
  const replayer = new Replayer(record.header);
  let hashesChecked = 0;
  for (const entry of record.ticks) {
    const check = replayer.apply(entry);
    if (!check) continue;
    if (check.actual !== check.expected) {
      throw new RecordError(
        `world hash ${check.actual} at tick ${check.tick} differs from the stored ${check.expected}`,
        check.tick,
      );
    }
    hashesChecked++;
  }
  const h = record.header;
  const recorder = new MatchRecorder(
    {
      matchId: h.matchId,
      roomId: h.roomId,
      rulesJson: h.rulesJson,
      seed: h.seed,
      startTimeMs: h.startTimeMs,
      hashEvery: h.hashEvery,
    },
    { bytes, playerIds: replayer.playerIds, lastTick: record.ticks.length },
  );
  return { record, world: replayer.world, recorder, hashesChecked };
}
