import type { Redis } from "ioredis";

/** A running match as the cluster knows it: which process runs it, which record it appends to. */
export interface LiveMatch {
  roomId: string;
  matchId: string;
  /** the process that runs it (and alone may append to its record) */
  owner: string;
  private: boolean;
}

const SET_KEY = "octet:live";
const ENTRY_KEY = (roomId: string) => `octet:live:${roomId}`;

// Compare-and-set of the owner: of all processes that try to take a dead
// process's match, exactly one finds the old owner still there.
const CLAIM = `
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'owner', ARGV[2])
  return 1
end
return 0`;

/** The owner of a match its process is handing over (SIGTERM): any live process may take it at once. */
export const HANDOVER_PREFIX = "handover:";

// Only the owner removes its entry: a process that lost the match cannot undo the new owner's.
const RELEASE = `
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[2], ARGV[2])
  return 1
end
return 0`;

/**
 * The running matches of the whole cluster, in Redis: one hash per room id
 * (match id, owner process, private) and a set of the room ids. The owner
 * field is the fence: the record store appends only for the current owner
 * (redis-store.ts), so a match can never be written, or run, by two processes.
 */
export class LiveMatches {
  /** the record store appends behind this list's owner field (see AppendFence) */
  readonly fenced = true;
  readonly entryKey = ENTRY_KEY;
  private readonly redis: Redis;

  get redisClient(): Redis {
    return this.redis;
  }

  constructor(redis: Redis) {
    this.redis = redis;
    redis.defineCommand("octetClaimMatch", { numberOfKeys: 1, lua: CLAIM });
    redis.defineCommand("octetReleaseMatch", { numberOfKeys: 2, lua: RELEASE });
  }

  async register(m: LiveMatch): Promise<void> {
    await this.redis
      .multi()
      .hset(ENTRY_KEY(m.roomId), { matchId: m.matchId, owner: m.owner, private: m.private ? "1" : "0" })
      .sadd(SET_KEY, m.roomId)
      .exec();
  }

  async get(roomId: string): Promise<LiveMatch | null> {
    const h = await this.redis.hgetall(ENTRY_KEY(roomId));
    return h.owner && h.matchId
      ? { roomId, matchId: h.matchId, owner: h.owner, private: h.private === "1" }
      : null;
  }

  async all(): Promise<LiveMatch[]> {
    const ids = await this.redis.smembers(SET_KEY);
    if (ids.length === 0) return [];
    const p = this.redis.pipeline();
    for (const id of ids) p.hgetall(ENTRY_KEY(id));
    const rows = (await p.exec()) ?? [];
    const out: LiveMatch[] = [];
    const gone: string[] = [];
    rows.forEach(([err, h], i) => {
      const e = h as Record<string, string> | null;
      if (!err && e?.owner && e.matchId)
        out.push({ roomId: ids[i]!, matchId: e.matchId, owner: e.owner, private: e.private === "1" });
      else if (!err) gone.push(ids[i]!);
    });
    if (gone.length > 0) await this.redis.srem(SET_KEY, ...gone);
    return out;
  }

  /** True for the one caller that moved the match from `from` to `to`. */
  async claim(roomId: string, from: string, to: string): Promise<boolean> {
    const won = await (this.redis as unknown as ClaimCommands).octetClaimMatch(ENTRY_KEY(roomId), from, to);
    return won === 1;
  }

  /** Offers the match to the other processes (its process is going away); true if `owner` still had it. */
  async handOver(roomId: string, owner: string): Promise<boolean> {
    return await this.claim(roomId, owner, `${HANDOVER_PREFIX}${owner}`);
  }

  /** Forgets the match, if `owner` still owns it (it ended, or cannot be resumed). */
  async release(roomId: string, owner: string): Promise<boolean> {
    const done = await (this.redis as unknown as ClaimCommands).octetReleaseMatch(
      ENTRY_KEY(roomId),
      SET_KEY,
      owner,
      roomId,
    );
    return done === 1;
  }
}

interface ClaimCommands {
  octetClaimMatch(key: string, from: string, to: string): Promise<number>;
  octetReleaseMatch(key: string, set: string, owner: string, roomId: string): Promise<number>;
}
