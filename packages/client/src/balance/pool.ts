import { Worker } from "node:worker_threads";
import type { Rules } from "@octet/shared/rules";
import type { MatchResult, MatchSpec } from "./play-match.ts";
import type { Job } from "./worker.ts";

/**
 * Plays every spec under every rules variant on `workers` threads, handing
 * each idle worker the next match, and returns results[variant][spec order]:
 * where a match ran never changes what the run reports.
 */
export async function playAll(
  variants: readonly Rules[],
  specs: readonly MatchSpec[],
  workers: number,
  onDone: (done: number, total: number) => void = () => {},
): Promise<MatchResult[][]> {
  const jobs: Job[] = [];
  variants.forEach((_, variant) => {
    for (const spec of specs) jobs.push({ job: jobs.length, variant, spec });
  });
  const results: MatchResult[][] = variants.map(() => new Array<MatchResult>(specs.length));
  let next = 0;
  let done = 0;
  const threads = Array.from(
    { length: Math.max(1, Math.min(workers, jobs.length)) },
    () => new Worker(new URL("./worker.ts", import.meta.url), { workerData: { variants } }),
  );
  try {
    await Promise.all(
      threads.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const j = jobs[next++];
              if (j) w.postMessage(j);
              else resolve();
            };
            w.on("message", (m: { job: number; result?: MatchResult; error?: string }) => {
              const j = jobs[m.job]!;
              if (m.error !== undefined)
                return reject(new Error(`match ${j.spec.index} (seed ${j.spec.seed}) failed: ${m.error}`));
              results[j.variant]![j.spec.index] = m.result!;
              onDone(++done, jobs.length);
              feed();
            });
            w.on("error", reject);
            w.on("exit", (code) => {
              if (code !== 0) reject(new Error(`a balance worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return results;
}
