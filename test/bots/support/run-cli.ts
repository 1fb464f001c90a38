import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { NODE_BIN, REPO_ROOT } from "../../support/server-process.ts";

export const BOTS_MAIN = join(REPO_ROOT, "packages/client/src/bots/main.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  /** stdout so far */
  stdout(): string;
  /** resolves once stdout contains `text` */
  waitFor(text: string): Promise<void>;
  done: Promise<CliResult>;
}

/** Starts a script with the repo's Node; `done` settles when it exits (SIGKILL after `timeoutMs`). */
export function startCli(entry: string, args: string[], timeoutMs = 60_000): RunningCli {
  const child = spawn(NODE_BIN, [entry, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stdout!.on("data", (d) => {
    stdout += d;
    for (const w of waiters.splice(0)) {
      if (stdout.includes(w.text)) w.resolve();
      else waiters.push(w);
    }
  });
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${entry} did not exit within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`),
      );
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return {
    child,
    stdout: () => stdout,
    waitFor: (text) =>
      stdout.includes(text)
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            waiters.push({ text, resolve });
            done.then(() => reject(new Error(`exited before printing "${text}":\n${stdout}`)), reject);
          }),
    done,
  };
}

/** Runs a CLI entry file with the repo's Node and waits for it to exit. */
export function runNodeCli(entry: string, args: string[], timeoutMs = 60_000): Promise<CliResult> {
  return startCli(entry, args, timeoutMs).done;
}

/** A bots run's arguments: against `url`, `rooms` rooms for `seconds` seconds, then `more`. */
export function botsRun(url: string, rooms: number, seconds: number, ...more: string[]): string[] {
  return ["--url", url, "--rooms", String(rooms), "--duration", String(seconds), ...more];
}

/** Runs `npm run bots -- ...args` (its entry file, with the repo's Node) and waits for it to exit. */
export function runBotsCli(args: string[], timeoutMs = 60_000): Promise<CliResult> {
  return runNodeCli(BOTS_MAIN, args, timeoutMs);
}
