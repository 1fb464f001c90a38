// npm run bench:record -- [--rooms N] [--windows K] [--window S] [--warmup S] [--sides on,off] [--out FILE]
// The match record's cost, side by side in one run: two probe servers
// (bench/net/server.ts), one recording to files (RECORD_MATCHES=1) and one not
// (RECORD_MATCHES=0), each with the same rooms of the same 8 marcher bots as
// bench:net. Both are measured over the same K windows, so the shared
// machine's load falls on both alike; medians of the windows, and the median
// of each window's difference. Three views of the recorder's cost:
// (1) the two servers' process CPU per room-second, (2) the CPU time
// inside the recorder, metered in the recording server, (3) the recorder
// alone in this process on scripted matches (no sockets, no other load).
// Record bytes per match-minute from the recording server's records.
// Spectators' costs: npm run bench:net:spectators.
import { loadavg } from "node:os";
import type { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { readRecord } from "../../packages/shared/src/record/index.ts";
import { DEFAULT_RULES } from "../../packages/shared/src/rules/index.ts";
import { fetchRecord, listRecords } from "../../test/support/records.ts";
import type { ServerHandle } from "../../test/support/server-process.ts";
import { LONG_BENCH_RULES, startBots } from "../net/bots.ts";
import {
  median,
  type ProbeStats,
  readMeters,
  resetMeters,
  sleep,
  startProbeServer,
} from "../net/probe-client.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";
import { recorderCost } from "./recorder-cost.ts";

const HELP = `Usage: npm run bench:record -- [options]

  --rooms N     rooms of 8 marcher bots per server (default 2)
  --windows K   measurement windows, both servers at once (default 6)
  --window S    seconds per window (default 10)
  --warmup S    seconds of play before the first window (default 15)
  --sides A,B   the two servers, in start order: on,off (default), off,on, or an A/A check (off,off)
  --out FILE    JSON result path (default bench/results/record-<time>.json)
`;
const values =
  benchArgs(HELP, { rooms: "2", windows: "6", window: "10", warmup: "15", sides: "on,off" }) ??
  process.exit(0);
const rooms = Number(values.rooms);
const windowCount = Number(values.windows);
const windowS = Number(values.window);
const warmup = Number(values.warmup);
if (!Number.isInteger(rooms) || rooms < 1 || rooms > 8) throw new Error("--rooms must be 1 to 8");
if (!Number.isInteger(windowCount) || windowCount < 1) throw new Error("--windows must be >= 1");
if (!(windowS >= 2) || !(warmup >= 0)) throw new Error("--window must be >= 2 s and --warmup >= 0");

progress("the recorder's own cost per tick, in this process (scripted 8-player matches)");
recorderCost([1, 2]); // warm-up
const own = recorderCost([3, 4, 5, 6]);

// --sides off,off (or on,on) runs the same bench as an A/A check: how far two like servers differ.
const sideNames = values.sides.split(",");
if (sideNames.length !== 2 || sideNames.some((n) => n !== "on" && n !== "off"))
  throw new Error("--sides takes two of on, off (default on,off)");
// The columns and differences are "on" minus "off" whichever server started first; run
// --sides on,off and --sides off,on and average to cancel what comes of the order itself.
const ON = sideNames[0] === "off" && sideNames[1] === "on" ? 1 : 0;
const OFF = 1 - ON;
const SIDES = sideNames.map((n) => ({
  name: `recording ${n}`,
  env: { RECORD_MATCHES: n === "on" ? "1" : "0" },
}));
const servers: ServerHandle[] = [];
const bots: HeadlessBot[] = [];
const windows: ProbeStats[][] = []; // [window][side]
let recordBytes = 0;
let recordMinutes = 0;
let recordCount = 0;
try {
  progress(`starting two probe servers (${SIDES.map((s) => s.name).join(", ")}) and ${rooms * 8} bots each`);
  for (const side of SIDES) servers.push(await startProbeServer(LONG_BENCH_RULES, side.env));
  // Both servers' bots join at once, so neither side's matches are ahead of the other's.
  for (const joined of await Promise.all(servers.map((s) => startBots({ url: s.url, count: rooms * 8 }))))
    bots.push(...joined);
  progress(`warming up ${warmup} s`);
  await sleep(warmup * 1000);
  for (let i = 0; i < windowCount; i++) {
    await Promise.all(servers.map(resetMeters));
    progress(`window ${i + 1}/${windowCount}: ${windowS} s, both servers at once`);
    await sleep(windowS * 1000);
    windows.push(await Promise.all(servers.map(readMeters)));
  }
  // Record sizes: the recording server's running matches, so far.
  const on = servers[ON]!;
  const listed = sideNames[ON] === "on" ? await listRecords(on.httpUrl) : [];
  for (const m of listed.filter((r) => r.running)) {
    const r = readRecord(await fetchRecord(on.httpUrl, m.matchId));
    recordBytes += r.byteLength;
    recordMinutes += r.ticks.length / DEFAULT_RULES.ticks.criticalHz / 60;
    recordCount++;
  }
} finally {
  await Promise.allSettled(bots.map((b) => b.leave()));
  await Promise.allSettled(servers.map((s) => s.stop()));
}

const perRoomSecond = (ms: number, s: ProbeStats) => ms / rooms / s.seconds;
const col = (side: number, f: (s: ProbeStats) => number) => windows.map((w) => f(w[side]!));
const cpu = (side: number) => col(side, (s) => perRoomSecond(s.cpuMs, s));
const thread = (side: number) => col(side, (s) => perRoomSecond(s.threadCpuMs, s));
const onCpu = cpu(ON);
const offCpu = cpu(OFF);
const diffs = onCpu.map((v, i) => v - offCpu[i]!);
const recorderMs = col(ON, (s) => perRoomSecond(s.recorderCpuMs, s));
const tickOn = col(ON, (s) => perRoomSecond(s.tickCpuMs, s));
const tickOff = col(OFF, (s) => perRoomSecond(s.tickCpuMs, s));
const tickDiffs = tickOn.map((v, i) => v - tickOff[i]!);
const offMedian = median(offCpu);
const pct = (ms: number) => `${fmt((100 * ms) / offMedian, 1)}%`;
const rows = [
  ["server CPU ms per room-s, median", fmt(median(onCpu), 2), fmt(offMedian, 2)],
  [
    "  min-max over the windows",
    `${fmt(Math.min(...onCpu), 2)}-${fmt(Math.max(...onCpu), 2)}`,
    `${fmt(Math.min(...offCpu), 2)}-${fmt(Math.max(...offCpu), 2)}`,
  ],
  ["main-thread CPU ms per room-s, median", fmt(median(thread(ON)), 2), fmt(median(thread(OFF)), 2)],
  [
    "rooms' tick CPU ms per room-s (metered in the server), median",
    fmt(median(tickOn), 2),
    fmt(median(tickOff), 2),
  ],
  ["recorder CPU ms per room-s (metered in the server)", fmt(median(recorderMs), 3), "-"],
  [
    "record bytes per match-minute",
    `${fmt(recordBytes / Math.max(1e-9, recordMinutes), 0)} (${fmt(recordBytes / Math.max(1e-9, recordMinutes) / 1024, 1)} KiB)`,
    "0",
  ],
  ["load average (1 min), median", fmt(median(col(0, (s) => s.loadAverage[0])), 2), "(same machine)"],
];
const ownMs = own.recordUsPerTick / 100; // µs per tick at 10 Hz -> ms per room-second
const header = ["", ...[ON, OFF].map((i) => `${SIDES[i]!.name} (server ${i + 1})`)];
process.stdout.write(
  `\nbench:record: ${rooms} room(s) x 8 marcher bots per server (startGold 1500, bench:net's seeds), ` +
    `${windowCount} windows of ${windowS} s, both servers measured at once; load average now ${loadavg()
      .map((l) => fmt(l, 2))
      .join(" ")}\n\n${markdownTable(header, rows)}\n\n` +
    `recording overhead, three views (goal: under 5% of the room's CPU, here ${fmt(offMedian, 2)} ms per room-second without recording):\n` +
    `  (1) process CPU, median of the windows' on-off differences: ${fmt(median(diffs), 2)} ms per room-second = ${pct(median(diffs))} ` +
    `(each window: ${diffs.map((d) => fmt(d, 2)).join(", ")})\n` +
    `  (1b) the rooms' ticks metered in each server (no socket reads, GC of other work, idle timers), median of the windows' differences: ` +
    `${fmt(median(tickDiffs), 2)} ms per room-second = ${pct(median(tickDiffs))} (each window: ${tickDiffs.map((d) => fmt(d, 2)).join(", ")})\n` +
    `  (2) CPU inside the recorder (encode, hash, store append), metered in the server: ${fmt(median(recorderMs), 3)} ms per room-second = ${pct(median(recorderMs))}\n` +
    `  (3) the recorder alone, this process, ${own.ticks} ticks of scripted matches: ${fmt(own.recordUsPerTick, 1)} µs per tick ` +
    `(the sim step: ${fmt(own.stepUsPerTick, 1)} µs) = ${fmt(ownMs, 3)} ms per room-second at 10 Hz = ${pct(ownMs)}\n` +
    `record size: ${recordCount} running matches, ${fmt(recordMinutes, 2)} match-minutes, ${recordBytes} bytes\n`,
);
const file = writeResult(
  "record",
  {
    rooms,
    windowCount,
    windowS,
    warmup,
    recorderAlone: own,
    cpuMsPerRoomSecond: { on: onCpu, off: offCpu, diffs, medianOn: median(onCpu), medianOff: offMedian },
    recorderCpuMsPerRoomSecond: recorderMs,
    tickCpuMsPerRoomSecond: { on: tickOn, off: tickOff, diffs: tickDiffs },
    overheadPercent: {
      processCpu: (100 * median(diffs)) / offMedian,
      tickCpu: (100 * median(tickDiffs)) / offMedian,
      inProcessRecorder: (100 * median(recorderMs)) / offMedian,
      recorderAlone: (100 * ownMs) / offMedian,
    },
    recordBytesPerMatchMinute: recordBytes / Math.max(1e-9, recordMinutes),
    windows,
  },
  values.out,
);
process.stdout.write(`\nJSON: ${file}\n`);
