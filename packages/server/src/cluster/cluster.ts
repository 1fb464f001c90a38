import type { ServerOptions } from "@colyseus/core";
import type { ServerConfig } from "../config.ts";
import { watchForDataLoss } from "./data-loss-watch.ts";
import { guardMatchmaking } from "./matchmaking-guard.ts";
import { restoreAfterOutage } from "./outage-recovery.ts";
import { selectLeastLoadedProcess } from "./process-selection.ts";
import { startProcessSweeper } from "./process-sweeper.ts";
import { defaultPublicAddress } from "./public-address.ts";
import { QuickMatchLock } from "./quick-match-lock.ts";
import { RedisLink } from "./redis-link.ts";

/** How long a process waits for Redis at startup before giving up (ms). */
export const REDIS_STARTUP_TIMEOUT_MS = 10_000;
/** A matchmaking request that takes longer fails with a clear error (ms). */
export const MATCHMAKING_TIMEOUT_MS = 15_000;
/** How often each process checks the shared process list for dead processes (ms). */
export const SWEEP_INTERVAL_MS = 1000;

/** How this process shares (or not) matchmaking with others. */
export interface Cluster {
  mode: "embedded" | "redis";
  /** what to pass to defineServer */
  serverOptions: Pick<ServerOptions, "presence" | "driver" | "publicAddress" | "selectProcessIdToCreateRoom">;
  /** where seat reservations send this process's players (undefined: wherever they asked) */
  publicAddress: string | undefined;
  /** starts the background upkeep; call once the server listens */
  start(): void;
  /** stops it (the presence and driver are closed by Colyseus's shutdown) */
  stop(): void;
  /** every connection to Redis (null: embedded); records and resume use its `data` connection */
  link: RedisLink | null;
}

export interface ClusterOptions {
  log?: (line: string) => void;
}

/**
 * Embedded (no REDIS_URL): Colyseus's in-memory presence and driver, one
 * process. With REDIS_URL: RedisPresence and RedisDriver, so any process can
 * place a player in any process's room or bring a dropped player back; this
 * process advertises its own public address; new rooms go to the least loaded
 * live process; dead processes are swept from Redis; after a Redis outage this
 * process puts its rooms back. Waits for Redis, so a wrong REDIS_URL fails at
 * startup with a clear error.
 */
export async function setUpCluster(config: ServerConfig, opts: ClusterOptions = {}): Promise<Cluster> {
  const log = opts.log ?? ((line) => console.log(line));
  const timeouts = {
    timeoutMs: MATCHMAKING_TIMEOUT_MS,
    reconnectionSeconds: config.rules.match.reconnectionSeconds,
  };
  if (!config.redisUrl) {
    const unguard = guardMatchmaking({
      ...timeouts,
      available: () => true,
      quickMatch: new QuickMatchLock(),
    });
    const publicAddress = config.publicAddress;
    return {
      mode: "embedded",
      serverOptions: publicAddress ? { publicAddress } : {},
      publicAddress,
      start() {},
      stop: unguard,
      link: null,
    };
  }

  const link = new RedisLink(config.redisUrl);
  try {
    await link.whenReady(REDIS_STARTUP_TIMEOUT_MS);
  } catch (err) {
    await link.close();
    throw err;
  }
  const publicAddress = config.publicAddress ?? defaultPublicAddress(config.host, config.port);
  const unguard = guardMatchmaking({
    ...timeouts,
    available: () => link.ready,
    quickMatch: new QuickMatchLock(link.presence.sharedLock()),
  });
  let stopSweeper = () => {};
  let stopWatch = () => {};
  let outage = false;
  const restore = () =>
    restoreAfterOutage().catch((err: Error) =>
      log(`octet: restoring rooms after the outage failed: ${err.message}`),
    );
  const onDown = () => {
    outage = true;
    log(`octet: lost Redis at ${link.where}: matches go on, joins are refused until it is back`);
  };
  const onUp = () => {
    if (!outage) return;
    outage = false;
    log(`octet: Redis at ${link.where} is back: restoring this process's rooms`);
    void restore();
  };
  const onDataLost = () => {
    log(
      `octet: Redis at ${link.where} lost its data (emptied while connected): restoring this process's rooms`,
    );
    void restore();
  };
  return {
    mode: "redis",
    serverOptions: {
      presence: link.presence,
      driver: link.driver,
      publicAddress,
      selectProcessIdToCreateRoom: selectLeastLoadedProcess,
    },
    publicAddress,
    link,
    start() {
      link.on("down", onDown);
      link.on("up", onUp);
      stopSweeper = startProcessSweeper({
        intervalMs: SWEEP_INTERVAL_MS,
        settleMs: 3 * SWEEP_INTERVAL_MS,
        redisReady: () => link.ready,
      });
      stopWatch = watchForDataLoss(link.data, {
        intervalMs: SWEEP_INTERVAL_MS,
        ready: () => link.ready,
        onLost: onDataLost,
      });
    },
    stop() {
      stopWatch();
      stopSweeper();
      link.off("down", onDown);
      link.off("up", onUp);
      unguard();
    },
  };
}
