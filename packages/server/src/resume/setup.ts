import { matchMaker } from "@colyseus/core";
import { Redis } from "ioredis";
import { REDIS_STARTUP_TIMEOUT_MS, SWEEP_INTERVAL_MS } from "../cluster/cluster.ts";
import { redisOptions } from "../cluster/redis-link.ts";
import type { ServerConfig } from "../config.ts";
import type { RecordStore } from "../replays/record-store.ts";
import { LiveMatches } from "./live-matches.ts";
import { LocalLiveMatches } from "./local-live-matches.ts";
import { ResumeService } from "./resume-service.ts";
import { loadResumeKeys } from "./resume-token.ts";
import { resumeLocalMatches, startResumer } from "./resumer.ts";

export interface Resume {
  service: ResumeService;
  /** starts taking over dead processes' matches (Redis only); call once the server listens */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Matches outlive their process when their records are kept: with Redis, the
 * live-match list, the fenced record and the resumer; without, a restarted
 * process recognises its players' tokens (the secret is kept with the records).
 */
export async function setUpResume(config: ServerConfig, store: RecordStore): Promise<Resume> {
  const processId = () => matchMaker.processId;
  if (!config.redisUrl) {
    const keys = await loadResumeKeys({ envSecret: config.resumeSecret, dir: config.replays.dir });
    const live = store.kind === "files" ? new LocalLiveMatches(config.replays.dir) : null;
    const service = new ResumeService({ keys, live, store, processId });
    const start = () => {
      if (live)
        void resumeLocalMatches(service, live).catch((err: Error) => console.error(`octet: ${err.message}`));
    };
    return { service, start, async stop() {} };
  }
  const redis = new Redis(redisOptions(config.redisUrl));
  redis.on("error", () => {}); // the cluster's own link logs outages
  await new Promise<void>((resolve, reject) => {
    if (redis.status === "ready") return resolve();
    const timer = setTimeout(() => reject(new Error("Redis not ready for resume")), REDIS_STARTUP_TIMEOUT_MS);
    redis.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const keys = await loadResumeKeys({ envSecret: config.resumeSecret, redis });
  const live = new LiveMatches(redis);
  const service = new ResumeService({ keys, live, store, processId });
  let stopResumer = () => {};
  return {
    service,
    start() {
      stopResumer = startResumer({
        service,
        live,
        intervalMs: SWEEP_INTERVAL_MS,
        redisReady: () => redis.status === "ready",
      });
    },
    async stop() {
      stopResumer();
      redis.disconnect();
    },
  };
}
