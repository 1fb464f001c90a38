// npm run cluster -- [options]   (--help lists them)
import { runMain } from "@octet/shared/cli";
import { parseClusterOptions } from "./cluster-options.ts";
import { LocalClusterError, startLocalCluster } from "./local-cluster.ts";
import { LocalRedisError } from "./local-redis.ts";

/** Exit codes: 0 stopped on request, 1 failed, 2 invalid options (runMain). */
const EXIT = { ok: 0, failed: 1 } as const;

async function main(): Promise<number> {
  const opts = parseClusterOptions(process.argv.slice(2), (text) => process.stdout.write(text));
  if (!opts) return EXIT.ok;

  let stopping = false;
  const line = (text: string) => {
    if (!stopping || !text.includes("octet: lost Redis")) process.stdout.write(`${text}\n`);
  };
  let cluster: Awaited<ReturnType<typeof startLocalCluster>>;
  try {
    cluster = await startLocalCluster(opts, { line });
  } catch (err) {
    if (err instanceof LocalClusterError || err instanceof LocalRedisError) {
      process.stderr.write(`cluster: ${err.message}\n`);
      return EXIT.failed;
    }
    throw err;
  }

  const redisNote = cluster.redis ? " (started for this cluster; nothing is saved)" : "";
  process.stdout.write(
    `\ncluster: ${cluster.processes.length} processes sharing Redis at ${cluster.redisUrl}${redisNote}\n` +
      cluster.processes
        .map((p) => `  p${p.index}  http://${p.publicAddress}   (ws://${p.publicAddress}, pid ${p.pid})`)
        .join("\n") +
      "\ncluster: open any of them in a browser, or point bots at them; Ctrl-C stops everything\n\n",
  );

  const finished = new Promise<number>((resolve) => {
    const stop = (why: string) => {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`\ncluster: ${why}: stopping the processes\n`);
      void cluster.stop().then(() => {
        process.stdout.write("cluster: stopped\n");
        resolve(EXIT.ok);
      });
    };
    process.once("SIGINT", () => stop("Ctrl-C"));
    process.once("SIGTERM", () => stop("SIGTERM"));
    // A process that dies on its own is reported; the cluster keeps going without it, as a real one would.
    let running = cluster.processes.length;
    const restarting = new Set<number>();
    const watch = (p: (typeof cluster.processes)[number]) => {
      void p.exited.then((how) => {
        if (restarting.has(p.pid)) return;
        running--;
        if (stopping) return;
        process.stderr.write(`cluster: p${p.index} (port ${p.port}) exited (${how})\n`);
        if (running === 0) {
          stopping = true;
          void cluster.stop().then(() => resolve(EXIT.failed));
        }
      });
    };
    for (const p of cluster.processes) watch(p);
    const every = opts.restartEverySeconds;
    if (every === undefined) return;
    // A rolling restart, one process at a time, as a deploy does it.
    let next = 0;
    let busy = false;
    const timer = setInterval(async () => {
      if (busy || stopping) return;
      busy = true;
      const old = cluster.processes[next++ % cluster.processes.length]!;
      restarting.add(old.pid);
      process.stdout.write(
        `cluster: rolling restart: SIGTERM to p${old.index} (its matches move to the others)\n`,
      );
      try {
        const fresh = await cluster.restart(old);
        watch(fresh);
        process.stdout.write(`cluster: rolling restart: p${fresh.index} is back (pid ${fresh.pid})\n`);
      } catch (err) {
        // Ctrl-C during a restart stops the new process too: not a failure.
        if (!stopping)
          process.stderr.write(
            `cluster: rolling restart of p${old.index} failed: ${(err as Error).message}\n`,
          );
      } finally {
        busy = false;
      }
    }, every * 1000);
    process.once("SIGINT", () => clearInterval(timer));
    process.once("SIGTERM", () => clearInterval(timer));
  });
  return finished;
}

runMain("cluster", "npm run cluster -- --help", main);
