import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { isPortFree } from "../child-process/free-port.ts";
import { stopChild } from "../child-process/stop-child.ts";
import { type NotReadyError, waitForOutput } from "../child-process/wait-for-output.ts";
import type { LocalClusterOptions } from "./cluster-options.ts";
import { type LocalRedis, startLocalRedis } from "./local-redis.ts";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
/** How long a process may take to start, and to stop before it is killed (ms). */
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 12_000;

/** One server process of a local cluster. */
export interface LocalProcess {
  /** 1-based, as printed */
  index: number;
  port: number;
  /** where players reach it (its PUBLIC_ADDRESS) */
  publicAddress: string;
  pid: number;
  /** exit code or signal once it has exited */
  exited: Promise<string>;
}

export interface LocalCluster {
  redisUrl: string;
  /** the redis-server this cluster started, if it started one */
  redis: LocalRedis | undefined;
  processes: LocalProcess[];
  /** SIGTERM to every process (SIGKILL after a grace period), then stops the redis-server it started */
  stop(): Promise<void>;
  /**
   * SIGTERM to one process (its matches are handed to the others), then the
   * same process started again on its port: one step of a rolling restart.
   * Returns the new process, which takes the old one's place in `processes`.
   */
  restart(p: LocalProcess): Promise<LocalProcess>;
}

export class LocalClusterError extends Error {
  override name = "LocalClusterError";
}

export interface StartHooks {
  /** each line a process prints, prefixed with the process */
  line?: (text: string) => void;
}

/**
 * Starts a redis-server (unless given a Redis) and N Octet server processes
 * on consecutive ports, each with REDIS_URL and its own PUBLIC_ADDRESS. If
 * anything fails to start, whatever did start is stopped again.
 */
export async function startLocalCluster(
  opts: LocalClusterOptions,
  hooks: StartHooks = {},
): Promise<LocalCluster> {
  const ports = Array.from({ length: opts.processes }, (_, i) => opts.port + i);
  const checkHost = opts.host === "0.0.0.0" || opts.host === "::" ? undefined : opts.host;
  for (const port of ports) {
    if (!(await isPortFree(port, checkHost)))
      throw new LocalClusterError(
        `port ${port} is in use; pick a first port with --port (${opts.processes} consecutive ports needed)`,
      );
  }
  const redis = opts.redisUrl ? undefined : await startLocalRedis();
  // The processes verify each other's guest tokens: one key for all of them.
  const authSecret = process.env.AUTH_SECRET || randomBytes(32).toString("base64url");
  const redisUrl = opts.redisUrl ?? redis!.url;
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => stopChild(c, STOP_TIMEOUT_MS)));
    await redis?.stop();
  };
  try {
    const processes = await Promise.all(
      ports.map((port, i) => startProcess(i + 1, port, opts, redisUrl, authSecret, children, hooks)),
    );
    const restart = async (p: LocalProcess) => {
      const child = children.find((c) => c.pid === p.pid);
      if (child) {
        await stopChild(child, STOP_TIMEOUT_MS);
        children.splice(children.indexOf(child), 1);
      }
      const fresh = await startProcess(p.index, p.port, opts, redisUrl, authSecret, children, hooks);
      processes[processes.indexOf(p)] = fresh;
      return fresh;
    };
    return { redisUrl, redis, processes, stop, restart };
  } catch (err) {
    await stop();
    throw err;
  }
}

function startProcess(
  index: number,
  port: number,
  opts: LocalClusterOptions,
  redisUrl: string,
  authSecret: string,
  children: ChildProcess[],
  hooks: StartHooks,
): Promise<LocalProcess> {
  const publicAddress = `${opts.publicHost}:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: opts.host,
      REDIS_URL: redisUrl,
      PUBLIC_ADDRESS: publicAddress,
      AUTH_SECRET: authSecret,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const tag = `[p${index}:${port}]`;
  let out = "";
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
  const onText = (chunk: Buffer) => {
    const text = chunk.toString();
    out += text;
    for (const l of text.split("\n")) if (l.trim() !== "") hooks.line?.(`${tag} ${l}`);
  };
  child.stdout!.on("data", onText);
  child.stderr!.on("data", onText);
  return waitForOutput(child, () => out, "octet: listening on", START_TIMEOUT_MS).then(
    () => ({ index, port, publicAddress, pid: child.pid!, exited }),
    (err: NotReadyError) => {
      throw new LocalClusterError(
        err.reason === "timeout"
          ? `${tag} did not start within ${START_TIMEOUT_MS / 1000} s:\n${out}`
          : `${tag} ${err.reason === "exit" ? `exited (${err.detail})` : `could not start (${err.message})`} before listening:\n${out}`,
      );
    },
  );
}
