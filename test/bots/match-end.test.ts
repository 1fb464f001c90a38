import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BotsReport } from "../../packages/client/src/bots/report.ts";
import { botsRun, runBotsCli } from "./support/run-cli.ts";
import { serverForFile } from "./support/server-fixture.ts";

// Bots outlive matches: when a match ends and the room closes (4403), each bot
// joins the next one, so a long run keeps its load. 4-second matches here.

const server = serverForFile({ rules: { match: { durationSeconds: 4, endGraceSeconds: 1 } } });

const tmp = () => mkdtempSync(join(tmpdir(), "octet-bots-matches-"));
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as BotsReport;

describe("npm run bots across match ends", () => {
  it("joins the next match when one ends, counts each match once, and reports how each ended", async () => {
    const dir = tmp();
    const run = await runBotsCli([
      ...botsRun(server().url, 1, 9, "--strategy", "wanderer", "--private"),
      ...["--fail-on", "errors>0", "--report", dir],
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const r = readReport(dir);
    const ended = r.rooms.filter((room) => room.end !== null);
    expect(ended.length).toBeGreaterThanOrEqual(1);
    // One match ended is one, not one per bot that saw it end.
    expect(r.connection.matchesEnded).toBe(ended.length);
    expect(run.stdout).toMatch(new RegExp(`unexpected leaves / matches ended\\s+0 / ${ended.length}$`, "m"));
    expect(r.bots.rooms).toBeGreaterThanOrEqual(2);
    for (const room of ended) {
      expect(room.end!.reason).toBe("time");
      expect(room.bots).toHaveLength(8);
      expect(room.end!.ranking.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(new Set(room.end!.ranking.map((e) => e.name))).toEqual(new Set(room.bots));
      expect(room.record).toBeNull();
    }
    expect(run.stdout).toMatch(/ended \(time\), won by wanderer-\d/);
    expect(run.stdout).toMatch(/^errors\s+0$/m);
  });

  it("--ramp spreads the joins; --soak samples the server's /metrics while rooms play match after match", async () => {
    const dir = tmp();
    const run = await runBotsCli([
      ...botsRun(server().url, 1, 11, "--strategy", "wanderer", "--private"),
      ...["--ramp", "2", "--soak", "--report", dir, "--fail-on", "server-tick-p99>1000"],
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const r = readReport(dir);
    expect(r.settings).toMatchObject({ rampSeconds: 2, soak: true });
    // Bot i joins no earlier than i x 2 s / 8 after the start.
    expect(r.bots.joinedAtSeconds).toHaveLength(8);
    r.bots.joinedAtSeconds.forEach((t, i) => {
      expect(t, `bot ${i}`).toBeGreaterThanOrEqual((i * 2) / 8 - 0.01);
    });
    // Matches came and went during the soak.
    expect(r.connection.matchesEnded).toBeGreaterThanOrEqual(1);
    expect(r.server!.error).toBeNull();
    const samples = r.server!.samples;
    expect(samples.length).toBeGreaterThanOrEqual(3); // at the start, every 5 s, at the end
    for (const s of samples) expect(s.rssBytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(samples.map((s) => s.t)).toEqual([...samples.map((s) => s.t)].sort((a, b) => a - b));
    expect(Math.max(...samples.map((s) => s.clients))).toBe(8);
    expect(Math.max(...samples.map((s) => s.rooms))).toBeGreaterThanOrEqual(1);
    expect(samples.some((s) => s.tickP99Ms !== null && s.tickP99Ms > 0)).toBe(true);
    expect(r.thresholds).toEqual([
      expect.objectContaining({ expression: "server-tick-p99>1000", crossed: false, missing: null }),
    ]);
    expect(run.stdout).toMatch(
      /server \/metrics: \d+ samples\n {2}RSS [\d.]+ -> [\d.]+ MB, tick p99 worst [\d.]+ ms/,
    );
  });
});
