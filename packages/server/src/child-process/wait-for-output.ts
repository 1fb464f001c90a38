import type { ChildProcess } from "node:child_process";

/** Why a child process never printed the line it was awaited for; callers word it for their users. */
export class NotReadyError extends Error {
  override name = "NotReadyError";
  readonly reason: "timeout" | "exit" | "spawn";
  /** the exit ("code 1", "signal SIGKILL") or the spawn error's code ("ENOENT"); the spawn error is the cause */
  readonly detail: string;
  constructor(reason: NotReadyError["reason"], detail: string, cause?: Error) {
    super(`${reason}: ${cause?.message ?? detail}`, { cause });
    this.reason = reason;
    this.detail = detail;
  }
}

/** Keeps all a child prints, stdout and stderr as they interleave; returns what it printed so far. */
export function collectOutput(child: ChildProcess): () => string {
  let out = "";
  const keep = (d: Buffer | string) => {
    out += d;
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => out;
}

/**
 * Resolves once `output()` (what the child printed so far, kept by the
 * caller) contains `marker`. Rejects with a NotReadyError when the child
 * exits first, cannot be started, or stays silent for `timeoutMs` (it is then
 * killed, so nothing half-started is left behind). Register the listeners that
 * feed `output()` before calling this.
 */
export function waitForOutput(
  child: ChildProcess,
  output: () => string,
  marker: string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      done();
      child.kill("SIGKILL");
      reject(new NotReadyError("timeout", `${timeoutMs} ms`));
    }, timeoutMs);
    const onData = () => {
      if (!output().includes(marker)) return;
      done();
      resolve();
    };
    const onError = (err: NodeJS.ErrnoException) => {
      done();
      reject(new NotReadyError("spawn", err.code ?? "", err));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      done();
      reject(new NotReadyError("exit", signal ? `signal ${signal}` : `code ${code}`));
    };
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("error", onError);
      child.off("exit", onExit);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", onError);
    child.once("exit", onExit);
    onData();
  });
}
