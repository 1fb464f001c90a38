import { spawn } from "node:child_process";
import { join } from "node:path";
import { NODE_BIN, REPO_ROOT } from "../../support/server-process.ts";

export const BOTS_MAIN = join(REPO_ROOT, "packages/client/src/bots/main.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run bots -- ...args` (its entry file, with the repo's Node) and waits for it to exit. */
export function runBotsCli(args: string[], timeoutMs = 60_000): Promise<CliResult> {
  return runNodeCli(BOTS_MAIN, args, timeoutMs);
}

/** Runs a CLI entry file with the repo's Node and waits for it to exit. */
export function runNodeCli(entry: string, args: string[], timeoutMs = 60_000): Promise<CliResult> {
  const name = entry.split("/").slice(-2).join("/");
  return new Promise((resolve, reject) => {
    const child = spawn(NODE_BIN, [entry, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${name} did not exit within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`),
      );
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
