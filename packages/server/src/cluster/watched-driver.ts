import type { IRoomCache, SortOptions } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import type { RedisConnectionOptions, WatchedConnection } from "./redis-link.ts";

/** RedisDriver's memo of the room-listing read in flight (private fields of @colyseus/redis-driver 0.18.3). */
interface ListingReadMemo {
  _concurrentRoomCacheRequest?: Promise<unknown>;
  _roomCacheRequestByName: Record<string, Promise<unknown>>;
}

/**
 * Throws at once when RedisDriver does not share its listing read the way
 * forgetFailedRead undoes it (an upgrade of @colyseus/redis-driver): setting
 * fields it no longer reads would bring the failure back without a word.
 */
function assertListingMemo(driver: RedisDriver): void {
  const d = driver as unknown as Partial<ListingReadMemo> & { getRooms?: unknown; _client?: unknown };
  const getRooms = typeof d.getRooms === "function" ? String(d.getRooms) : "";
  const shared =
    typeof d._roomCacheRequestByName === "object" &&
    getRooms.includes("_concurrentRoomCacheRequest") &&
    getRooms.includes("_roomCacheRequestByName");
  if (!shared || typeof d._client !== "object") {
    throw new Error(
      "@colyseus/redis-driver changed shape: RedisDriver's shared listing read (getRooms, _concurrentRoomCacheRequest, " +
        "_roomCacheRequestByName) or its _client is not what cluster/watched-driver.ts relies on",
    );
  }
}

/**
 * RedisDriver with its connection in view, and three changes:
 * - a room-listing read that failed is not handed to every later search:
 *   RedisDriver shares one HGETALL between concurrent searches and forgets it
 *   only when it succeeds, so a single failed read (Redis away for a moment)
 *   made every later search of this process fail with that same error, for
 *   as long as the process lived. After an outage, such a process answered
 *   every "where is my match" and resume request with 503;
 * - room searches skip rooms of dead processes: a quick match must not send a
 *   player to a room whose process was killed a moment ago and has not been
 *   swept from the listings yet;
 * - a listing write while the connection is down is dropped instead of
 *   failing: Colyseus awaits these writes when a player leaves or a room ends,
 *   and a failure there would leave the player's socket open for ever. The
 *   process rewrites its listings when Redis is back (restoreAfterOutage).
 */
export class WatchedRedisDriver extends RedisDriver {
  private readonly liveProcesses: () => Promise<Set<string>>;

  constructor(options: RedisConnectionOptions, liveProcesses: () => Promise<Set<string>>) {
    super(options);
    this.liveProcesses = liveProcesses;
    try {
      assertListingMemo(this);
    } catch (err) {
      this.connection().disconnect();
      throw err;
    }
  }

  connection(): WatchedConnection {
    // biome-ignore lint/complexity/useLiteralKeys: _client is private in RedisDriver; TypeScript lets a bracket read it
    return this["_client"];
  }

  override async query(conditions: Partial<IRoomCache>, sortOptions?: SortOptions): Promise<IRoomCache[]> {
    try {
      return await super.query(conditions, sortOptions);
    } catch (err) {
      this.forgetFailedRead();
      throw err;
    }
  }

  override async findOne(conditions: Partial<IRoomCache>, sortOptions?: SortOptions): Promise<IRoomCache> {
    if (conditions.roomId !== undefined) return super.findOne(conditions, sortOptions);
    const [rooms, alive] = await Promise.all([this.query(conditions, sortOptions), this.liveProcesses()]);
    return rooms.find((room) => alive.has(room.processId)) as IRoomCache;
  }

  override update(...args: Parameters<RedisDriver["update"]>): Promise<boolean> {
    return this.unlessDown(() => super.update(...args));
  }

  override persist(...args: Parameters<RedisDriver["persist"]>): Promise<boolean> {
    return this.unlessDown(() => super.persist(...args));
  }

  override remove(roomId: string): Promise<boolean> {
    return this.unlessDown(() => super.remove(roomId));
  }

  /**
   * Drops the shared read: every search waiting on it has got its rejection
   * already, and the next one reads again. A read started meanwhile is only
   * not shared (one HGETALL more), never lost.
   */
  private forgetFailedRead(): void {
    const memo = this as unknown as ListingReadMemo;
    memo._concurrentRoomCacheRequest = undefined;
    memo._roomCacheRequestByName = {};
  }

  private async unlessDown(write: () => Promise<boolean>): Promise<boolean> {
    try {
      return await write();
    } catch (err) {
      if (this.connection().status !== "ready") return false;
      throw err;
    }
  }
}
