import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { NODE_BIN } from "../../test/support/server-process.ts";
import { BENCH_DIR } from "../support/report.ts";
import type { GeneratorReply, GeneratorRequest } from "./load-generator.ts";

/** One load-generator process and a typed request/reply over its IPC channel. */
export class Generator {
  readonly child: ChildProcess;
  private waiting: Array<(r: GeneratorReply) => void> = [];
  rooms = 0;

  constructor(url: string, index: number) {
    this.child = fork(join(BENCH_DIR, "capacity", "load-generator.ts"), [url, String(index), "1"], {
      execPath: NODE_BIN,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.child.on("message", (m: GeneratorReply) => this.waiting.shift()?.(m));
  }

  /** Requests are answered in order, one at a time per generator. */
  ask<T extends GeneratorReply>(req: GeneratorRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load generator exited with code ${code}`));
      this.child.once("exit", onExit);
      this.waiting.push((r) => {
        this.child.off("exit", onExit);
        resolve(r as T);
      });
      this.child.send(req);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    await Promise.race([this.ask({ type: "stop" }).catch(() => {}), new Promise((r) => setTimeout(r, 8000))]);
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  }
}
