import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRecord, summarizeRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { fetchRecord, listRecords } from "../support/records.ts";
import { NODE_BIN, REPO_ROOT, type ServerHandle, startServer } from "../support/server-process.ts";
import { botsRun, runBotsCli } from "./support/run-cli.ts";

const run = promisify(execFile);

// Real servers record real bot matches; every record must replay exactly.
// Two rules files (one at 20 Hz with more creeps and a smaller map), every
// match its own random seed, 10-second matches that the bots play one after another.
const RULES = [
  { players: { lobbyWaitSeconds: 0 }, match: { durationSeconds: 10, endGraceSeconds: 1 } },
  {
    map: { width: 2048, height: 2048, walls: [{ x: 900, y: 900, w: 200, h: 200 }] },
    ticks: { criticalHz: 20, ambientHz: 4 },
    players: { lobbyWaitSeconds: 0, spawnRadius: 700, startGold: 1000 },
    creeps: { count: 50 },
    match: { durationSeconds: 10, endGraceSeconds: 1, recordHashEveryTicks: 7 },
  },
];

let servers: ServerHandle[] = [];

beforeAll(async () => {
  servers = await Promise.all(RULES.map((rules) => startServer({ rules })));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe("records of bot matches", () => {
  it("replay exactly: every stored hash of every match matches, and the CLI agrees", async () => {
    const runs = await Promise.all(
      servers.map((s) => runBotsCli(botsRun(s.url, 2, 26, "--private"), 120_000)),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    let verified = 0;
    let hashes = 0;
    for (const server of servers) {
      const ended = (await listRecords(server.httpUrl)).filter(
        (m) => m.endReason === "time" || m.endReason === "score",
      );
      expect(ended.length).toBeGreaterThanOrEqual(3);
      const seeds = new Set<number>();
      for (const meta of ended) {
        const record = readRecord(await fetchRecord(server.httpUrl, meta.matchId));
        const result = verifyRecord(record);
        expect(result, meta.matchId).toMatchObject({ ok: true, mismatch: null, error: null });
        const s = summarizeRecord(record);
        expect(s.players.length).toBe(8);
        expect(s.actions).toBeGreaterThan(50);
        expect(s.ranking.length).toBe(8);
        // The server logged the match id with its seed, so a tester can find both.
        expect(server.output()).toContain(
          `octet: match ${meta.matchId} started in room ${meta.roomId} with seed ${s.seed}`,
        );
        seeds.add(s.seed);
        verified++;
        hashes += result.hashesChecked;
      }
      expect(seeds.size).toBe(ended.length);
    }
    expect(verified).toBeGreaterThanOrEqual(6);
    expect(hashes).toBeGreaterThan(verified * 4);

    // npm run replay -- verify <id> --server ...: exit 0 and "ok".
    const one = (await listRecords(servers[0]!.httpUrl)).find((m) => !m.running)!;
    const cli = join(REPO_ROOT, "packages/server/src/replays/cli.ts");
    const ok = await run(NODE_BIN, [cli, "--server", servers[0]!.httpUrl, "verify", one.matchId]);
    expect(ok.stdout).toMatch(/ok: \d+ ticks re-simulated .* \d+ hashes match/);
  });

  it("npm run replay -- verify exits 1 naming the first tick whose hash the replay misses", async () => {
    const meta = (await listRecords(servers[0]!.httpUrl)).find((m) => m.endReason === "time")!;
    const bytes = await fetchRecord(servers[0]!.httpUrl, meta.matchId);
    const record = readRecord(bytes);
    // Flip one byte of a stored hash (fixed32 = the last 4 bytes of a hashed tick entry).
    const hashed = record.ticks.filter((t) => t.hash !== null);
    const target = hashed[Math.floor(hashed.length / 2)]!;
    const tampered = Buffer.from(bytes);
    const needle = Buffer.alloc(4);
    needle.writeUInt32LE(target.hash!);
    const at = tampered.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    tampered[at] = tampered[at]! ^ 0xff;
    mkdirSync(join(REPO_ROOT, "test-artifacts"), { recursive: true });
    const file = join(REPO_ROOT, "test-artifacts", `tampered-${meta.matchId}.rec`);
    writeFileSync(file, tampered);
    const cli = join(REPO_ROOT, "packages/server/src/replays/cli.ts");
    const err = await run(NODE_BIN, [cli, "verify", file]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.code).toBe(1);
    // The first mismatch is at or before the tampered tick (an identical hash earlier would also match).
    const named = Number(/MISMATCH at tick (\d+)/.exec(err!.stderr)?.[1]);
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThanOrEqual(target.tick);
  });
});
