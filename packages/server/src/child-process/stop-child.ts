import type { ChildProcess } from "node:child_process";

/**
 * Stops a child process politely: SIGTERM (a server then closes its matches
 * and cleans its Redis entries), SIGKILL if it has not exited within `graceMs`.
 * Resolves once it has exited.
 */
export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
