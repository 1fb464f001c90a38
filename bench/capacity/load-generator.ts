// A load-generator process for bench:capacity: rooms of 8 headless bots (the
// bots CLI's Fleet), added on request over IPC, with its own CPU, event-loop
// utilisation and event-loop delay, so the bench can tell when the load
// generator, not the server, is the limit.
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { Fleet } from "../../packages/client/src/bots/fleet.ts";
import { STRATEGY_NAMES } from "../../packages/client/src/bots/strategies/index.ts";
import { assignStrategies, parseStrategyMix } from "../../packages/client/src/bots/strategy-mix.ts";

export type GeneratorRequest = { type: "add"; rooms: number } | { type: "stats" } | { type: "stop" };

export interface GeneratorStats {
  type: "stats";
  connected: number;
  joined: number;
  target: number;
  errors: number;
  firstErrors: string[];
  bytesReceived: number;
  messagesReceived: number;
  /** cumulative CPU time of this process (ms) and event-loop busy/idle time (ms) */
  cpuMs: number;
  eluActiveMs: number;
  eluIdleMs: number;
  /** event-loop delay since the previous stats request (ms) */
  lagP99Ms: number;
  lagMaxMs: number;
}

export type GeneratorReply =
  | { type: "added"; joined: number; failed: number }
  | GeneratorStats
  | { type: "stopped" };

const [url, index, seed, mix] = process.argv.slice(2);
if (!url || !process.send) throw new Error("load-generator.ts is started by bench/capacity/run.ts over IPC");

// The SDK narrates reconnections; a bench's stderr is for the bench's own progress.
console.info = () => {};

const strategies = parseStrategyMix(mix ?? "wanderer,aggressor,gatherer,trainer", STRATEGY_NAMES);
const fleet = new Fleet({
  url,
  botsPerRoom: 8,
  strategies: [],
  link: { latencyMs: 0, jitterMs: 0 },
  seed: Number(seed ?? 1) * 1000 + Number(index ?? 0),
  privateRooms: true,
  namePrefix: `g${index}-`,
});
// The histogram records each sampling timer's whole interval; the delay is what exceeds the resolution.
const LAG_RESOLUTION_MS = 10;
const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
lag.enable();

function send(reply: GeneratorReply): void {
  process.send!(reply);
}

function stats(): GeneratorStats {
  const t = fleet.totals();
  const cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  const s: GeneratorStats = {
    type: "stats",
    connected: t.connected,
    joined: t.joined,
    target: t.target,
    errors: t.errorCount,
    firstErrors: fleet
      .records()
      .flatMap((r) => r.errors)
      .slice(0, 5),
    bytesReceived: t.bytesReceived,
    messagesReceived: t.messagesReceived,
    cpuMs: (cpu.user + cpu.system) / 1000,
    eluActiveMs: elu.active,
    eluIdleMs: elu.idle,
    lagP99Ms: Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS),
    lagMaxMs: Math.max(0, lag.max / 1e6 - LAG_RESOLUTION_MS),
  };
  lag.reset();
  return s;
}

process.on("message", async (msg: GeneratorRequest) => {
  switch (msg.type) {
    case "add": {
      const before = fleet.totals();
      await fleet.add(assignStrategies(strategies, msg.rooms * 8));
      const after = fleet.totals();
      send({
        type: "added",
        joined: after.joined - before.joined,
        failed: msg.rooms * 8 - (after.joined - before.joined),
      });
      break;
    }
    case "stats":
      send(stats());
      break;
    case "stop":
      await fleet.stop(1000, 0);
      send({ type: "stopped" });
      process.disconnect();
      process.exit(0);
  }
});
