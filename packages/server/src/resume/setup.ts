import { matchMaker } from "@colyseus/core";
import { SWEEP_INTERVAL_MS } from "../cluster/cluster.ts";
import type { RedisLink } from "../cluster/redis-link.ts";
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
 * Matches outlive their process when their records are kept: with Redis (the
 * cluster's link), the live-match list, the fenced record and the resumer;
 * without, a restarted process recognises its players' tokens (the secret is
 * kept with the records).
 */
export async function setUpResume(
  config: ServerConfig,
  store: RecordStore,
  link: RedisLink | null,
): Promise<Resume> {
  const processId = () => matchMaker.processId;
  if (!link) {
    const keys = await loadResumeKeys({ envSecret: config.resumeSecret, dir: config.replays.dir });
    const live = store.kind === "files" ? new LocalLiveMatches(config.replays.dir) : null;
    const service = new ResumeService({ keys, live, store, processId });
    const start = () => {
      if (live)
        void resumeLocalMatches(service, live).catch((err: Error) => console.error(`octet: ${err.message}`));
    };
    return { service, start, async stop() {} };
  }
  // The link's own connection, up since the cluster started, and watched with the others
  // through an outage: the resumer waits while any of them is down.
  const redis = link.data;
  const keys = await loadResumeKeys({ envSecret: config.resumeSecret, redis });
  const live = new LiveMatches(redis);
  const service = new ResumeService({ keys, live, store, processId });
  let stopResumer = () => {};
  let keepSecret: NodeJS.Timeout | undefined;
  return {
    service,
    start() {
      stopResumer = startResumer({
        service,
        live,
        intervalMs: SWEEP_INTERVAL_MS,
        redisReady: () => link.ready,
      });
      // Redis may lose the secret without any connection dropping (FLUSHALL): checked every round.
      keepSecret = setInterval(() => {
        if (link.ready) keys.keepShared(redis).catch(() => {});
      }, SWEEP_INTERVAL_MS);
      keepSecret.unref();
    },
    async stop() {
      clearInterval(keepSecret);
      stopResumer();
      // Colyseus has closed the presence and the driver by now; this is the last one.
      redis.disconnect();
    },
  };
}
