import { once } from "node:events";
import { Redis } from "ioredis";
import { REDIS_COMMAND_TIMEOUT_MS, redisOptions } from "../cluster/redis-link.ts";
import {
  assertMatchId,
  MATCH_ID_PATTERN,
  prefixOf,
  queuedSink,
  type RecordMeta,
  type RecordSink,
  type RecordSource,
  type RecordStore,
  type SinkOptions,
  type StoreLimits,
} from "./record-store.ts";

const RECORD_KEY = (id: string) => `octet:record:${id}`;
const META_KEY = (id: string) => `octet:record-meta:${id}`;
/** match ids by start time: the listing's order */
const INDEX_KEY = "octet:records";

// APPEND for the fence's owner only; -1 when another process owns the match
// now, -2 when the match is not listed at all (Redis lost it: restarted empty),
// -3 when the record is not the length this process wrote (Redis lost part of
// it, or an append whose answer was lost ran after all): nothing is appended
// then, so a process that reads the record (a resume) never finds a gap or a
// repeat in it, even if this one dies before writing it again whole.
// Not listed while its record is there is not a loss: the match's owner
// released it (the match ended, or was given up), and the owner may have been
// another process that took it from this one, so this one has lost it (-1).
// A match is listed before its first byte is written, so Redis never keeps
// its record without its entry, unless the entry was released.
const FENCED_APPEND = `
local owner = redis.call('HGET', KEYS[2], 'owner')
if not owner then
  if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
  return -2
end
if owner ~= ARGV[2] then return -1 end
if redis.call('STRLEN', KEYS[1]) ~= tonumber(ARGV[4]) then return -3 end
local n = redis.call('APPEND', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return n`;

// SET of the whole record, for the fence's owner only (-1 otherwise): a record written again.
const FENCED_SET = `
if redis.call('HGET', KEYS[2], 'owner') ~= ARGV[2] then return -1 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return 1`;

/** Runs a pipeline and throws its first command's error (exec resolves with them instead); else each command's answer. */
async function execOrThrow(pipeline: ReturnType<Redis["pipeline"]>): Promise<unknown[]> {
  const results = (await pipeline.exec()) ?? [];
  const err = results.find(([e]) => e)?.[0];
  if (err) throw err;
  return results.map(([, answer]) => answer);
}

/**
 * Records in Redis, so any process serves any match's record, including one
 * still running elsewhere: the record is one string value APPENDed as the
 * match ticks, its listing a JSON value, and a sorted set orders them by
 * start. Every key expires after `maxAgeMs`; the index keeps `keep` at most.
 */
export class RecordRedisStore implements RecordStore {
  readonly kind = "redis";
  private readonly redis: Redis;
  private readonly owned: boolean;
  private readonly limits: StoreLimits;
  private readonly log: (line: string) => void;
  private readonly ttlSeconds: number;

  /** `redis`: a connection the caller owns (a server's cluster link), or a URL for one of the store's own */
  constructor(redis: Redis | string, limits: StoreLimits, log: (line: string) => void = console.error) {
    this.owned = typeof redis === "string";
    this.redis =
      typeof redis === "string" ? new Redis({ ...redisOptions(redis), lazyConnect: false }) : redis;
    // ioredis reports each failed reconnect attempt; the cluster's link logs an outage once.
    if (this.owned) this.redis.on("error", () => {});
    this.limits = limits;
    this.log = log;
    this.ttlSeconds = Math.max(1, Math.ceil(limits.maxAgeMs / 1000));
    this.redis.defineCommand("octetFencedAppend", { numberOfKeys: 2, lua: FENCED_APPEND });
    this.redis.defineCommand("octetFencedSet", { numberOfKeys: 2, lua: FENCED_SET });
  }

  /**
   * Commands fail at once while the link is down (no offline queue, as for
   * matchmaking), so each call waits for the link first, a bounded time.
   */
  private async ready(): Promise<Redis> {
    if (this.redis.status !== "ready") {
      await once(this.redis, "ready", { signal: AbortSignal.timeout(REDIS_COMMAND_TIMEOUT_MS) }).catch(() => {
        throw new Error(`Redis is not reachable (${this.redis.status})`);
      });
    }
    return this.redis;
  }

  open(meta: RecordMeta, source: RecordSource, opts: SinkOptions = {}): RecordSink {
    const { fence, continuesAt = 0 } = opts;
    const id = meta.matchId;
    assertMatchId(id);
    const fail = (what: string) => (err: Error) => this.log(`octet: record ${id}: ${what}: ${err.message}`);
    let lost = false;
    const refused = () => {
      lost = true;
      this.log(`octet: record ${id}: another process owns this match now; this process stops writing it`);
      fence?.onLost();
    };
    // How much of the record Redis holds, as this process wrote it. A resumed
    // match's record was rebuilt from what Redis holds: it goes on from there.
    // If Redis loses the record (restarted empty), or an append's answer got
    // lost and it ran after all, the length Redis holds disagrees (checked
    // before appending when fenced, from APPEND's answer otherwise) and the
    // record is written again whole, from the recorder's own chunks (the
    // source), so it never has a hole or a repeat.
    let written = continuesAt;
    const rewrite = async (why: string, length: number, unlisted: boolean) => {
      // Listed again only when the listing is gone: a present one names the owner, and may not be ours.
      if (unlisted && fence) await fence.restore();
      const all = prefixOf(source.chunksSoFar(), length);
      const redis = await this.ready();
      const key = RECORD_KEY(id);
      if (fence) {
        const n = await (redis as unknown as FencedCommands).octetFencedSet(
          key,
          fence.key,
          all,
          fence.owner,
          this.ttlSeconds,
        );
        if (n === -1) return refused();
      } else await redis.set(key, all, "EX", this.ttlSeconds);
      written = length;
      await this.writeMeta(meta, true);
      this.log(`octet: record ${id}: ${why}: written again whole (${length} bytes)`);
    };
    const append = async (bytes: Uint8Array) => {
      if (lost) return;
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const redis = await this.ready();
      const n = fence
        ? await (redis as unknown as FencedCommands).octetFencedAppend(
            RECORD_KEY(id),
            fence.key,
            buf,
            fence.owner,
            this.ttlSeconds,
            written,
          )
        : await appendWithExpiry(redis, RECORD_KEY(id), buf, this.ttlSeconds);
      if (n === -1) return refused();
      const length = written + buf.byteLength;
      if (n === -3)
        return await rewrite(
          `Redis held another length of it than the ${written} bytes written`,
          length,
          false,
        );
      if (n === -2)
        return await rewrite("the match was not listed any more (Redis restarted empty?)", length, true);
      if (n !== length)
        return await rewrite(`Redis held ${n - buf.byteLength} bytes of it, not ${written}`, length, false);
      written = n;
    };
    const started = this.writeMeta(meta, true).catch(fail("listing not written"));
    return queuedSink(this.limits.maxRecordBytes, append, fail("append failed"), async (last) => {
      await started;
      await this.writeMeta(last, false).catch(fail("listing not written"));
    });
  }

  async list(limit: number): Promise<RecordMeta[]> {
    const redis = await this.ready();
    const ids = await redis.zrevrange(INDEX_KEY, 0, Math.max(0, limit - 1));
    if (ids.length === 0) return [];
    const values = await redis.mget(...ids.map(META_KEY));
    const out: RecordMeta[] = [];
    const gone: string[] = [];
    values.forEach((v, i) => {
      if (v === null) gone.push(ids[i]!);
      else out.push(JSON.parse(v) as RecordMeta);
    });
    // Listings expire on their own; the index forgets them when it meets them.
    if (gone.length > 0) await redis.zrem(INDEX_KEY, ...gone);
    return out;
  }

  async read(matchId: string): Promise<Uint8Array | null> {
    if (!MATCH_ID_PATTERN.test(matchId)) return null;
    return await (await this.ready()).getBuffer(RECORD_KEY(matchId));
  }

  async close(): Promise<void> {
    if (this.owned) this.redis.disconnect();
  }

  private async writeMeta(meta: RecordMeta, isNew: boolean): Promise<void> {
    const p = (await this.ready())
      .pipeline()
      .set(META_KEY(meta.matchId), JSON.stringify(meta), "EX", this.ttlSeconds);
    if (isNew) {
      p.zadd(INDEX_KEY, meta.startTimeMs, meta.matchId);
      p.zremrangebyscore(INDEX_KEY, "-inf", Date.now() - this.limits.maxAgeMs);
      // Beyond the newest `keep`, records leave the index; their keys expire with the TTL.
      p.zremrangebyrank(INDEX_KEY, 0, -(this.limits.keep + 1));
    }
    await execOrThrow(p);
  }
}

/** APPEND and (re)set the key's expiry; the record's length after it. */
async function appendWithExpiry(
  redis: Redis,
  key: string,
  bytes: Buffer,
  ttlSeconds: number,
): Promise<number> {
  const [length] = await execOrThrow(redis.pipeline().append(key, bytes).expire(key, ttlSeconds));
  return length as number;
}

interface FencedCommands {
  octetFencedAppend(
    key: string,
    fence: string,
    bytes: Buffer,
    owner: string,
    ttl: number,
    written: number,
  ): Promise<number>;
  octetFencedSet(key: string, fence: string, bytes: Buffer, owner: string, ttl: number): Promise<number>;
}
