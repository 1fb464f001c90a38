// npm run bench:capacity -- [options]   (--help lists them)
// How many rooms of 8 bots one Octet server process holds: adds rooms step by
// step (bots in separate load-generator processes) and measures the server
// from its own /metrics at each step, until a tick takes more than half the
// tick interval, the load generator saturates, or the step/time budget ends.
import { value } from "../../packages/client/src/bots/prom-metrics.ts";
import { startLocalRedis } from "../../packages/server/src/launcher/local-redis.ts";
import { DEFAULT_RULES } from "../../packages/shared/src/rules/index.ts";
import { startServer } from "../../test/support/server-process.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, progress, writeResult } from "../support/report.ts";
import { comparison, type ModeRun, modeReport } from "./capacity-report.ts";
import { Generator } from "./generator-process.ts";
import type { GeneratorReply } from "./load-generator.ts";
import { measureStep, ms, type Step, snapshot } from "./measure-step.ts";

const HELP = `Usage: npm run bench:capacity -- [options]

Starts an Octet server, adds rooms of 8 bots step by step (bots in separate
load-generator processes) and reports, per step, the server's CPU per
room-second, tick duration p50/p99, tick start delay p99, RSS per client and
bytes per client per second. It stops at the first step where
  - the server's p99 tick duration exceeds half the tick interval, or
  - the server's p99 tick start delay exceeds a whole tick interval (its event loop is full), or
  - a load generator saturates (CPU >= 90% of a core, event-loop utilisation >= 90%,
    or event-loop delay p99 > half the tick interval): the bots, not the server, are the limit,
or when the step or time budget runs out. It says which.

  --rooms LIST      rooms at each step (default 1,2,4,8,16,24,32,48,64,96,128,160,192,256)
  --max-steps N     at most this many steps (default 12)
  --max-seconds S   start no new step after this many seconds (default 210)
  --measure S       seconds measured at each step (default 6)
  --settle S        seconds between adding rooms and measuring (default 3)
  --generators N    load-generator processes; rooms are dealt out among them (default 1)
  --record MODES    the live match record, one run per mode, compared side by side:
                    files (default), redis (a redis-server of its own, the record
                    appended there every tick, as a cluster runs), off (RECORD_MATCHES=0:
                    the baseline); e.g. --record off,redis
  --out FILE        JSON result path (default bench/results/capacity-<time>.json)
  --help            this text

Example: npm run bench:capacity -- --max-steps 5 --generators 2
`;

interface Options {
  rooms: number[];
  maxSteps: number;
  maxSeconds: number;
  measure: number;
  settle: number;
  generators: number;
  /** where the live match record goes (off: none), one run each */
  record: RecordMode[];
  out?: string;
}

function parseOptions(): Options | null {
  const values = benchArgs(HELP, {
    rooms: "1,2,4,8,16,24,32,48,64,96,128,160,192,256",
    "max-steps": "12",
    "max-seconds": "210",
    measure: "6",
    settle: "3",
    generators: "1",
    record: "files",
  });
  if (!values) return null;
  const rooms = values.rooms.split(",").map(Number);
  if (rooms.some((r, i) => !Number.isInteger(r) || r < 1 || (i > 0 && r <= rooms[i - 1]!)))
    throw new Error("--rooms must be increasing whole numbers, e.g. 1,2,4,8");
  const int = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    rooms,
    maxSteps: int("max-steps", values["max-steps"], 1, 100),
    maxSeconds: int("max-seconds", values["max-seconds"], 10, 3600),
    measure: int("measure", values.measure, 2, 600),
    settle: int("settle", values.settle, 0, 60),
    generators: int("generators", values.generators, 1, 8),
    record: recordModes(values.record),
    out: values.out,
  };
}

type RecordMode = "files" | "redis" | "off";

function recordModes(list: string): RecordMode[] {
  const modes = list.split(",").map((m) => m.trim());
  for (const m of modes)
    if (m !== "files" && m !== "redis" && m !== "off")
      throw new Error(`--record takes files, redis or off (comma-separated), got ${JSON.stringify(m)}`);
  if (new Set(modes).size !== modes.length) throw new Error("--record names a mode twice");
  return modes as RecordMode[];
}

async function main(): Promise<void> {
  const opts = parseOptions();
  if (!opts) return;
  const tickMs = 1000 / DEFAULT_RULES.ticks.criticalHz;
  const runs: ModeRun[] = [];
  for (const mode of opts.record) {
    progress(`--- match record: ${mode} ---`);
    runs.push(await runMode(opts, mode, tickMs));
  }
  process.stdout.write(
    `\nbench:capacity: rooms of 8 bots (wanderer, aggressor, gatherer, trainer), ${opts.generators} load generator(s), ` +
      `${opts.measure} s measured per step, ${fmt(tickMs)} ms ticks\n`,
  );
  for (const run of runs) process.stdout.write(`\n${modeReport(run)}\n`);
  if (runs.length > 1) process.stdout.write(`\n${comparison(runs)}\n`);
  const file = writeResult("capacity", { options: opts, tickMs, runs }, opts.out);
  process.stdout.write(`\nJSON: ${file}\n`);
}

/** One server with the match record in `mode`, rooms added step by step until a stop condition. */
async function runMode(opts: Options, mode: RecordMode, tickMs: number): Promise<ModeRun> {
  const started = performance.now();
  progress("starting the server");
  // Matches must outlast the bench; the rest are the default rules.
  const redis = mode === "redis" ? await startLocalRedis() : null;
  const recordEnv: Record<string, string> =
    mode === "off" ? { RECORD_MATCHES: "0" } : redis ? { REDIS_URL: redis.url } : {};
  const server = await startServer({
    rules: { match: { durationSeconds: 3600 } },
    env: { SEED: "1", ...recordEnv },
  });
  const gens = Array.from({ length: opts.generators }, (_, i) => new Generator(server.url, i + 1));
  const steps: Step[] = [];
  let stopReason = "";
  try {
    // The idle server's floor: CPU and memory with no rooms, once start-up
    // (module loading, JIT) has settled.
    await new Promise((r) => setTimeout(r, 2000));
    const idleA = await snapshot(server, gens);
    await new Promise((r) => setTimeout(r, 3000));
    const idleB = await snapshot(server, gens);
    const idleSeconds = (idleB.at - idleA.at) / 1000;
    const idleCpuMsPerSecond =
      ms(
        value(idleB.server, "process_cpu_seconds_total") - value(idleA.server, "process_cpu_seconds_total"),
      ) / idleSeconds;
    const idleRss = value(idleB.server, "process_resident_memory_bytes");
    progress(`idle server: ${fmt(idleCpuMsPerSecond, 2)} CPU ms/s, RSS ${fmt(idleRss / 1024 / 1024)} MB`);

    let rooms = 0;
    for (const [i, target] of opts.rooms.entries()) {
      if (i >= opts.maxSteps) {
        stopReason = `step budget reached (--max-steps ${opts.maxSteps})`;
        break;
      }
      if ((performance.now() - started) / 1000 > opts.maxSeconds) {
        stopReason = `time budget reached (--max-seconds ${opts.maxSeconds})`;
        break;
      }
      progress(`step ${i + 1}: ${target} rooms (${target * 8} bots)`);
      // Deal the new rooms out to the generators with the fewest.
      const adds = gens.map(() => 0);
      for (let k = rooms; k < target; k++) {
        const g = gens.reduce(
          (best, x, j) => (x.rooms + adds[j]! < gens[best]!.rooms + adds[best]! ? j : best),
          0,
        );
        adds[g]!++;
      }
      const added = await Promise.all(
        gens.map((g, j) =>
          adds[j]! > 0
            ? g.ask<Extract<GeneratorReply, { type: "added" }>>({ type: "add", rooms: adds[j]! })
            : Promise.resolve({ type: "added" as const, joined: 0, failed: 0 }),
        ),
      );
      gens.forEach((g, j) => {
        g.rooms += adds[j]!;
      });
      rooms = target;
      const failed = added.reduce((s, a) => s + a.failed, 0);
      if (failed > 0) {
        const errors = (await snapshot(server, gens)).generators.flatMap((g) => g.firstErrors);
        stopReason = `${failed} bots could not join: ${errors.slice(0, 3).join("; ")}`;
        break;
      }
      await new Promise((r) => setTimeout(r, opts.settle * 1000));
      const a = await snapshot(server, gens);
      await new Promise((r) => setTimeout(r, opts.measure * 1000));
      const b = await snapshot(server, gens);
      const step = measureStep(rooms, a, b, idleCpuMsPerSecond, idleRss, tickMs);
      steps.push(step);
      progress(
        `  ${step.clients} clients: ${fmt(step.serverCpuMsPerRoomSecond, 2)} CPU ms per room-s, tick p99 ${fmt(step.tickP99Ms, 2)} ms, ` +
          `start delay p99 ${fmt(step.tickStartDelayP99Ms, 2)} ms, generator CPU ${step.generators.map((g) => `${fmt(g.cpuPercentOfCore)}%`).join("/")}`,
      );
      if (step.stop) {
        stopReason = step.stop;
        break;
      }
    }
    if (!stopReason) stopReason = "every step in --rooms ran";
  } finally {
    progress("stopping the bots and the server");
    await Promise.all(gens.map((g) => g.stop()));
    await server.stop();
    await redis?.stop();
  }

  return { mode, steps, stopReason };
}

main().catch((err) => {
  console.error(`bench:capacity: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
