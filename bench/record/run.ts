// npm run bench:record -- [--rooms N] [--measure S] [--spectators N] [--out FILE]
// The match record's cost, side by side in one run: two server processes, one
// recording (RECORD_MATCHES=1, files) and one not (RECORD_MATCHES=0), each
// with the same rooms of 8 bots; server CPU per room-second from each one's
// /metrics, record bytes per match-minute from the records. Then live
// spectators on the recording server: its CPU and the players' bytes per
// second before and after adding them, and what each spectator receives.
import type { Room } from "@colyseus/sdk";
import { scrape, value } from "../../packages/client/src/bots/prom-metrics.ts";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";
import { MessageType } from "../../packages/shared/src/protocol/index.ts";
import { readRecord } from "../../packages/shared/src/record/index.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { fetchRecord, listRecords } from "../../test/support/records.ts";
import { type ServerHandle, startServer } from "../../test/support/server-process.ts";
import { Generator } from "../capacity/generator-process.ts";
import type { GeneratorStats } from "../capacity/load-generator.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";
import { recorderCost } from "./recorder-cost.ts";

const HELP = "Usage: npm run bench:record -- [--rooms N] [--measure S] [--spectators N] [--out FILE]\n";
const values = benchArgs(HELP, { rooms: "4", measure: "15", spectators: "4" }) ?? process.exit(0);
const rooms = Number(values.rooms);
const measureS = Number(values.measure);
const perRoom = Number(values.spectators);
// Matches long enough to outlast the run; they start as soon as 8 are in.
const rules = { players: { lobbyWaitSeconds: 0 }, match: { durationSeconds: 600, maxSpectators: 8 } };

interface Side {
  name: string;
  server: ServerHandle;
  gen: Generator;
}

interface Window {
  cpuMs: number;
  seconds: number;
  playerBytes: number;
  players: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function cpuMs(s: ServerHandle): Promise<number> {
  return value(await scrape(s.httpUrl), "process_cpu_seconds_total") * 1000;
}

/** Server CPU and the players' received bytes over `seconds`, measured on both sides at once. */
async function measure(sides: Side[], seconds: number): Promise<Window[]> {
  const before = await Promise.all(
    sides.map(async (s) => ({
      cpu: await cpuMs(s.server),
      g: await s.gen.ask<GeneratorStats>({ type: "stats" }),
    })),
  );
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const t1 = performance.now();
  return Promise.all(
    sides.map(async (s, i) => {
      const g = await s.gen.ask<GeneratorStats>({ type: "stats" });
      return {
        cpuMs: (await cpuMs(s.server)) - before[i]!.cpu,
        seconds: (t1 - t0) / 1000,
        playerBytes: g.bytesReceived - before[i]!.g.bytesReceived,
        players: g.joined,
      };
    }),
  );
}

progress("the recorder's own cost per tick, in this process (scripted 8-player matches)");
recorderCost([1, 2]); // warm-up
const own = recorderCost([3, 4, 5, 6]);

const sides: Side[] = [];
const watchers: Room[] = [];
try {
  for (const [name, on] of [
    ["recording on", "1"],
    ["recording off", "0"],
  ] as const) {
    const server = await startServer({ rules, env: { RECORD_MATCHES: on } });
    sides.push({ name, server, gen: new Generator(server.url, sides.length) });
  }
  progress("idle CPU of both servers");
  const idle = await measure(sides, 3);
  progress(`adding ${rooms} rooms of 8 bots to each server`);
  await Promise.all(sides.map((s) => s.gen.ask({ type: "add", rooms })));
  await sleep(3000);
  progress(`measuring ${measureS} s, both servers at once`);
  const loaded = await measure(sides, measureS);

  // Record sizes: the recording server's running matches.
  const on = sides[0]!;
  const metas = (await listRecords(on.server.httpUrl)).filter((m) => m.running);
  let recordBytes = 0;
  let recordMinutes = 0;
  for (const m of metas) {
    const r = readRecord(await fetchRecord(on.server.httpUrl, m.matchId));
    const hz = 10;
    recordBytes += r.byteLength;
    recordMinutes += r.ticks.length / hz / 60;
  }

  // Spectators on the recording server.
  progress(`adding ${perRoom} spectators to each of its ${metas.length} matches`);
  let spectatorBytes = 0;
  for (const m of metas) {
    for (let i = 0; i < perRoom; i++) {
      const room = await (await authorizedClient(on.server.url, "Watcher")).joinById(
        m.roomId,
        { spectate: true },
        MatchState,
      );
      room.onMessage(MessageType.Record, (b: Uint8Array) => {
        spectatorBytes += b.byteLength;
      });
      watchers.push(room);
    }
  }
  await sleep(2000);
  const spectatorBytesBefore = spectatorBytes;
  progress(`measuring ${measureS} s with ${watchers.length} spectators`);
  const [withSpectators] = await measure([on], measureS);
  const spectatorBytesPerSecond =
    (spectatorBytes - spectatorBytesBefore) / withSpectators!.seconds / watchers.length;

  const perRoomSecond = (w: Window, idleW: Window) =>
    (w.cpuMs / w.seconds - idleW.cpuMs / idleW.seconds) / rooms;
  const playerBps = (w: Window) => w.playerBytes / w.seconds / Math.max(1, w.players);
  const rows = sides.map((s, i) => [
    s.name,
    fmt(perRoomSecond(loaded[i]!, idle[i]!), 2),
    fmt((100 * loaded[i]!.cpuMs) / loaded[i]!.seconds / 1000, 1),
    fmt(playerBps(loaded[i]!), 0),
  ]);
  rows.push([
    `recording on + ${watchers.length} spectators`,
    fmt(perRoomSecond(withSpectators!, idle[0]!), 2),
    fmt((100 * withSpectators!.cpuMs) / withSpectators!.seconds / 1000, 1),
    fmt(playerBps(withSpectators!), 0),
  ]);
  const onCost = perRoomSecond(loaded[0]!, idle[0]!);
  const offCost = perRoomSecond(loaded[1]!, idle[1]!);
  const spectatorCpuMsPerSecond =
    (withSpectators!.cpuMs / withSpectators!.seconds - loaded[0]!.cpuMs / loaded[0]!.seconds) /
    watchers.length;
  console.log(`\n${rooms} rooms of 8 bots per server, ${measureS} s windows\n`);
  console.log(
    markdownTable(["server", "CPU ms per room-second", "CPU % of a core", "player bytes/s (each)"], rows),
  );
  console.log(
    `\nrecording overhead: ${fmt(onCost - offCost, 2)} ms per room-second (${fmt((100 * (onCost - offCost)) / offCost, 1)}% of the room's CPU)`,
  );
  console.log(
    `record size: ${fmt(recordBytes / Math.max(1e-9, recordMinutes) / 1024, 1)} KiB per match-minute (${metas.length} matches, ${fmt(recordMinutes, 2)} match-minutes, ${recordBytes} bytes)`,
  );
  console.log(
    `spectators: ${fmt(spectatorBytesPerSecond, 0)} bytes/s each, server CPU ${fmt(spectatorCpuMsPerSecond, 3)} ms per spectator-second`,
  );
  console.log(
    `recorder alone: ${fmt(own.recordUsPerTick, 1)} µs per tick vs ${fmt(own.stepUsPerTick, 1)} µs for the sim step (${own.ticks} ticks of busy scripted matches); at 10 Hz that is ${fmt(own.recordUsPerTick / 100, 2)} ms per room-second, ${fmt((100 * own.recordUsPerTick) / 100 / offCost, 1)}% of the measured room CPU without recording`,
  );
  const file = writeResult(
    "record",
    {
      recorderAlone: own,
      rooms,
      measureSeconds: measureS,
      rows: sides.map((s, i) => ({
        name: s.name,
        cpuMsPerRoomSecond: perRoomSecond(loaded[i]!, idle[i]!),
        playerBytesPerSecond: playerBps(loaded[i]!),
      })),
      withSpectators: {
        spectators: watchers.length,
        cpuMsPerRoomSecond: perRoomSecond(withSpectators!, idle[0]!),
        playerBytesPerSecond: playerBps(withSpectators!),
        spectatorBytesPerSecond,
        spectatorCpuMsPerSecond,
      },
      overheadMsPerRoomSecond: onCost - offCost,
      recordBytesPerMatchMinute: recordBytes / Math.max(1e-9, recordMinutes),
    },
    values.out,
  );
  console.log(`\nwrote ${file}`);
} finally {
  await Promise.allSettled(watchers.map((w) => w.leave()));
  await Promise.allSettled(sides.map((s) => s.gen.stop()));
  await Promise.allSettled(sides.map((s) => s.server.stop()));
}
