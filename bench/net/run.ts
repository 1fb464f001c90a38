// npm run bench:net -- [--rooms R] [--ticks N] [--out file.json]
// Measures the same match scenario three ways in one run: (a) JSON of the full
// state every tick, (b) plain @colyseus/schema without views or tiers, (c) Octet.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { DEFAULT_RULES } from "../../packages/shared/src/rules/index.ts";
import { type ServerHandle, startServer } from "../../test/support/server-process.ts";
import { summarizeProfiles } from "../support/cpu-profile.ts";
import { benchArgs } from "../support/options.ts";
import { BENCH_DIR, fmt, markdownTable, progress, writeResult } from "../support/report.ts";
import { BENCH_RULES, startBots } from "./bots.ts";
import { JsonView } from "./json-view.ts";

const HELP = `Usage: npm run bench:net -- [--rooms R] [--ticks N] [--warmup S] [--out FILE]

  --rooms R    rooms of 8 bots per way (default 2)
  --ticks N    critical ticks measured per way (default 300, i.e. 30 s at 10 Hz)
  --warmup S   seconds of play before measuring, while armies are trained (default 15)
  --out FILE   JSON result path (default bench/results/net-<time>.json)
  --modes L    which ways to run, comma-separated (default json,schema,octet; the table needs all three)
  --profile    also sample (c)'s server with the V8 CPU profiler and print where its CPU goes
               (the profiler slows the server, so (c)'s CPU figure comes from an unprofiled run)
`;

type Mode = "json" | "schema" | "octet";
const LABEL: Record<Mode, string> = {
  json: "(a) JSON full state every tick",
  schema: "(b) plain schema, no views, no tiers",
  octet: "(c) Octet: views + tiers + compact types",
};

interface Stats {
  mode: Mode;
  seconds: number;
  cpuMs: number;
  bytes: number;
  frames: number;
  ticks: number;
  floorBits: number;
}

async function measure(
  mode: Mode,
  rooms: number,
  ticks: number,
  warmup: number,
  profileDir?: string,
): Promise<Stats> {
  const { criticalHz } = DEFAULT_RULES.ticks;
  const rules = {
    ...BENCH_RULES,
    // The baselines have no tiers: ambient systems run every tick.
    ...(mode === "octet" ? {} : { ticks: { criticalHz, ambientHz: criticalHz } }),
  };
  progress(`${mode}: starting server`);
  const server: ServerHandle = await startServer({
    entry: join(BENCH_DIR, "net", "server.ts"),
    rules,
    env: {
      BENCH_MODE: mode,
      SEED: "1",
      ...(profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {}),
    },
  });
  let bots: HeadlessBot[] = [];
  try {
    bots = await startBots({
      url: server.url,
      count: rooms * 8,
      decode: mode === "schema" ? "reflection" : "octet",
      viewOf: mode === "json" ? (conn) => new JsonView(conn) : undefined,
    });
    const conns = bots.map((b) => b.conn!);
    const roomIds = new Set(conns.map((c) => c.room.roomId));
    progress(`${mode}: ${conns.length} bots in ${roomIds.size} rooms; warming up ${warmup} s`);
    await new Promise((r) => setTimeout(r, warmup * 1000));
    await fetch(`${server.httpUrl}/bench/reset`, { method: "POST" });
    progress(`${mode}: measuring ${ticks} ticks (${ticks / criticalHz} s)`);
    await new Promise((r) => setTimeout(r, (ticks / criticalHz) * 1000));
    const stats = (await (await fetch(`${server.httpUrl}/bench/stats`)).json()) as Stats;
    return { ...stats, mode };
  } finally {
    await Promise.allSettled(bots.map((b) => b.leave()));
    await server.stop();
  }
}

async function main(): Promise<void> {
  const values = benchArgs(HELP, { rooms: "2", ticks: "300", warmup: "15", modes: "json,schema,octet" }, [
    "profile",
  ]);
  if (!values) return;
  const rooms = Number(values.rooms);
  const ticks = Number(values.ticks);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > 50)
    throw new Error("--rooms must be a whole number from 1 to 50");
  if (!Number.isInteger(ticks) || ticks < 10) throw new Error("--ticks must be a whole number >= 10");
  if (!(warmup >= 0)) throw new Error("--warmup must be >= 0");

  const modes = values.modes.split(",") as Mode[];
  for (const m of modes) if (!(m in LABEL)) throw new Error(`--modes takes json, schema, octet; got ${m}`);
  const results: Stats[] = [];
  for (const mode of modes) results.push(await measure(mode, rooms, ticks, warmup));
  let breakdown: ReturnType<typeof summarizeProfiles> | undefined;
  if (values.profile) {
    const dir = mkdtempSync(join(tmpdir(), "octet-prof-"));
    progress(`octet: profiled run (profiles in ${dir})`);
    await measure("octet", rooms, ticks, warmup, dir);
    breakdown = summarizeProfiles(dir);
  }
  if (modes.length !== 3) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }

  const clients = rooms * 8;
  const perClient = (s: Stats) => s.bytes / clients / s.seconds;
  const cpuPerRoomSecond = (s: Stats) => s.cpuMs / rooms / s.seconds;
  const [a, b, c] = results as [Stats, Stats, Stats];
  const floor = c.floorBits / 8 / clients / c.seconds;
  const rows = results.map((s) => [
    LABEL[s.mode],
    fmt(perClient(s) / 1024, 2),
    `${fmt((100 * perClient(s)) / perClient(a))}%`,
    `${fmt((100 * perClient(s)) / perClient(b))}%`,
    fmt(cpuPerRoomSecond(s), 2),
  ]);
  rows.push([
    "bit-packed floor for (c)",
    fmt(floor / 1024, 2),
    `${fmt((100 * floor) / perClient(a))}%`,
    `${fmt((100 * floor) / perClient(b))}%`,
    "-",
  ]);
  const table = markdownTable(
    ["way", "KB/s per client", "vs (a)", "vs (b)", "server CPU ms per room-s"],
    rows,
  );
  const summary = {
    octetOverFloor: perClient(c) / floor,
    octetVsJsonPercent: (100 * perClient(c)) / perClient(a),
    octetVsSchemaPercent: (100 * perClient(c)) / perClient(b),
    octetCpuMsPerRoomSecond: cpuPerRoomSecond(c),
  };
  process.stdout.write(
    `\nbench:net: ${rooms} room(s) x 8 bots, ${ticks} ticks per way, default rules (startGold 1500)\n\n${table}\n\n` +
      `Octet / floor = ${fmt(summary.octetOverFloor, 2)}x; Octet = ${fmt(summary.octetVsSchemaPercent)}% of (b), ` +
      `${fmt(summary.octetVsJsonPercent, 2)}% of (a); Octet CPU ${fmt(summary.octetCpuMsPerRoomSecond, 2)} ms per room-second\n`,
  );
  if (breakdown) {
    const rowsCpu = breakdown.shares.map((s) => [
      s.category,
      `${fmt(100 * s.share)}%`,
      fmt(s.share * summary.octetCpuMsPerRoomSecond, 2),
    ]);
    process.stdout.write(
      `\nWhere (c)'s server CPU goes (V8 sampling profile of a second, profiled run; startup and floor counting excluded; ` +
        `ms scaled to the unprofiled ${fmt(summary.octetCpuMsPerRoomSecond, 2)} ms per room-second):\n\n` +
        `${markdownTable(["part", "share of busy time", "ms per room-s"], rowsCpu)}\n`,
    );
  }
  const file = writeResult(
    "net",
    {
      rooms,
      ticks,
      warmup,
      clients,
      results,
      floorBytesPerClientSecond: floor,
      summary,
      cpuBreakdown: breakdown,
    },
    values.out,
  );
  process.stdout.write(`\nJSON: ${file}\n`);
}

main().catch((err) => {
  console.error(`bench:net: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
