import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

/** A value every process of the cluster reads; it changes only when Redis lost its data. */
export const EPOCH_KEY = "octet:redis-epoch";

export interface DataLossWatch {
  intervalMs: number;
  /** whether the link is up (checks wait while it is not) */
  ready: () => boolean;
  onLost: () => void;
}

/**
 * Calls `onLost` when Redis lost its data while this process stayed
 * connected (FLUSHALL, a failover to an empty replica): no connection drops,
 * so the link never goes down and up, and nothing else would put this
 * process's rooms, its place in the process list and its private codes back.
 * Each process reads a key they all share: the first to find it gone sets a
 * new value (SET NX), and every other one sees a value it did not see before.
 * Returns a function that stops the watch.
 */
export function watchForDataLoss(redis: Redis, opts: DataLossWatch): () => void {
  let seen: string | null = null;
  let busy = false;
  const check = async () => {
    if (busy || !opts.ready()) return;
    busy = true;
    try {
      await redis.set(EPOCH_KEY, randomUUID(), "NX");
      const now = await redis.get(EPOCH_KEY);
      if (seen !== null && now !== seen) opts.onLost();
      seen = now;
    } catch {
      // The link dropped meanwhile: the next check, once it is back, tells.
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(check, opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
