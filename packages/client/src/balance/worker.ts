// A balance worker thread: plays the matches the pool hands it, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { Rules } from "@octet/shared/rules";
import { type MatchSpec, playMatch } from "./play-match.ts";

export interface Job {
  job: number;
  variant: number;
  spec: MatchSpec;
}

const variants = (workerData as { variants: Rules[] }).variants;

parentPort!.on("message", (j: Job) => {
  try {
    parentPort!.postMessage({ job: j.job, result: playMatch(variants[j.variant]!, j.spec) });
  } catch (err) {
    parentPort!.postMessage({ job: j.job, error: (err as Error).stack ?? String(err) });
  }
});
