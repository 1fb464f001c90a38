import { joinPlayer, type TestPlayer } from "./clients.ts";
import type { TestRedis } from "./redis-process.ts";
import { type ServerHandle, startServer } from "./server-process.ts";

/** A real Octet server process sharing matchmaking through Redis. */
export interface ClusterProcess extends ServerHandle {
  /** its Colyseus process id (the one in Redis) */
  processId: string;
}

export interface ClusterOptions {
  /** rules settings merged over the defaults */
  rules?: unknown;
  /** the REDIS_URL the processes get (default: the test Redis itself; e.g. a link proxy in front of it) */
  redisUrl?: string;
  /** more environment for every process */
  env?: Record<string, string>;
}

/** Starts `count` server processes on free loopback ports, all sharing `redis`. */
export async function startProcesses(
  count: number,
  redis: TestRedis,
  opts: ClusterOptions = {},
): Promise<ClusterProcess[]> {
  const started = await Promise.all(
    Array.from({ length: count }, () =>
      startServer({
        env: { REDIS_URL: opts.redisUrl ?? redis.url, ...opts.env },
        ...(opts.rules ? { rules: opts.rules } : {}),
      }),
    ),
  );
  return Promise.all(
    started.map(async (server) => {
      const health = (await (await fetch(`${server.httpUrl}/healthz`)).json()) as { processId: string };
      return Object.assign(server, { processId: health.processId });
    }),
  );
}

/**
 * Leaves every connection, giving up after `ms`: a server that cannot answer
 * any more must not hold up the cleanup that stops it.
 */
export async function leaveWithin(conns: Array<{ leave(): Promise<unknown> }>, ms = 3000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(conns.map((c) => c.leave())),
    new Promise((r) => {
      timer = setTimeout(r, ms);
    }),
  ]);
  clearTimeout(timer);
}

/** Stops the processes still running (SIGTERM, as an orchestrator would). */
export async function stopProcesses(processes: ClusterProcess[]): Promise<void> {
  await Promise.all(processes.map((p) => p.stop()));
}

/** Picks one of `items` at random. */
export function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/**
 * Quick-match players in batches (each batch at once, each player through a
 * random process), added to `players`; one that leaves goes into `left`.
 */
export async function joinInBatches(
  processes: ClusterProcess[],
  batches: number[],
  players: TestPlayer[],
  left: Set<TestPlayer>,
): Promise<void> {
  for (const batch of batches) {
    const joined = await Promise.all(
      Array.from({ length: batch }, (_, i) => joinPlayer(pick(processes).url, `p${players.length + i}`)),
    );
    for (const p of joined) p.conn.on("leave", () => left.add(p));
    players.push(...joined);
  }
}

/** The process id each room lives on, from the room listings in Redis. */
export async function roomOwners(redis: TestRedis): Promise<Map<string, string>> {
  return new Map((await redis.rooms()).map((r) => [r.roomId, r.processId]));
}

/** Players grouped by the room they are in. */
export function byRoom(players: TestPlayer[]): Map<string, TestPlayer[]> {
  const rooms = new Map<string, TestPlayer[]>();
  for (const p of players) {
    const id = p.conn.room.roomId;
    rooms.set(id, [...(rooms.get(id) ?? []), p]);
  }
  return rooms;
}
