import { EventEmitter } from "node:events";
import { RedisPresence } from "@colyseus/redis-presence";
import { Redis } from "ioredis";
import { liveProcessIds } from "./process-liveness.ts";
import type { SharedLock } from "./quick-match-lock.ts";
import { WatchedRedisDriver } from "./watched-driver.ts";

/** Thrown when Redis cannot be reached at startup; main.ts prints it and exits 1. */
export class RedisUnavailableError extends Error {
  override name = "RedisUnavailableError";
}

/** The ioredis settings Octet relies on (a subset of ioredis's RedisOptions). */
export interface RedisConnectionOptions {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
  enableOfflineQueue: boolean;
  autoResubscribe: boolean;
  disableClientInfo: boolean;
  maxRetriesPerRequest: number;
  commandTimeout: number;
  connectTimeout: number;
  retryStrategy: (times: number) => number;
}

/** How long every connection must stay up before the link counts as back (ms). */
const STABLE_MS = 300;

/** How long a Redis command may take before it fails (ms): a hung Redis must not hang a join. */
export const REDIS_COMMAND_TIMEOUT_MS = 2000;

/**
 * Connection settings for a redis:// or rediss:// URL, tuned for an outage:
 * - no offline queue: while Redis is away a command fails at once, so a join
 *   gets a clear error instead of waiting, and nothing stale is replayed later;
 * - a command already on the wire when the link dies fails after one retry,
 *   and any command fails after REDIS_COMMAND_TIMEOUT_MS;
 * - reconnect attempts never stop (at most a second apart), so matchmaking
 *   comes back on its own when Redis does, without restarting the process;
 * - after a reconnect, RedisPresence subscribes again to the channels it still
 *   wants; ioredis's own resubscription would also bring back channels whose
 *   UNSUBSCRIBE failed during the outage (rooms that ended meanwhile);
 * - no CLIENT SETINFO on connect: with it, a connection accepted and closed at
 *   once (a proxy or load balancer in front of an unreachable Redis) can leave
 *   ioredis's subscriber connection marked ready on a dead socket, never to
 *   reconnect. Without it, "ready" comes before any close can.
 */
export function redisOptions(url: string): RedisConnectionOptions {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined;
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost",
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
    ...(u.protocol === "rediss:" ? { tls: {} } : {}),
    enableOfflineQueue: false,
    autoResubscribe: false,
    disableClientInfo: true,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(100 * times, 1000),
  };
}

/** The part of an ioredis connection the link watches. */
export interface WatchedConnection {
  status: string;
  quit(): Promise<unknown>;
  disconnect(): void;
  on(event: "ready" | "close" | "end", fn: () => void): unknown;
  on(event: "error", fn: (err: Error) => void): unknown;
}

/** Deletes the lock only if the token still holds it (never someone else's after a TTL expiry). */
const RELEASE_LOCK = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/** RedisPresence with its two connections (publish/commands, subscribe) in view, and a lock. */
class WatchedRedisPresence extends RedisPresence {
  constructor(options: RedisConnectionOptions) {
    super(options);
    // RedisPresence logs every failed reconnect attempt of both connections
    // (several lines a second through an outage); RedisLink reports the outage once.
    for (const c of [this.pub, this.sub]) c.removeAllListeners("error");
  }

  connections(): WatchedConnection[] {
    return [this.pub, this.sub];
  }

  /**
   * Subscribes again to every channel this process wants, after a reconnect.
   * A failure is not logged: it means the connection dropped again, and its
   * next "ready" subscribes again.
   */
  protected override resubscribeAll(): void {
    const topics = this.subscriptions.eventNames().filter((t): t is string => typeof t === "string");
    if (topics.length === 0) return;
    (this.sub as unknown as { subscribe(...channels: string[]): Promise<unknown> })
      .subscribe(...topics)
      .catch(() => {});
  }

  /**
   * Colyseus calls this only to count concurrent creations of a room (in
   * joinOrCreate), from inside a Promise whose executor is async: a rejection
   * there is lost and the request never settles, so one failed or timed-out
   * command (a Redis blip at the wrong moment) hung the quick match and every
   * one queued behind it. Here a failure counts as no other creation under
   * way: quick match runs one request at a time under QuickMatchLock anyway.
   */
  override async hincrbyex(
    key: string,
    field: string,
    value: number,
    expireInSeconds: number,
  ): Promise<number> {
    try {
      return await super.hincrbyex(key, field, value, expireInSeconds);
    } catch {
      return Math.max(0, value);
    }
  }

  /** A lock shared by all processes, on the command connection: SET NX PX, released by compare-and-delete. */
  sharedLock(): SharedLock {
    const redis = this.pub;
    return {
      tryAcquire: async (key, token, ttlMs) => (await redis.set(key, token, "PX", ttlMs, "NX")) === "OK",
      release: async (key, token) => {
        await redis.eval(RELEASE_LOCK, 1, key, token);
      },
    };
  }
}

export interface RedisLinkEvents {
  /** every connection is up: at startup, and again after an outage */
  up: [];
  /** a connection went down */
  down: [];
}

/**
 * Every connection a process opens to Redis, and whether all of them are up:
 * Colyseus's RedisPresence (two) and RedisDriver (one), and `data`, Octet's
 * own (match records, the live-match list, the resume secret). Matchmaking
 * reads `ready` to refuse joins at once during an outage, the sweeper and
 * the resumer to wait; recovery listens for `up`.
 */
export class RedisLink extends EventEmitter<RedisLinkEvents> {
  readonly presence: WatchedRedisPresence;
  readonly driver: WatchedRedisDriver;
  /** Octet's own keys: records (replays/redis-store.ts) and resume (resume/setup.ts) share it */
  readonly data: Redis;
  /** where Redis is, without credentials (for messages) */
  readonly where: string;
  private readonly connections: WatchedConnection[];
  private announcedUp = false;
  private upTimer: NodeJS.Timeout | undefined;
  private lastError = "";

  constructor(url: string) {
    super();
    const options = redisOptions(url);
    this.where = `${options.host}:${options.port}`;
    this.presence = new WatchedRedisPresence(options);
    // Every concurrent join waiting for a room to be created listens on the same channel.
    this.presence.setMaxListeners(0);
    this.driver = new WatchedRedisDriver(options, () => liveProcessIds(this.presence));
    this.data = new Redis(options);
    this.connections = [...this.presence.connections(), this.driver.connection(), this.data];
    for (const c of this.connections) {
      c.on("ready", () => this.update());
      c.on("close", () => this.update());
      c.on("end", () => this.update());
      // Without a listener, ioredis reports each failed attempt as an unhandled 'error' event.
      c.on("error", (err) => {
        this.lastError = err.message;
      });
    }
  }

  /** true while every connection to Redis is up */
  get ready(): boolean {
    return this.connections.every((c) => c.status === "ready");
  }

  /** Resolves once every connection is up; rejects with a clear error after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off("up", onUp);
        const cause = this.lastError ? ` (${this.lastError})` : "";
        reject(
          new RedisUnavailableError(`cannot reach Redis at ${this.where} within ${timeoutMs} ms${cause}`),
        );
      }, timeoutMs);
      const onUp = () => {
        clearTimeout(timer);
        resolve();
      };
      this.once("up", onUp);
    });
  }

  /**
   * Closes every connection: politely when connected, at once otherwise
   * (a QUIT cannot be sent without a connection, and would only fail).
   */
  async close(): Promise<void> {
    await Promise.all(
      this.connections.map((c) =>
        c.status === "ready" ? c.quit().catch(() => c.disconnect()) : c.disconnect(),
      ),
    );
  }

  /**
   * "up" once every connection has stayed up for STABLE_MS, "down" when one
   * drops after that: a link that flaps (accepted, then cut at once) is one
   * outage, not many.
   */
  private update(): void {
    if (!this.ready) {
      clearTimeout(this.upTimer);
      this.upTimer = undefined;
      if (this.announcedUp) {
        this.announcedUp = false;
        this.emit("down");
      }
      return;
    }
    if (this.announcedUp || this.upTimer) return;
    this.upTimer = setTimeout(() => {
      this.upTimer = undefined;
      if (!this.ready || this.announcedUp) return;
      this.announcedUp = true;
      this.emit("up");
    }, STABLE_MS);
    this.upTimer.unref();
  }
}
