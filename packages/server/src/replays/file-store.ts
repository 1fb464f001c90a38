import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AppendHandle } from "./append-handle.ts";
import {
  assertMatchId,
  MATCH_ID_PATTERN,
  queuedSink,
  type RecordMeta,
  type RecordSink,
  type RecordStore,
  type StoreLimits,
} from "./record-store.ts";

/**
 * Records as files in one directory: `<matchId>.rec` (the record, appended
 * as the match ticks) and `<matchId>.json` (its listing). The listings are
 * also kept in memory, read once at startup, so GET /replays reads no disk.
 * Retention: at most `keep` records, none older than `maxAgeMs`.
 */
export class RecordFileStore implements RecordStore {
  readonly kind = "files";
  readonly dir: string;
  private readonly limits: StoreLimits;
  private readonly log: (line: string) => void;
  private readonly metas = new Map<string, RecordMeta>();

  constructor(dir: string, limits: StoreLimits, log: (line: string) => void = console.error) {
    this.dir = dir;
    this.limits = limits;
    this.log = log;
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".json")) continue;
      try {
        const meta = JSON.parse(readFileSync(join(dir, name), "utf8")) as RecordMeta;
        if (MATCH_ID_PATTERN.test(meta.matchId)) this.metas.set(meta.matchId, meta);
      } catch {
        // a listing cut by a crash: its record stays readable by id, just not listed
      }
    }
    this.prune(Date.now());
  }

  /** A file has one writer (its process) and never needs writing again whole: no source, no fence. */
  open(meta: RecordMeta): RecordSink {
    const id = meta.matchId;
    assertMatchId(id);
    this.metas.set(id, meta);
    this.prune(Date.now());
    const file = this.recordPath(id);
    const first = this.writeMeta(meta);
    const appender = new AppendHandle(file);
    return queuedSink(
      this.limits.maxRecordBytes,
      (bytes) => appender.write(bytes),
      (err) => this.log(`octet: record ${id}: write failed: ${err.message}`),
      async (last) => {
        await appender.close();
        this.metas.set(id, last);
        await first;
        await this.writeMeta(last);
      },
    );
  }

  async list(limit: number): Promise<RecordMeta[]> {
    return [...this.metas.values()].sort((a, b) => b.startTimeMs - a.startTimeMs).slice(0, limit);
  }

  async read(matchId: string): Promise<Uint8Array | null> {
    if (!MATCH_ID_PATTERN.test(matchId)) return null;
    try {
      return await readFile(this.recordPath(matchId));
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {}

  private recordPath(id: string): string {
    return join(this.dir, `${id}.rec`);
  }

  private async writeMeta(meta: RecordMeta): Promise<void> {
    const path = join(this.dir, `${meta.matchId}.json`);
    try {
      await writeFile(`${path}.tmp`, JSON.stringify(meta));
      await rename(`${path}.tmp`, path);
    } catch (err) {
      this.log(`octet: record ${meta.matchId}: listing not written: ${(err as Error).message}`);
    }
  }

  /** Oldest records beyond the count, and any past the age limit, are deleted. */
  private prune(now: number): void {
    const newestFirst = [...this.metas.values()].sort((a, b) => b.startTimeMs - a.startTimeMs);
    newestFirst.forEach((meta, i) => {
      if (i < this.limits.keep && now - meta.startTimeMs <= this.limits.maxAgeMs) return;
      this.metas.delete(meta.matchId);
      for (const ext of [".rec", ".json"])
        void rm(join(this.dir, `${meta.matchId}${ext}`), { force: true }).catch(() => {});
    });
  }
}
