import { type EndReason, MatchRecorder } from "@octet/shared/record";
import type { World } from "@octet/shared/sim";
import { openingMeta, type RecordMeta, type RecordSink, type RecordStore } from "./record-store.ts";

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

  constructor(recorder: MatchRecorder, store: RecordStore) {
    this.recorder = recorder;
    this.meta = openingMeta(recorder.start);
    this.sink = store.open(this.meta);
    for (const chunk of recorder.chunksSoFar()) this.sink.append(chunk);
    this.off = recorder.onChunk((bytes) => this.sink.append(bytes));
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
  log?: (line: string) => void;
}

/**
 * A new match's recorder, going to the store if there is one. Logs the match
 * id and seed: with them a tester can find the record or rerun the match.
 */
export function startRecording(opts: RecordingOptions): {
  recorder: MatchRecorder;
  recording: Recording | null;
} {
  const startTimeMs = Date.now();
  const matchId = `${opts.roomId}-${startTimeMs.toString(36)}`;
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
  return { recorder, recording: opts.store ? new Recording(recorder, opts.store) : null };
}
