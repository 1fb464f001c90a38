import { afterAll, beforeAll } from "vitest";
import {
  type ClusterOptions,
  type ClusterProcess,
  leaveWithin,
  startProcesses,
  stopProcesses,
} from "./cluster-processes.ts";
import { TestRedis } from "./redis-process.ts";

type Leavable = { leave(): Promise<unknown> };

/** What a cluster test works with; filled in by the describe block's beforeAll. */
export interface ClusterFixture {
  redis: TestRedis;
  /** the processes still running: a test that stops one takes it out of this list */
  processes: ClusterProcess[];
}

export interface ClusterSetup {
  /** how the processes start; a function runs once Redis is up (to put a proxy in front of it) */
  options?: ClusterOptions | ((redis: TestRedis) => Promise<ClusterOptions>);
  /** the connections to leave (within 3 s each) before the processes stop */
  leave?: () => Leavable[];
  /** runs after the processes stopped and before Redis stops (a proxy in between) */
  afterProcesses?: () => Promise<void>;
}

/**
 * The setup every cluster test shares, registered as the enclosing block's
 * beforeAll/afterAll: a real redis-server, `count` server processes sharing
 * it; afterwards the test's connections leave, the processes stop (SIGTERM),
 * then Redis.
 */
export function useCluster(count: number, setup: ClusterSetup = {}): ClusterFixture {
  const cluster = { processes: [] } as unknown as ClusterFixture;
  beforeAll(async () => {
    cluster.redis = await TestRedis.start();
    const opts = typeof setup.options === "function" ? await setup.options(cluster.redis) : setup.options;
    cluster.processes = await startProcesses(count, cluster.redis, opts);
  });
  afterAll(async () => {
    await leaveWithin(setup.leave?.() ?? []);
    await stopProcesses(cluster.processes);
    await setup.afterProcesses?.();
    await cluster.redis?.stop();
  });
  return cluster;
}
