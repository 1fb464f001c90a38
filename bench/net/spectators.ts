// npm run bench:net:spectators -- [--rooms R] [--levels 0,4,16] [--rounds K] [--window S]
// What live spectators cost, on bench:net's scenario (rooms of 8 marcher bots,
// startGold 1500, the same seeds): one server, the same matches, with 0, 4
// and 16 spectators per match in turn, each level measured in K windows in a
// rotating order (0,4,16 / 4,16,0 / 16,0,4 ...) so the match's own drift and
// the shared machine's load fall on every level alike. Per level: each
// player's and each spectator's bytes per second (server-side, per socket),
// server CPU per room-second (medians of the windows), and the spectator
// feed's own CPU measured inside the server. CPU per spectator is
// the slope of a line fitted through every window.
import { loadavg } from "node:os";
import type { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import type { ServerHandle } from "../../test/support/server-process.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";
import { LONG_BENCH_RULES, startBots } from "./bots.ts";
import {
  fitLine,
  mean,
  median,
  type ProbeStats,
  percentile,
  readMeters,
  resetMeters,
  Spectators,
  sleep,
  startProbeServer,
} from "./probe-client.ts";

const HELP = `Usage: npm run bench:net:spectators -- [options]

  --rooms R     matches of 8 bots (default 2)
  --levels L    spectators per match to compare, comma-separated (default 0,4,16)
  --rounds K    windows per level, in rotating order (default 4)
  --window S    seconds per window (default 10)
  --warmup S    seconds of play before the first window (default 45: armies built, the
                early game's bursts over)
  --out FILE    JSON result path (default bench/results/spectators-<time>.json)
`;

const values =
  benchArgs(HELP, { rooms: "2", levels: "0,4,16", rounds: "4", window: "10", warmup: "45" }) ??
  process.exit(0);
const rooms = Number(values.rooms);
const levels = values.levels.split(",").map(Number);
const rounds = Number(values.rounds);
const windowS = Number(values.window);
const warmup = Number(values.warmup);
if (!Number.isInteger(rooms) || rooms < 1 || rooms > 8) throw new Error("--rooms must be 1 to 8");
if (levels.some((l) => !Number.isInteger(l) || l < 0 || l > 64) || !levels.includes(0))
  throw new Error("--levels must be whole numbers from 0 to 64, 0 among them");
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be a whole number >= 1");
if (!(windowS >= 2) || !(warmup >= 0)) throw new Error("--window must be >= 2 s and --warmup >= 0");

interface Window {
  round: number;
  level: number;
  stats: ProbeStats;
}

const rules = {
  ...LONG_BENCH_RULES,
  match: { ...LONG_BENCH_RULES.match, maxSpectators: Math.max(...levels) },
};
let server: ServerHandle | undefined;
let bots: HeadlessBot[] = [];
const watchers: Spectators[] = [];
const windows: Window[] = [];
try {
  progress("starting the probe server");
  server = await startProbeServer(rules);
  bots = await startBots({ url: server.url, count: rooms * 8 });
  const roomIds = [...new Set(bots.map((b) => b.conn!.room.roomId))];
  for (const id of roomIds) watchers.push(new Spectators(server.url, id));
  progress(`${bots.length} bots in ${roomIds.length} matches; warming up ${warmup} s`);
  await sleep(warmup * 1000);
  for (let round = 0; round < rounds; round++) {
    const order = levels.map((_, i) => levels[(i + round) % levels.length]!);
    for (const level of order) {
      await Promise.all(watchers.map((w) => w.setSize(level)));
      // Past the catch-up (the record so far) each new spectator gets at once.
      await sleep(2000);
      await resetMeters(server);
      progress(`round ${round + 1}/${rounds}: ${level} spectators per match, ${windowS} s`);
      await sleep(windowS * 1000);
      const stats = await readMeters(server);
      // Every window must see the same players and the wanted spectators, or its figures mean nothing.
      const players = stats.clients.filter((c) => !c.spectator).length;
      const watching = stats.clients.filter((c) => c.spectator).length;
      if (players !== bots.length || watching !== level * roomIds.length)
        throw new Error(
          `window with ${players} players and ${watching} spectators, not ${bots.length} and ${level * roomIds.length}`,
        );
      windows.push({ round, level, stats });
    }
  }
} finally {
  await Promise.allSettled(watchers.map((w) => w.setSize(0)));
  await Promise.allSettled(bots.map((b) => b.leave()));
  await server?.stop();
}

const perRoomSecond = (ms: number, w: Window) => ms / rooms / w.stats.seconds;
const rate = (w: Window, spectator: boolean) =>
  w.stats.clients.filter((c) => c.spectator === spectator).map((c) => c.bytes / w.stats.seconds);
const summary = levels.map((level) => {
  const ws = windows.filter((w) => w.level === level);
  const players = ws.flatMap((w) => rate(w, false));
  const spectators = ws.flatMap((w) => rate(w, true));
  const cpu = ws.map((w) => perRoomSecond(w.stats.cpuMs, w));
  return {
    level,
    windows: ws.length,
    playerBytesPerSecond: { mean: mean(players), p95: percentile(players, 95), samples: players.length },
    spectatorBytesPerSecond: spectators.length
      ? { mean: mean(spectators), p95: percentile(spectators, 95), samples: spectators.length }
      : null,
    cpuMsPerRoomSecond: { median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu) },
    threadCpuMsPerRoomSecond: median(ws.map((w) => perRoomSecond(w.stats.threadCpuMs, w))),
    feedCpuMsPerRoomSecond: median(ws.map((w) => perRoomSecond(w.stats.feedCpuMs, w))),
    tickCpuMsPerRoomSecond: median(ws.map((w) => perRoomSecond(w.stats.tickCpuMs, w))),
    loadAverage1m: median(ws.map((w) => w.stats.loadAverage[0])),
  };
});
// Players' bytes drift as the matches go on (armies grow, fights come and go) far more than
// spectators could move them, so each level is also compared with the level-0 window of the
// same round (a few tens of seconds apart): the median of those ratios.
const playerMean = (w: Window) => mean(rate(w, false));
const pairedRatio = (level: number) =>
  median(
    windows
      .filter((w) => w.level === level)
      .map((w) => playerMean(w) / playerMean(windows.find((z) => z.round === w.round && z.level === 0)!)),
  );
// CPU per spectator: ms per room-second per spectator of that room = ms per spectator-second.
const xs = windows.map((w) => w.level);
const slopeOf = (ms: (w: Window) => number) =>
  fitLine(
    xs,
    windows.map((w) => perRoomSecond(ms(w), w)),
  ).slope;
const perSpectator = {
  processCpuMsPerSpectatorSecond: slopeOf((w) => w.stats.cpuMs),
  threadCpuMsPerSpectatorSecond: slopeOf((w) => w.stats.threadCpuMs),
  feedCpuMsPerSpectatorSecond: slopeOf((w) => w.stats.feedCpuMs),
  tickCpuMsPerSpectatorSecond: slopeOf((w) => w.stats.tickCpuMs),
};

const header = ["per match", ...levels.map((l) => (l === 0 ? "without spectators" : `with ${l} spectators`))];
const cells = (f: (s: (typeof summary)[number]) => string) => summary.map(f);
const rows = [
  ["player bytes/s, mean", ...cells((s) => fmt(s.playerBytesPerSecond.mean, 0))],
  ["player bytes/s, p95", ...cells((s) => fmt(s.playerBytesPerSecond.p95, 0))],
  [
    "spectator bytes/s, mean (p95)",
    ...cells((s) =>
      s.spectatorBytesPerSecond
        ? `${fmt(s.spectatorBytesPerSecond.mean, 0)} (${fmt(s.spectatorBytesPerSecond.p95, 0)})`
        : "-",
    ),
  ],
  [
    "server CPU ms per room-s, median [min-max]",
    ...cells(
      (s) =>
        `${fmt(s.cpuMsPerRoomSecond.median, 2)} [${fmt(s.cpuMsPerRoomSecond.min, 2)}-${fmt(s.cpuMsPerRoomSecond.max, 2)}]`,
    ),
  ],
  ["main-thread CPU ms per room-s, median", ...cells((s) => fmt(s.threadCpuMsPerRoomSecond, 2))],
  [
    "rooms' tick CPU ms per room-s (metered in the server), median",
    ...cells((s) => fmt(s.tickCpuMsPerRoomSecond, 2)),
  ],
  ["spectator feed CPU ms per room-s (in-process)", ...cells((s) => fmt(s.feedCpuMsPerRoomSecond, 3))],
  ["load average (1 min), median", ...cells((s) => fmt(s.loadAverage1m, 2))],
];
const base = summary[0]!;
const us = (ms: number) => fmt(ms * 1000, 1);
process.stdout.write(
  `\nbench:net:spectators: ${rooms} match(es) x 8 marcher bots (startGold 1500, seeds 1000+), ` +
    `${rounds} window(s) of ${windowS} s per level, rotating order; load average now ${loadavg()
      .map((l) => fmt(l, 2))
      .join(" ")}\n\n${markdownTable(header, rows)}\n\n` +
    `CPU per spectator (least-squares slope over all ${windows.length} windows): ` +
    `process ${us(perSpectator.processCpuMsPerSpectatorSecond)} µs, main thread ${us(perSpectator.threadCpuMsPerSpectatorSecond)} µs, ` +
    `rooms' ticks (in-process; the corked sockets' writes come just after) ${us(perSpectator.tickCpuMsPerSpectatorSecond)} µs, ` +
    `spectator feed alone (in-process) ${us(perSpectator.feedCpuMsPerSpectatorSecond)} µs per spectator-second\n` +
    summary
      .slice(1)
      .map(
        (s) =>
          `with ${s.level}: players' mean bytes/s ${fmt((100 * s.playerBytesPerSecond.mean) / base.playerBytesPerSecond.mean - 100, 1)}% vs without ` +
          `(same-round pairs, median: ${fmt(100 * pairedRatio(s.level) - 100, 1)}%)`,
      )
      .join("\n") +
    "\n",
);
const paired = Object.fromEntries(levels.slice(1).map((l) => [l, pairedRatio(l)]));
const file = writeResult(
  "spectators",
  {
    rooms,
    levels,
    rounds,
    windowS,
    warmup,
    summary,
    perSpectator,
    playerBytesSameRoundRatio: paired,
    windows,
  },
  values.out,
);
process.stdout.write(`\nJSON: ${file}\n`);
