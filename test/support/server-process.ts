import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../packages/server/src/child-process/free-port.ts";
import { stopChild } from "../../packages/server/src/child-process/stop-child.ts";
import {
  collectOutput,
  type NotReadyError,
  waitForOutput,
} from "../../packages/server/src/child-process/wait-for-output.ts";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The repo's own Node (>= 22, from the `node` devDependency), whatever runs the tests. */
export const NODE_BIN = join(REPO_ROOT, "node_modules", ".bin", "node");
/** The AUTH_SECRET test servers sign guest tokens with (tests forge tokens with other keys). */
export const TEST_AUTH_SECRET = "octet-test-secret-0123456789abcdef0123456789";

export interface ServerHandle {
  port: number;
  url: string;
  httpUrl: string;
  pid: number;
  /** everything the process printed so far */
  output(): string;
  stop(): Promise<void>;
  /** sends a signal (e.g. SIGKILL) and resolves once the process has exited */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** rules settings merged over the defaults (written to a RULES_FILE) */
  rules?: unknown;
  env?: Record<string, string>;
  /** ms to wait for the "listening" line */
  timeoutMs?: number;
  /** listen on this port (default: a free one), e.g. to start a process again where it was */
  port?: number;
  /** the server entry file (default: packages/server/src/main.ts) */
  entry?: string;
}

/** Starts a real Octet server process on a free loopback port and waits until it listens. */
export async function startServer(opts: StartOptions = {}): Promise<ServerHandle> {
  try {
    return await startServerOnce(opts);
  } catch (err) {
    // The port was free when picked, but something (another test's client, Chromium) took it
    // before the server bound it: once more, on another one.
    if (opts.port !== undefined || !/EADDRINUSE/.test((err as Error).message)) throw err;
    return startServerOnce(opts);
  }
}

async function startServerOnce(opts: StartOptions): Promise<ServerHandle> {
  const port = opts.port ?? (await freePort());
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: "127.0.0.1",
    // One guest-token key for every test server, as a cluster shares one.
    AUTH_SECRET: TEST_AUTH_SECRET,
  };
  // Records of test matches go to a fresh directory, never the repo's data/ (unless the test names one).
  env.REPLAY_DIR = mkdtempSync(join(tmpdir(), "octet-replays-"));
  if (opts.rules !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), "octet-rules-"));
    const file = join(dir, "rules.json");
    writeFileSync(file, JSON.stringify(opts.rules));
    env.RULES_FILE = file;
  }
  Object.assign(env, opts.env ?? {});
  const entry = opts.entry ?? join(REPO_ROOT, "packages/server/src/main.ts");
  const child = spawn(NODE_BIN, [entry], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(child);
  const timeoutMs = opts.timeoutMs ?? 20_000;
  await waitForOutput(child, output, "octet: listening on", timeoutMs).catch((err: NotReadyError) => {
    throw new Error(
      err.reason === "timeout"
        ? `server did not start within ${timeoutMs} ms:\n${output()}`
        : `server ${err.reason === "exit" ? `exited (${err.detail})` : `could not start (${err.message})`} before listening:\n${output()}`,
    );
  });
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    stop: () => stopChild(child),
    kill: (signal) => killProcess(child, signal),
  };
}

function killProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** The server's connected clients, as its /healthz counts them. */
export async function ccu(server: ServerHandle): Promise<number> {
  return ((await (await fetch(`${server.httpUrl}/healthz`)).json()) as { ccu: number }).ccu;
}
