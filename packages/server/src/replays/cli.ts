// npm run replay -- <file|id>          the match's summary from its record alone
// npm run replay -- verify <file|id>   re-simulate it and check every stored hash (exit 1 at the first mismatch)
// npm run replay -- list               recent records
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  type MatchRecord,
  RecordError,
  readRecord,
  summarizeRecord,
  verifyRecord,
} from "@octet/shared/record";
import { Command, CommanderError } from "commander";
import { ConfigError, loadConfig } from "../config.ts";
import { openRecordStore } from "./open-store.ts";

class CliError extends Error {}

interface Source {
  server?: string;
}

/** A record from a file path, a server (--server), or this machine's store (REPLAY_DIR or REDIS_URL). */
async function load(what: string, opts: Source): Promise<{ record: MatchRecord; from: string }> {
  let bytes: Uint8Array;
  let from: string;
  if (existsSync(what)) {
    bytes = readFileSync(what);
    from = resolve(what);
  } else if (opts.server) {
    const url = new URL(`/replays/${encodeURIComponent(what)}`, opts.server.replace(/^ws/, "http"));
    const res = await fetch(url).catch((err: Error) => {
      throw new CliError(`cannot reach ${url.origin}: ${err.message}`);
    });
    if (!res.ok) throw new CliError(`${url}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    bytes = new Uint8Array(await res.arrayBuffer());
    from = url.toString();
  } else {
    const store = openRecordStore(loadConfig(process.env, ""));
    if (!store) throw new CliError("RECORD_MATCHES=0: there is no record store to look in");
    try {
      const found = await store.read(what);
      if (!found) throw new CliError(`no file ${what} and no record ${what} in ${describeStore()}`);
      bytes = found;
    } finally {
      await store.close();
    }
    from = describeStore();
  }
  try {
    return { record: readRecord(bytes), from };
  } catch (err) {
    if (err instanceof RecordError) throw new CliError(`${from}: ${err.message}`);
    throw err;
  }
}

function describeStore(): string {
  return process.env.REDIS_URL
    ? `Redis at ${process.env.REDIS_URL}`
    : resolve(process.env.REPLAY_DIR || "data/replays");
}

function printSummary(record: MatchRecord, from: string): void {
  const s = summarizeRecord(record);
  const when = (ms: number | null) => (ms === null ? "-" : new Date(ms).toISOString());
  console.log(`match ${s.matchId} (room ${s.roomId}) from ${from}`);
  console.log(`  seed ${s.seed}, record format ${s.formatVersion}, ${s.bytes} bytes`);
  console.log(
    `  started ${when(s.startTimeMs)}, ended ${when(s.endTimeMs)} (${s.endReason ?? "still running"})`,
  );
  console.log(
    `  ${s.ticks} ticks = ${s.durationSeconds.toFixed(1)} s of match, ${s.actions} actions, ${s.hashes} hashes`,
  );
  if (record.partialBytes > 0) console.log(`  ${record.partialBytes} bytes of a chunk still being written`);
  console.log("  players:");
  for (const p of s.players) console.log(`    seat ${p.seat}  ${p.name}  (${p.id})`);
  if (s.ranking.length > 0) {
    console.log("  ranking:");
    for (const r of s.ranking) console.log(`    ${r.rank}. ${r.name}  score ${r.score}, kills ${r.kills}`);
  }
}

export function replayProgram(): Command {
  const program = new Command("replay")
    .usage("[command] <file|id> [options]   (npm run replay -- ...)")
    .description("Octet match records: summaries, exact re-simulation checks, listings.")
    .option(
      "--server <url>",
      "fetch records by id from this server (GET /replays/<id>) instead of the local store",
    )
    .exitOverride();
  program
    .command("show <record>", { isDefault: true })
    .description("print the match's summary from its record alone (file path or match id)")
    .action(async (what: string) => {
      const { record, from } = await load(what, program.opts());
      printSummary(record, from);
    });
  program
    .command("verify <record>")
    .description("re-simulate the record with the shared sim and check every stored world hash")
    .action(async (what: string) => {
      const { record, from } = await load(what, program.opts());
      const started = performance.now();
      const r = verifyRecord(record);
      const ms = performance.now() - started;
      if (r.mismatch) {
        console.error(
          `${from}: MISMATCH at tick ${r.mismatch.tick}: the record says ${r.mismatch.expected}, the replay gives ${r.mismatch.actual}`,
        );
        process.exitCode = 1;
      } else if (r.error) {
        console.error(
          `${from}: cannot replay${r.errorTick !== null ? ` tick ${r.errorTick}` : ""}: ${r.error}`,
        );
        process.exitCode = 1;
      } else {
        console.log(
          `${from}: ok: ${r.ticks} ticks re-simulated in ${ms.toFixed(0)} ms, ${r.hashesChecked} hashes match` +
            (record.end ? "" : " (the match is still running)"),
        );
      }
    });
  program
    .command("list")
    .description("recent records in the local store (or --server's)")
    .option("--limit <n>", "how many", "20")
    .action(async (o: { limit: string }) => {
      const server = program.opts<Source>().server;
      let list: unknown[];
      if (server) {
        const res = await fetch(
          new URL(`/replays?limit=${encodeURIComponent(o.limit)}`, server.replace(/^ws/, "http")),
        );
        if (!res.ok) throw new CliError(`${res.status} ${await res.text()}`);
        list = ((await res.json()) as { replays: unknown[] }).replays;
      } else {
        const store = openRecordStore(loadConfig(process.env, ""));
        if (!store) throw new CliError("RECORD_MATCHES=0: there is no record store to look in");
        list = await store.list(Number(o.limit) || 20);
        await store.close();
      }
      for (const m of list as Array<Record<string, unknown>>) {
        console.log(
          `${m.matchId}  ${new Date(m.startTimeMs as number).toISOString()}  ${String(m.durationSeconds)} s  ` +
            `${(m.players as unknown[]).length} players  ${m.running ? "running" : String(m.endReason)}`,
        );
      }
    });
  return program;
}

async function main(): Promise<void> {
  try {
    await replayProgram().parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    if (err instanceof CliError || err instanceof ConfigError) {
      console.error(`replay: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

await main();
