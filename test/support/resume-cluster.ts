import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { keepMoving } from "./activity.ts";
import { type Balancer, startBalancer } from "./balancer.ts";
import type { TestPlayer } from "./clients.ts";
import {
  type ClusterOptions,
  type ClusterProcess,
  leaveWithin,
  startProcesses,
} from "./cluster-processes.ts";
import { TestRedis } from "./redis-process.ts";

/** A cluster whose processes come and go while its matches run (see useResumeCluster). */
export interface ResumeCluster {
  readonly redis: TestRedis;
  /** the processes to stop at the end (a test drops the ones it stopped or killed itself) */
  processes: ClusterProcess[];
  /** players' one address, when the test put a balancer in front (balance()) */
  readonly balancer: Balancer;
  /** players to take out at the end */
  readonly players: TestPlayer[];
  /** starts `count` processes on the cluster's Redis and keeps them for the cleanup */
  start(count: number, opts?: ClusterOptions): Promise<ClusterProcess[]>;
  /** a load balancer in front of these ports (change `balancer.targets` as processes come and go) */
  balance(ports: number[]): Promise<Balancer>;
  /** keeps every player's commander walking (a patch per tick) until the cleanup */
  keepMoving(): void;
}

/**
 * One redis-server for a describe block, and the cleanup every test of
 * processes coming and going needs: the players out (bounded: a process that
 * is gone cannot say goodbye), every process stopped, the balancer closed.
 * `perTest`: the cleanup after each test; Redis stays for the block. The
 * SDK's log of every retry is silenced.
 */
export function useResumeCluster(opts: { perTest?: boolean } = {}): ResumeCluster {
  let redis: TestRedis | undefined;
  let balancer: Balancer | null = null;
  let stopMoving = () => {};
  const players: TestPlayer[] = [];
  const cluster: ResumeCluster = {
    get redis() {
      if (!redis) throw new Error("the cluster's Redis is not started yet (use it inside a test)");
      return redis;
    },
    processes: [],
    get balancer() {
      if (!balancer) throw new Error("no balancer: call balance() first");
      return balancer;
    },
    players,
    async start(count, o) {
      const started = await startProcesses(count, cluster.redis, o);
      cluster.processes.push(...started);
      return started;
    },
    async balance(ports) {
      balancer = await startBalancer(ports);
      return balancer;
    },
    keepMoving() {
      stopMoving = keepMoving(players);
    },
  };
  const clean = async () => {
    stopMoving();
    await leaveWithin(players.map((p) => p.conn));
    players.length = 0;
    // A killed process has nothing left to stop.
    await Promise.all(cluster.processes.map((p) => p.stop().catch(() => {})));
    cluster.processes = [];
    await balancer?.close();
    balancer = null;
  };
  beforeAll(async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    redis = await TestRedis.start();
  });
  if (opts.perTest) afterEach(clean);
  afterAll(async () => {
    vi.restoreAllMocks();
    if (!opts.perTest) await clean();
    await redis?.stop();
  });
  return cluster;
}
