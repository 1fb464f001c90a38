import type { World } from "../sim/world.ts";
import { type MatchRecord, RecordError, readRecord } from "./reader.ts";
import { MatchRecorder } from "./recorder.ts";
import { replayRecord } from "./replayer.ts";

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
  const run = replayRecord(record);
  if (run.error) throw run.error;
  if (run.mismatch) {
    const { tick, actual, expected } = run.mismatch;
    throw new RecordError(`world hash ${actual} at tick ${tick} differs from the stored ${expected}`, tick);
  }
  const replayer = run.replayer;
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
  return { record, world: replayer.world, recorder, hashesChecked: run.hashesMatched };
}
