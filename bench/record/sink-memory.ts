// npm run bench:record:memory -- [--rooms N] [--minutes M] [--out FILE]
// What the Redis record sink keeps in memory beside the recorder, per room:
// rooms of scripted 8-player matches (their recorders hold every chunk, as in
// a room), each appended to a real redis-server one chunk per write (a tick's
// write, as a room makes it), then the heap and Buffer memory measured after a
// full GC, against the same recorders with no sink. Then the same matches
// resumed: a sink that goes on from the record Redis holds, given one more
// tick. Run with --expose-gc (the npm script does).
import { startLocalRedis } from "../../packages/server/src/launcher/local-redis.ts";
import { openingMeta, type RecordSink } from "../../packages/server/src/replays/record-store.ts";
import { RecordRedisStore } from "../../packages/server/src/replays/redis-store.ts";
import { playScriptedMatch, shortRules } from "../../packages/shared/test/support/scripted-match.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";

const HELP = `Usage: npm run bench:record:memory -- [options]

  --rooms N     matches recorded at once (default 8)
  --minutes M   match length, minutes of play at 10 ticks/s (default 2)
  --out FILE    JSON result path (default bench/results/record-memory-<time>.json)
`;
const values = benchArgs(HELP, { rooms: "8", minutes: "2" }) ?? process.exit(0);
const rooms = Number(values.rooms);
const minutes = Number(values.minutes);
if (!Number.isInteger(rooms) || rooms < 1 || rooms > 64) throw new Error("--rooms must be 1 to 64");
if (!(minutes > 0 && minutes <= 30)) throw new Error("--minutes must be more than 0 and at most 30");
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:record:memory does)");

/** Heap in use and Buffers' memory after a full collection (bytes). */
function memory(): { heap: number; external: number } {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external };
}

progress(`playing ${rooms} scripted matches of ${minutes} min`);
const matches = Array.from({ length: rooms }, (_, i) => playScriptedMatch(shortRules(minutes * 60), 100 + i));
const recordKb = matches.reduce((s, m) => s + m.bytes.byteLength, 0) / 1024 / rooms;
const redis = await startLocalRedis();
const store = new RecordRedisStore(redis.url, { keep: 1000, maxAgeMs: 3_600_000, maxRecordBytes: 64 << 20 });
const meta = (i: number) =>
  openingMeta({ matchId: `mem-${i}`, roomId: `mem${i}`, seed: 100 + i, startTimeMs: Date.now() });

/** Every match's chunks through its sink, one chunk per write, the rooms' writes interleaved as their ticks are. */
async function writeAll(sinks: RecordSink[]): Promise<void> {
  const most = Math.max(...matches.map((m) => m.recorder.chunksSoFar().length));
  for (let c = 0; c < most; c++) {
    matches.forEach((m, i) => {
      const chunk = m.recorder.chunksSoFar()[c];
      if (chunk) sinks[i]!.append(chunk);
    });
    await Promise.all(sinks.map((s) => s.flushed()));
  }
}

try {
  // Warm-up: the code paths of a sink and of ioredis compiled once, so their
  // code and feedback are in neither measure.
  const warm = playScriptedMatch(shortRules(20), 99);
  const warmSink = store.open(meta(99), warm.recorder);
  for (const chunk of warm.recorder.chunksSoFar()) {
    warmSink.append(chunk);
    await warmSink.flushed();
  }
  const base = memory();
  progress("live sinks: every chunk appended to Redis");
  const live = matches.map((m, i) => store.open(meta(i), m.recorder));
  await writeAll(live);
  const withLive = memory();

  progress("resumed sinks: each goes on from the record Redis holds, one tick more");
  const resumed = matches.map((m, i) =>
    store.open(meta(i), m.recorder, { continuesAt: m.recorder.byteLength }),
  );
  const last = matches.map((m) => m.recorder.chunksSoFar().at(-1)!);
  for (const [i, s] of resumed.entries()) s.append(last[i]!);
  await Promise.all(resumed.map((s) => s.flushed()));
  const withResumed = memory();
  // Both kinds of sink are still referenced here, so neither was collected before its measure.
  if (live.length + resumed.length !== 2 * rooms) throw new Error("sinks lost");

  const kb = (bytes: number) => bytes / 1024 / rooms;
  const rows = [
    ["live sink (what it holds beside the recorder)", withLive, base],
    ["resumed sink (more, once it has gone on)", withResumed, withLive],
  ] as const;
  const table = markdownTable(
    ["sink", "record KB per room", "heap KB per room", "Buffer (external) KB per room"],
    rows.map(([what, after, before]) => [
      what,
      fmt(recordKb),
      fmt(kb(after.heap - before.heap)),
      fmt(kb(after.external - before.external)),
    ]),
  );
  process.stdout.write(
    `\nbench:record:memory: ${rooms} rooms, ${minutes} min matches, one write per tick to a local redis-server\n\n${table}\n`,
  );
  const file = writeResult(
    "record-memory",
    { rooms, minutes, recordKb, base, withLive, withResumed },
    values.out,
  );
  process.stdout.write(`\nJSON: ${file}\n`);
} finally {
  await store.close();
  await redis.stop();
}
