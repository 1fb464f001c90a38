import { cpus } from "node:os";
import {
  type Buckets,
  buckets,
  bucketsBetween,
  quantile,
  type Scrape,
  scrape,
  value,
} from "../../packages/client/src/bots/prom-metrics.ts";
import type { ServerHandle } from "../../test/support/server-process.ts";
import { fmt } from "../support/report.ts";
import type { Generator } from "./generator-process.ts";
import type { GeneratorStats } from "./load-generator.ts";

export interface Snapshot {
  at: number;
  server: Scrape;
  generators: GeneratorStats[];
  /** the machine's CPU time, busy and total, all cores (ms) */
  machine: { busy: number; total: number };
}

function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const c of cpus()) {
    const t = c.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

export interface Step {
  rooms: number;
  clients: number;
  seconds: number;
  serverCpuMsPerRoomSecond: number;
  serverCpuPercentOfCore: number;
  tickP50Ms: number;
  tickP99Ms: number;
  tickStartDelayP99Ms: number;
  rssMb: number;
  rssKbPerClient: number;
  bytesPerClientSecond: number;
  generators: Array<{ cpuPercentOfCore: number; eventLoopUtilization: number; lagP99Ms: number }>;
  /** every process on the machine, as a share of all its cores */
  machineCpuPercent: number;
  stop: string | null;
}

export async function snapshot(server: ServerHandle, gens: Generator[]): Promise<Snapshot> {
  const [s, ...g] = await Promise.all([
    scrape(server.httpUrl),
    ...gens.map((x) => x.ask<GeneratorStats>({ type: "stats" })),
  ]);
  return {
    at: performance.now(),
    server: s as Scrape,
    generators: g as GeneratorStats[],
    machine: machineCpu(),
  };
}

export const ms = (seconds: number) => seconds * 1000;

/** One step's figures from two snapshots, and why the run should stop there (null to go on). */
export function measureStep(
  rooms: number,
  a: Snapshot,
  b: Snapshot,
  idleCpuMsPerSecond: number,
  idleRss: number,
  tickMs: number,
): Step {
  const seconds = (b.at - a.at) / 1000;
  const cpuMs = ms(
    value(b.server, "process_cpu_seconds_total") - value(a.server, "process_cpu_seconds_total"),
  );
  const ticks: Buckets = bucketsBetween(
    buckets(a.server, "octet_tick_duration_seconds"),
    buckets(b.server, "octet_tick_duration_seconds"),
  );
  const delays = bucketsBetween(
    buckets(a.server, "octet_tick_start_delay_seconds"),
    buckets(b.server, "octet_tick_start_delay_seconds"),
  );
  const clients = value(b.server, "octet_clients");
  const rss = value(b.server, "process_resident_memory_bytes");
  const bytes = b.generators.reduce((s, g, i) => s + g.bytesReceived - a.generators[i]!.bytesReceived, 0);
  const generators = b.generators.map((g, i) => {
    const p = a.generators[i]!;
    const active = g.eluActiveMs - p.eluActiveMs;
    const idle = g.eluIdleMs - p.eluIdleMs;
    return {
      cpuPercentOfCore: (100 * (g.cpuMs - p.cpuMs)) / (seconds * 1000),
      eventLoopUtilization: active / Math.max(1e-9, active + idle),
      lagP99Ms: g.lagP99Ms,
    };
  });
  const step: Step = {
    rooms,
    clients,
    seconds,
    // The idle process's own floor (GC, timers, metrics) is not the rooms' cost.
    serverCpuMsPerRoomSecond: (cpuMs - idleCpuMsPerSecond * seconds) / rooms / seconds,
    serverCpuPercentOfCore: cpuMs / 10 / seconds,
    tickP50Ms: ms(quantile(ticks, 0.5)),
    tickP99Ms: ms(quantile(ticks, 0.99)),
    tickStartDelayP99Ms: ms(quantile(delays, 0.99)),
    rssMb: rss / 1024 / 1024,
    rssKbPerClient: clients > 0 ? (rss - idleRss) / 1024 / clients : 0,
    bytesPerClientSecond: clients > 0 ? bytes / clients / seconds : 0,
    generators,
    machineCpuPercent:
      (100 * (b.machine.busy - a.machine.busy)) / Math.max(1, b.machine.total - a.machine.total),
    stop: null,
  };
  const half = tickMs / 2;
  const reasons: string[] = [];
  if (step.tickP99Ms > half)
    reasons.push(
      `server: p99 tick duration ${fmt(step.tickP99Ms)} ms > half the tick interval (${fmt(half)} ms)`,
    );
  if (step.tickStartDelayP99Ms > tickMs)
    reasons.push(
      `server: p99 tick start delay ${fmt(step.tickStartDelayP99Ms)} ms > the tick interval (${fmt(tickMs)} ms): its event loop is full`,
    );
  generators.forEach((g, i) => {
    const why = [
      g.cpuPercentOfCore >= 90 ? `CPU ${fmt(g.cpuPercentOfCore)}% of a core` : "",
      g.eventLoopUtilization >= 0.9 ? `event-loop utilisation ${fmt(100 * g.eventLoopUtilization)}%` : "",
      g.lagP99Ms > half ? `event-loop delay p99 ${fmt(g.lagP99Ms)} ms` : "",
    ].filter(Boolean);
    if (why.length > 0) reasons.push(`load generator ${i + 1} saturated: ${why.join(", ")}`);
  });
  // On a small machine the server and the bots share the cores: say so when they are all busy.
  const busy =
    step.machineCpuPercent >= 90
      ? ` (the machine's ${cpus().length} cores were ${fmt(step.machineCpuPercent)}% busy: server, bots and anything else running)`
      : "";
  step.stop = reasons.length > 0 ? reasons.join("; ") + busy : null;
  return step;
}
