import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sampled function's time goes, from its script URL and name; first match wins. */
const CATEGORIES: Array<[string, (url: string, fn: string) => boolean]> = [
  [
    "startup (module loading, TypeScript stripping)",
    (u, f) =>
      /node:internal\/(modules|deps\/amaro|bootstrap)|^wasm:/.test(u) || f === "compileSourceTextModule",
  ],
  ["bench instrumentation (floor counting)", (u) => u.includes("/bench/")],
  ["simulation (shared/sim)", (u) => u.includes("/packages/shared/src/sim/")],
  ["state mirroring (shared/state)", (u) => u.includes("/packages/shared/src/state/")],
  [
    "action decoding (shared/protocol, protobufjs)",
    (u) => u.includes("/packages/shared/src/protocol/") || u.includes("/protobufjs/"),
  ],
  ["interest management (server/interest)", (u) => u.includes("/packages/server/src/interest/")],
  ["room adapter (server/rooms)", (u) => u.includes("/packages/server/src/rooms/")],
  ["@colyseus/schema encoding", (u) => u.includes("/@colyseus/schema/")],
  ["@colyseus/core (rooms, messages)", (u) => u.includes("/@colyseus/")],
  [
    "WebSocket framing and socket I/O (ws, node net/streams)",
    (u, f) =>
      u.includes("/ws/lib/") ||
      /node:(internal\/)?(net|stream|streams|stream_base_commons|buffer|events)/.test(u) ||
      f === "writev" ||
      f === "writeUtf8String" ||
      f === "writeBuffer",
  ],
  ["garbage collection", (_u, f) => f === "(garbage collector)"],
  ["timers, promises, other Node internals", (u, f) => u.startsWith("node:") || f === "(program)"],
];

export interface CpuShare {
  category: string;
  ms: number;
  /** share of the busy time (not idle, not startup, not the benchmark's own counting) */
  share: number;
}

/** Splits the busy time of the .cpuprofile files in `dir` into categories. */
export function summarizeProfiles(dir: string): { busyMs: number; startupMs: number; shares: CpuShare[] } {
  const totals = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
    const category = new Map<number, string>();
    for (const n of profile.nodes) {
      const { url, functionName } = n.callFrame;
      if (functionName === "(idle)" || functionName === "(root)") continue;
      category.set(n.id, CATEGORIES.find(([, match]) => match(url, functionName))?.[0] ?? "other");
    }
    profile.samples.forEach((id, i) => {
      const c = category.get(id);
      if (c) totals.set(c, (totals.get(c) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  // Startup and the benchmark's own counting are not part of running a match.
  const startupKey = CATEGORIES[0]![0];
  const startupMs = totals.get(startupKey) ?? 0;
  totals.delete(startupKey);
  totals.delete(CATEGORIES[1]![0]);
  const busyMs = [...totals.values()].reduce((a, b) => a + b, 0);
  const shares = [...totals]
    .map(([c, ms]) => ({ category: c, ms, share: busyMs > 0 ? ms / busyMs : 0 }))
    .sort((a, b) => b.ms - a.ms);
  return { busyMs, startupMs, shares };
}
