// npm run bench:record:rewrite -- [--minutes M] [--runs N] [--out FILE]
// How long the Redis record sink takes to write a record again whole (Redis
// lost it), and how long the other commands on the same connection wait
// behind it: a server's records, live-match list and resume claims share its
// cluster link's one 'data' connection, and every command on it fails after
// REDIS_COMMAND_TIMEOUT_MS. Two records: a scripted 8-player match of M
// minutes (busier than real play), and one at the default size cap
// (REPLAY_MAX_MB 16), the largest a rewrite can be.
import { once } from "node:events";
import { Redis } from "ioredis";
import { REDIS_COMMAND_TIMEOUT_MS, redisOptions } from "../../packages/server/src/cluster/redis-link.ts";
import { startLocalRedis } from "../../packages/server/src/launcher/local-redis.ts";
import { openingMeta, type RecordSource } from "../../packages/server/src/replays/record-store.ts";
import { RecordRedisStore } from "../../packages/server/src/replays/redis-store.ts";
import { playScriptedMatch, shortRules } from "../../packages/shared/test/support/scripted-match.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";

const HELP = `Usage: npm run bench:record:rewrite -- [options]

  --minutes M   the scripted match's length (default 10)
  --runs N      rewrites of each record (default 5)
  --out FILE    JSON result path (default bench/results/record-rewrite-<time>.json)
`;
const values = benchArgs(HELP, { minutes: "10", runs: "5" }) ?? process.exit(0);
const minutes = Number(values.minutes);
const runs = Number(values.runs);
if (!(minutes > 0 && minutes <= 30)) throw new Error("--minutes must be more than 0 and at most 30");
if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error("--runs must be 1 to 50");

progress(`playing a scripted ${minutes} min match`);
const match = playScriptedMatch(shortRules(minutes * 60), 7);
const cap = 16 << 20;
const capped = [new Uint8Array(cap - 1024), new Uint8Array(1024)];
const records: Array<{ name: string; chunks: readonly Uint8Array[] }> = [
  { name: `scripted ${minutes} min match`, chunks: match.recorder.chunksSoFar() },
  { name: "the size cap (16 MB)", chunks: capped },
];

const redis = await startLocalRedis();
const data = new Redis(redisOptions(redis.url));
await once(data, "ready");
const store = new RecordRedisStore(
  data,
  { keep: 100, maxAgeMs: 3_600_000, maxRecordBytes: 64 << 20 },
  () => {},
);

/** One rewrite: the record's key deleted, then one more chunk; PINGs on the same connection meanwhile. */
async function rewriteOnce(id: string, chunks: readonly Uint8Array[]) {
  const entry = `bench:live:${id}`;
  await data.hset(entry, "owner", "me");
  const fence = { key: entry, owner: "me", onLost: () => {}, restore: async () => {} };
  const source: RecordSource = { chunksSoFar: () => chunks };
  const sink = store.open(openingMeta({ matchId: id, roomId: id, seed: 1, startTimeMs: 0 }), source, {
    fence,
    continuesAt: chunks.slice(0, -1).reduce((n, c) => n + c.byteLength, 0),
  });
  await data.set(`octet:record:${id}`, "x"); // what Redis holds disagrees: the record is written again whole
  let pinging = true;
  let worstPing = 0;
  const pings = (async () => {
    while (pinging) {
      const t = performance.now();
      await data.ping();
      worstPing = Math.max(worstPing, performance.now() - t);
    }
  })();
  const started = performance.now();
  sink.append(chunks.at(-1)!);
  await sink.flushed();
  const ms = performance.now() - started;
  pinging = false;
  await pings;
  const held = await data.strlen(`octet:record:${id}`);
  const want = chunks.reduce((n, c) => n + c.byteLength, 0);
  if (held !== want) throw new Error(`rewrite wrote ${held} bytes, not ${want}`);
  return { ms, worstPing };
}

try {
  const rows: Array<Array<string | number>> = [];
  const results = [];
  for (const [i, r] of records.entries()) {
    const bytes = r.chunks.reduce((n, c) => n + c.byteLength, 0);
    progress(`${r.name}: ${bytes} bytes, ${runs} rewrites`);
    const times = [];
    for (let k = 0; k < runs; k++) times.push(await rewriteOnce(`rw-${i}-${k}`, r.chunks));
    const worst = Math.max(...times.map((t) => t.ms));
    const median = times.map((t) => t.ms).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    const ping = Math.max(...times.map((t) => t.worstPing));
    rows.push([r.name, fmt(bytes / 1024, 0), fmt(median), fmt(worst), fmt(ping)]);
    results.push({ record: r.name, bytes, runs: times });
  }
  const table = markdownTable(
    [
      "record",
      "KB",
      "rewrite ms (median)",
      "rewrite ms (worst)",
      "worst PING behind it on the same connection, ms",
    ],
    rows,
  );
  process.stdout.write(
    `\nbench:record:rewrite: a record written again whole to a local redis-server (command timeout ${REDIS_COMMAND_TIMEOUT_MS} ms)\n\n${table}\n`,
  );
  process.stdout.write(`\nJSON: ${writeResult("record-rewrite", { minutes, runs, results }, values.out)}\n`);
} finally {
  data.disconnect();
  await redis.stop();
}
