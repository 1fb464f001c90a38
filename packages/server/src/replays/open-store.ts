import type { Redis } from "ioredis";
import type { ServerConfig } from "../config.ts";
import { RecordFileStore } from "./file-store.ts";
import type { RecordStore, StoreLimits } from "./record-store.ts";
import { RecordRedisStore } from "./redis-store.ts";

/**
 * Records go to Redis when the process shares one (any process serves any
 * record), else to REPLAY_DIR. A server passes its cluster link's `data`
 * connection, so an outage of it is the link's (watched, reported once); a
 * tool on its own gets a connection of the store's.
 */
export function openRecordStore(config: ServerConfig, redis?: Redis): RecordStore | null {
  if (!config.replays.enabled) return null;
  const limits: StoreLimits = {
    keep: config.replays.keep,
    maxAgeMs: config.replays.maxAgeMs,
    maxRecordBytes: config.replays.maxRecordBytes,
  };
  return config.redisUrl
    ? new RecordRedisStore(redis ?? config.redisUrl, limits)
    : new RecordFileStore(config.replays.dir, limits);
}
