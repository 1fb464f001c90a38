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
  /** the last listing; the sink takes no more bytes */
  finish(meta: RecordMeta): Promise<void>;
}

/**
 * Where records live: files (RecordFileStore) or Redis (RecordRedisStore).
 * Writes never throw into a room: a store that fails logs and drops.
 */
export interface RecordStore {
  readonly kind: "files" | "redis";
  open(meta: RecordMeta): RecordSink;
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

/** Match ids are ours (room id + time), so anything else is refused before it reaches a path or a key. */
export const MATCH_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

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
    finish: async (last) => {
      await queue.flushed();
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

  /** Resolves once everything pushed so far is written (or failed). */
  async flushed(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const parts = this.pending;
      this.pending = [];
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      try {
        await this.write(bytes);
      } catch (err) {
        this.onError(err as Error);
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
