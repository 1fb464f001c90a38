import { type EndReason, MatchRecorder } from "@octet/shared/record";
import type { World } from "@octet/shared/sim";
import {
  type AppendFence,
  openingMeta,
  type RecordMeta,
  type RecordSink,
  type RecordStore,
} from "./record-store.ts";

/**
 * One running match's record going to a store: every chunk the recorder
 * writes is appended as it comes (one write per tick, batched when the store
 * is slower), and the listing is rewritten when the match ends.
 */
export class Recording {
  readonly recorder: MatchRecorder;
  private readonly sink: RecordSink;
  private meta: RecordMeta;
  private readonly off: () => void;

  /**
   * `continued`: the recorder goes on from a record already in the store (a
   * resumed match), so only what it writes from now on is appended.
   */
  constructor(recorder: MatchRecorder, store: RecordStore, fence?: AppendFence, continued = false) {
    this.recorder = recorder;
    this.meta = openingMeta(recorder.start);
    this.sink = store.open(
      this.meta,
      recorder,
      continued ? { fence, continuesAt: recorder.byteLength } : { fence },
    );
    if (!continued) for (const chunk of recorder.chunksSoFar()) this.sink.append(chunk);
    this.off = recorder.onChunk((bytes) => this.sink.append(bytes));
  }

  /** Resolves once everything recorded so far is in the store. */
  async flushed(): Promise<void> {
    await this.sink.flushed();
  }

  /** Ends the record (if the match has not already) and writes the final listing. */
  async finish(world: World, reason: EndReason): Promise<void> {
    if (this.meta.endTimeMs !== null) return;
    const now = Date.now();
    this.recorder.end(world, reason, now);
    this.off();
    this.meta = {
      ...this.meta,
      endTimeMs: now,
      endReason: reason,
      players: [...world.players.values()].map((p) => ({ id: p.id, name: p.name, seat: p.slot })),
      durationSeconds: this.recorder.lastTickRecorded / world.rules.ticks.criticalHz,
      running: false,
    };
    await this.sink.finish(this.meta);
  }
}

export interface RecordingOptions {
  roomId: string;
  rulesJson: string;
  seed: number;
  hashEvery: number;
  /** null: the record stays in memory (live spectators) and is not kept */
  store: RecordStore | null;
  /** appends only while this process owns the match (see AppendFence) */
  fence?: AppendFence;
  log?: (line: string) => void;
  /** the match's id and start, when they were settled before its record (see newMatchStart) */
  start?: MatchStart;
}

/** A new match's id and start time. */
export interface MatchStart {
  matchId: string;
  startTimeMs: number;
}

/** A match's id comes from its room and start time: unique, where a room id is not (private codes come back). */
export function newMatchStart(roomId: string, startTimeMs = Date.now()): MatchStart {
  return { matchId: `${roomId}-${startTimeMs.toString(36)}`, startTimeMs };
}

/**
 * A new match's recorder, going to the store if there is one. Logs the match
 * id and seed: with them a tester can find the record or rerun the match.
 */
export function startRecording(opts: RecordingOptions): {
  recorder: MatchRecorder;
  recording: Recording | null;
} {
  const { matchId, startTimeMs } = opts.start ?? newMatchStart(opts.roomId);
  const recorder = new MatchRecorder({
    matchId,
    roomId: opts.roomId,
    rulesJson: opts.rulesJson,
    seed: opts.seed,
    startTimeMs,
    hashEvery: opts.hashEvery,
  });
  (opts.log ?? console.log)(
    `octet: match ${matchId} started in room ${opts.roomId} with seed ${opts.seed >>> 0}` +
      (opts.store ? ` (record: ${opts.store.kind})` : " (not kept)"),
  );
  return { recorder, recording: opts.store ? new Recording(recorder, opts.store, opts.fence) : null };
}
