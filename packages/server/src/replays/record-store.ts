import { ID_PATTERN } from "../ids.ts";

/** What a listing says about one recorded match (GET /replays). */
export interface RecordMeta {
  matchId: string;
  roomId: string;
  seed: number;
  startTimeMs: number;
  /** null while the match runs (or if its process died before the end) */
  endTimeMs: number | null;
  endReason: string | null;
  players: Array<{ id: string; name: string; seat: number }>;
  /** match time recorded so far */
  durationSeconds: number;
  bytes: number;
  running: boolean;
  /** the record hit the size cap and stops there */
  truncated: boolean;
}

/** The listing of a record just opened: running, nothing written yet. */
export function openingMeta(
  start: Pick<RecordMeta, "matchId" | "roomId" | "seed" | "startTimeMs">,
): RecordMeta {
  return {
    matchId: start.matchId,
    roomId: start.roomId,
    seed: start.seed,
    startTimeMs: start.startTimeMs,
    endTimeMs: null,
    endReason: null,
    players: [],
    durationSeconds: 0,
    bytes: 0,
    running: true,
    truncated: false,
  };
}

/** One match's record being written: chunks in order, then the final listing. */
export interface RecordSink {
  append(bytes: Uint8Array): void;
  /**
   * Resolves once every byte appended so far is written (a hand-over waits
   * for it); rejects when some are still held back because the store is away.
   */
  flushed(): Promise<void>;
  /** the last listing; the sink takes no more bytes */
  finish(meta: RecordMeta): Promise<void>;
}

/**
 * Appends only while `owner` is the owner named in the Redis hash `key`
 * (resume/live-matches.ts): a process that lost its match to another one
 * (cut off from Redis, then back) cannot write into the record the new owner
 * continues. `onLost` runs once, at the first refused append.
 */
export interface AppendFence {
  key: string;
  owner: string;
  onLost: () => void;
  /** names `owner` in `key` again: Redis lost the entry (it restarted empty) while the match ran */
  restore(): Promise<void>;
}

/**
 * The record a sink writes, as its recorder holds it in memory anyway (live
 * spectators catch up from it): what the sink is given is a prefix of these
 * bytes, in order. A store that must write the record again whole reads it
 * here instead of keeping a copy of its own.
 */
export interface RecordSource {
  chunksSoFar(): ReadonlyArray<Uint8Array>;
}

export interface SinkOptions {
  /** Redis only; a file has one writer, its process */
  fence?: AppendFence;
  /**
   * The record is in the store already, this many bytes of it (a resumed
   * match, rebuilt from them): appends go on from there.
   */
  continuesAt?: number;
}

/**
 * Where records live: files (RecordFileStore) or Redis (RecordRedisStore).
 * Writes never throw into a room: a store that fails logs and drops.
 */
export interface RecordStore {
  readonly kind: "files" | "redis";
  open(meta: RecordMeta, source: RecordSource, opts?: SinkOptions): RecordSink;
  /** newest first */
  list(limit: number): Promise<RecordMeta[]>;
  /** the record's bytes so far, or null when there is none (unknown, expired, removed) */
  read(matchId: string): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export interface StoreLimits {
  /** records kept at most (oldest go first) */
  keep: number;
  /** records older than this go */
  maxAgeMs: number;
  /** a record stops growing at this size (bytes) */
  maxRecordBytes: number;
}

/** The first `length` bytes of `chunks`, as one buffer (a record written again whole). */
export function prefixOf(chunks: ReadonlyArray<Uint8Array>, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const c of chunks) {
    if (at === length) break;
    const n = Math.min(c.byteLength, length - at);
    out.set(n === c.byteLength ? c : c.subarray(0, n), at);
    at += n;
  }
  if (at < length) throw new Error(`the record holds ${at} bytes, not the ${length} written`);
  return out;
}

/** Match ids are ours (room id + time), so anything else is refused before it reaches a path or a key. */
export const MATCH_ID_PATTERN = ID_PATTERN;

/** A store opens a record only under a match id of ours. */
export function assertMatchId(id: string): void {
  if (!MATCH_ID_PATTERN.test(id)) throw new Error(`bad match id ${JSON.stringify(id)}`);
}

/**
 * The sink every store hands out: bytes up to `maxBytes`, written in order
 * through one AppendQueue; on finish, once all of them are written, the last
 * listing with the bytes kept and whether the cap cut the record.
 */
export function queuedSink(
  maxBytes: number,
  write: (bytes: Uint8Array) => Promise<void>,
  onWriteError: (err: Error) => void,
  finish: (last: RecordMeta) => Promise<void>,
): RecordSink {
  const cap = new CappedSink(maxBytes);
  const queue = new AppendQueue(write, onWriteError);
  return {
    append: (bytes) => {
      if (cap.take(bytes)) queue.push(bytes);
    },
    flushed: () => queue.flushed(),
    finish: async (last) => {
      await queue.flushed().catch(() => {}); // the listing says how many bytes were taken
      await finish({ ...last, bytes: cap.bytes, truncated: cap.truncated });
    },
  };
}

/**
 * Serialises one record's writes: appends that arrive while a write is in
 * flight go out together in the next one, so a slow disk or Redis batches
 * ticks instead of queueing one write per tick.
 */
export class AppendQueue {
  private pending: Uint8Array[] = [];
  /** failed writes in a row */
  private failing = 0;
  private flushing: Promise<void> | null = null;
  private readonly write: (bytes: Uint8Array) => Promise<void>;
  private readonly onError: (err: Error) => void;

  constructor(write: (bytes: Uint8Array) => Promise<void>, onError: (err: Error) => void) {
    this.write = write;
    this.onError = onError;
  }

  push(bytes: Uint8Array): void {
    this.pending.push(bytes);
    if (!this.flushing) this.flushing = this.drain();
  }

  /** Resolves once everything pushed so far is written; rejects saying how much is held back. */
  async flushed(): Promise<void> {
    while (this.flushing) await this.flushing;
    const held = this.unwritten;
    if (held > 0) throw new Error(`${held} bytes of the record are not written yet (the store is away)`);
  }

  /** Bytes pushed but not written yet: those of a failed write are kept, in order, for the next. */
  get unwritten(): number {
    return this.pending.reduce((n, b) => n + b.byteLength, 0);
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const parts = this.pending;
      this.pending = [];
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      try {
        await this.write(bytes);
        if (this.failing) this.onError(new Error(`written again after ${this.failing} failed tries`));
        this.failing = 0;
      } catch (err) {
        // A record with a hole cannot be replayed or resumed: the bytes wait
        // for the next push (the next tick) to try again; said once per outage.
        this.pending = [bytes, ...this.pending];
        if (this.failing++ === 0) this.onError(err as Error);
        break;
      }
    }
    this.flushing = null;
  }
}

/** Counts bytes against the cap; once over it, nothing more is taken. */
export class CappedSink {
  bytes = 0;
  truncated = false;
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  take(bytes: Uint8Array): boolean {
    if (this.truncated) return false;
    if (this.bytes + bytes.byteLength > this.max) {
      this.truncated = true;
      return false;
    }
    this.bytes += bytes.byteLength;
    return true;
  }
}
