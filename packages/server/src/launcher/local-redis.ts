import { spawn } from "node:child_process";
import { freePort } from "../child-process/free-port.ts";
import { stopChild } from "../child-process/stop-child.ts";
import { collectOutput, type NotReadyError, waitForOutput } from "../child-process/wait-for-output.ts";

/** A redis-server child process on a loopback port, holding nothing on disk. */
export interface LocalRedis {
  port: number;
  url: string;
  pid: number;
  /** everything it printed so far */
  output(): string;
  /** SIGTERM (SIGKILL after 5 s); resolves once it exited */
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  /** a given port (to restart one on the same address); default: a free one */
  port?: number;
  /** the redis-server binary (default: redis-server on the PATH) */
  bin?: string;
  /** how long to wait for "Ready to accept connections" (ms) */
  timeoutMs?: number;
}

export class LocalRedisError extends Error {
  override name = "LocalRedisError";
}

/**
 * Starts redis-server on 127.0.0.1 with persistence off (--save '' and
 * --appendonly no): matchmaking data lives only as long as the process, which
 * is what a local cluster and the tests want.
 */
export async function startLocalRedis(opts: LocalRedisOptions = {}): Promise<LocalRedis> {
  const port = opts.port ?? (await freePort());
  const bin = opts.bin ?? "redis-server";
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  // Whatever ends this process (a crash, a test runner's worker going away) ends its Redis too.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const output = collectOutput(child);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  try {
    await waitForOutput(child, output, "Ready to accept connections", timeoutMs);
  } catch (err) {
    const why = err as NotReadyError;
    if (why.reason === "spawn")
      throw new LocalRedisError(
        why.detail === "ENOENT"
          ? `${bin} not found: install Redis (Debian: apt-get install redis-server) or give a REDIS_URL`
          : `cannot start ${bin}: ${(why.cause as Error).message}`,
      );
    throw new LocalRedisError(
      why.reason === "timeout"
        ? `redis-server did not get ready within ${timeoutMs} ms:\n${output()}`
        : `redis-server exited (${why.detail}) before it was ready:\n${output()}`,
    );
  }
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    stop: () => stopChild(child),
  };
}
