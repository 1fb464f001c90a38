import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BotsReport } from "../../packages/client/src/bots/report.ts";
import { botsRun, runBotsCli } from "./support/run-cli.ts";
import { serverForFile } from "./support/server-fixture.ts";
import { diffCounts, serverCounts } from "./support/server-metrics.ts";

// `npm run bots` as a tester runs it: a real server process, the CLI as a
// child process, its exit code, stdout and the report files it writes.

/** Rejections an honest bot can get from the game itself (its view of the world is a tick old). */
const GAME_REASONS = new Set(["InsufficientGold", "UnitLimit", "NotAlive", "NotPlaying", "UnknownEntity"]);
/** Rejections for breaking the protocol: only the chaos bot may ever get these. */
const CHAOS_REASONS = new Set([
  "Malformed",
  "UnknownAction",
  "OutOfRange",
  "NotOwner",
  "StaleSeq",
  "TooLarge",
  "InvalidTarget",
]);

const server = serverForFile();

function readReport(dir: string): BotsReport {
  return JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as BotsReport;
}

describe("npm run bots", () => {
  it("plays 2 rooms of 8 for 20 s, exits 0 and reports consistent figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octet-bots-"));
    const before = await serverCounts(server().httpUrl);
    const run = await runBotsCli(botsRun(server().url, 2, 20, "--report", dir));
    const after = await serverCounts(server().httpUrl);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);

    const r = readReport(dir);
    expect(r.bots).toMatchObject({
      target: 16,
      joined: 16,
      failedJoins: 0,
      rooms: 2,
      byStrategy: { wanderer: 4, aggressor: 4, gatherer: 4, trainer: 4 },
    });
    expect(r.play).toEqual({ ok: true, problems: [] });
    expect(r.interrupted).toBeNull();
    // Per room: 8 bots each, whose figures add up to the run's.
    expect(r.rooms.map((room) => room.bots.length)).toEqual([8, 8]);
    expect(r.rooms.every((room) => room.started && room.end === null)).toBe(true);
    expect(r.rooms.reduce((n, room) => n + room.actions.accepted, 0)).toBe(r.actions.accepted);
    expect(r.playedSeconds).toBeGreaterThanOrEqual(20);
    // All 16 were connected while they played, and each strategy acted.
    expect(Math.max(...r.series.map((p) => p.connected))).toBe(16);
    for (const [name, s] of Object.entries(r.strategies)) {
      expect(s.accepted, name).toBeGreaterThan(0);
      expect(s.errors, name).toBe(0);
    }
    expect(r.errors).toEqual({ count: 0, messages: [] });
    expect(r.connection).toEqual({
      drops: 0,
      reconnects: 0,
      seatsLost: 0,
      unexpectedLeaves: 0,
      matchesEnded: 0,
    });

    // Every action was answered; each accepted one was timed once as an ack.
    expect(r.actions.unanswered).toBe(0);
    expect(r.actions.sent).toBe(r.actions.accepted + r.actions.rejected);
    expect(r.ackLatencyMs.count).toBe(r.actions.accepted);
    expect(r.ackLatencyMs.histogram.counts.reduce((s, n) => s + n, 0)).toBe(r.actions.accepted);
    const { p50, p95, p99, max } = r.ackLatencyMs;
    expect(p50! <= p95! && p95! <= p99! && p99! <= max!).toBe(true);
    expect(r.joinMs.count).toBe(16);

    // The server decided exactly what the bots saw decided.
    const server2 = diffCounts(before, after);
    expect(server2.accepted).toBe(r.actions.accepted);
    expect(server2.rejectedByReason).toEqual(r.rejectedByReason);
    for (const reason of Object.keys(r.rejectedByReason)) expect(GAME_REASONS).toContain(reason);
    // Both rooms ticked through the run (not a rate: a busy machine ticks late).
    expect(server2.ticks).toBeGreaterThan(2 * 20 * 10 * 0.5);

    // Bytes: counted, and the per-bot rate is the total over bot-seconds.
    expect(r.bandwidth.bytesReceived).toBeGreaterThan(0);
    expect(r.bandwidth.bytesPerBotPerSecond).toBeCloseTo(
      r.bandwidth.bytesReceived / r.bandwidth.botSeconds,
      6,
    );
    expect(r.bandwidth.botSeconds).toBeGreaterThanOrEqual(16 * 20);
    const seriesBytes = r.series.reduce(
      (s, p, i) => s + p.bytesPerSecond * (p.t - (r.series[i - 1]?.t ?? 0)),
      0,
    );
    // Most bytes fall inside the once-a-second series (not those of slow joins or after its last sample).
    expect(seriesBytes / r.bandwidth.bytesReceived).toBeGreaterThan(0.75);

    // Progress as plain lines (stdout is a pipe here), then the summary table and the files.
    expect(run.stdout).toMatch(
      /^\[ +\d+ s\] playing: 16\/16 connected, 2 rooms, \d+ msg\/s, [\d.]+ KB\/s, 0 errors$/m,
    );
    expect(run.stdout).toContain("Octet bots: 16 of 16 joined in 2 room(s)");
    expect(run.stdout).toMatch(/input -> ack p50 \/ p95 \/ p99 \(ms\)/);
    expect(run.stdout).toContain(join(dir, "report.html"));
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain('<canvas id="latency">');
    expect(html).not.toMatch(/<script[^>]+src=/); // everything inline: opens offline
  });

  it("chaos bots get typed rejections by reason, honest bots in the same room see no error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octet-bots-"));
    const before = await serverCounts(server().httpUrl);
    const logFrom = server().output().length;
    const run = await runBotsCli(
      botsRun(
        server().url,
        1,
        10,
        "--strategy",
        "wanderer:2,aggressor:1,chaos:1",
        "--latency",
        "30",
        "--jitter",
        "10",
        "--seed",
        "7",
        "--report",
        dir,
        "--fail-on",
        "honest-errors>0,rejections>0",
      ),
    );
    const after = await serverCounts(server().httpUrl);
    const r = readReport(dir);

    // The crossed threshold fails the run and is named; the other one is not.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bots: threshold crossed: rejections>0");
    expect(run.stderr).not.toContain("honest-errors");
    expect(r.thresholds.map((t) => [t.expression, t.crossed])).toEqual([
      ["honest-errors>0", false],
      ["rejections>0", true],
    ]);

    const chaos = r.strategies.chaos!;
    expect(chaos.bots).toBe(2);
    expect(chaos.honest).toBe(false);
    expect(chaos.rejected).toBeGreaterThan(5);
    const chaosReasons = Object.keys(chaos.rejectedByReason);
    expect(chaosReasons.length).toBeGreaterThanOrEqual(3);
    for (const reason of chaosReasons) expect([...CHAOS_REASONS, ...GAME_REASONS]).toContain(reason);
    expect(chaos.errors).toBe(0); // never kicked: it stays under the flood and garbage limits

    for (const name of ["wanderer", "aggressor"]) {
      const s = r.strategies[name]!;
      expect(s.errors, name).toBe(0);
      expect(s.accepted, name).toBeGreaterThan(0);
      for (const reason of Object.keys(s.rejectedByReason)) expect(GAME_REASONS, name).toContain(reason);
    }
    expect(r.bots.joined).toBe(8);
    expect(r.connection.unexpectedLeaves).toBe(0);

    // The report counts rejections by reason as the server decided them (the
    // server may have rejected a last message after the bot stopped listening).
    const server2 = diffCounts(before, after);
    expect(server2.accepted).toBe(r.actions.accepted);
    for (const [reason, n] of Object.entries(r.rejectedByReason))
      expect(server2.rejectedByReason[reason], reason).toBeGreaterThanOrEqual(n);
    const serverRejected = Object.values(server2.rejectedByReason).reduce((s, n) => s + n, 0);
    expect(serverRejected - r.actions.rejected).toBeLessThanOrEqual(2);
    // ...and its log says so.
    expect(server().output().slice(logFrom)).toMatch(
      /octet: rejected (Malformed|OutOfRange|NotOwner|StaleSeq|TooLarge|UnknownAction) from /,
    );

    // 30 +- 10 ms each way: no ack can come back in less than 2 x 20 ms.
    expect(r.ackLatencyMs.min!).toBeGreaterThanOrEqual(40);
    expect(r.settings).toMatchObject({ latencyMs: 30, jitterMs: 10, seed: 7 });
  });

  it("reconnecters drop their sockets and take their seats back through the SDK", async () => {
    const run = await runBotsCli(
      botsRun(server().url, 1, 16, "--strategy", "reconnecter:1,idle:1", "--private"),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("8 of 8 joined in 1 room(s)");
    const line = /socket drops \/ reconnects \/ seats lost\s+(\d+) \/ (\d+) \/ (\d+)/.exec(run.stdout);
    expect(line).not.toBeNull();
    const [drops, reconnects, lost] = line!.slice(1).map(Number) as [number, number, number];
    expect(drops).toBeGreaterThanOrEqual(4); // each of the 4 reconnecters drops every 6-10 s
    // Every drop is taken back, but the run may stop in the middle of the last one of each bot.
    expect(reconnects).toBeGreaterThanOrEqual(4);
    expect(drops - reconnects).toBeLessThanOrEqual(4);
    expect(lost).toBe(0);
    expect(run.stdout).toMatch(/^errors\s+0$/m);
  });

  it("refuses invalid options with a clear message and exit code 2", async () => {
    const bad = await runBotsCli(["--rooms", "lots"], 20_000);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--rooms must be a whole number from 1 to 500");
    const unknown = await runBotsCli(["--strategy", "wanderer:2,ninja"], 20_000);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown strategy "ninja"');
    const help = await runBotsCli(["--help"], 20_000);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--bots-per-room");
  });
});
