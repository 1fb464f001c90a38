import { DEFAULT_RULES, defaultRulesWith } from "@octet/shared/rules";
import { describe, expect, it } from "vitest";
import { planMatches } from "../../src/balance/plan.ts";
import { playMatch } from "../../src/balance/play-match.ts";
import { playAll } from "../../src/balance/pool.ts";
import { buildReport, variantReport } from "../../src/balance/report.ts";

// Short matches keep the run small; the figures still come from real play.
const SHORT = defaultRulesWith({ match: { durationSeconds: 60 } });
const MIX = ["aggressor", "archers", "trainer", "gatherer"];

describe("balance plan", () => {
  it("derives seeds from the run seed and rotates the mix one seat per match", () => {
    const a = planMatches({ matches: 9, seed: 5, mix: MIX, seats: 8, rotate: true });
    const b = planMatches({ matches: 9, seed: 5, mix: MIX, seats: 8, rotate: true });
    expect(b).toEqual(a);
    expect(new Set(a.map((m) => m.seed)).size).toBe(9);
    expect(a[0]!.seats).toEqual([...MIX, ...MIX]);
    expect(a[1]!.seats[0]).toBe("archers");
    // Over 4 matches every strategy sat on seat 0 once.
    expect(new Set(a.slice(0, 4).map((m) => m.seats[0]))).toEqual(new Set(MIX));
    const fixed = planMatches({ matches: 3, seed: 5, mix: MIX, seats: 8, rotate: false });
    expect(fixed.every((m) => m.seats[0] === "aggressor")).toBe(true);
    expect(planMatches({ matches: 1, seed: 6, mix: MIX, seats: 8, rotate: true })[0]!.seed).not.toBe(
      a[0]!.seed,
    );
  });
});

describe("one balance match", () => {
  it("plays to the end and measures what happened", () => {
    const [spec] = planMatches({ matches: 1, seed: 2, mix: MIX, seats: 8, rotate: true });
    const r = playMatch(SHORT, spec!);
    expect(r.seats).toHaveLength(8);
    expect(["time", "score"]).toContain(r.endReason);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.seconds).toBeLessThanOrEqual(60);
    expect(r.seats[r.winnerSlot]!.rank).toBe(1);
    // Trained units show up by kind, and every kill has a victim.
    const trained = Object.values(r.byKind).reduce((s, f) => s + f.trained, 0);
    const kills = Object.values(r.byKind).reduce((s, f) => s + f.kills, 0);
    const lost = Object.values(r.byKind).reduce((s, f) => s + f.lost, 0);
    expect(trained).toBeGreaterThan(0);
    expect(kills).toBe(lost);
    expect(r.byKind.commander!.damage).toBeGreaterThan(0);
    expect(r.goldSamples.length).toBe(Math.floor(r.seconds / 30));
    expect(playMatch(SHORT, spec!)).toEqual(r);
  });
});

describe("balance pool", () => {
  it("reports the same whatever the number of workers, and B differs from A where the rules differ", async () => {
    const specs = planMatches({ matches: 6, seed: 11, mix: MIX, seats: 8, rotate: true });
    const strong = defaultRulesWith({
      match: { durationSeconds: 60 },
      units: { archer: { damage: 40 } },
    });
    const one = await playAll([SHORT, strong], specs, 1);
    const two = await playAll([SHORT, strong], specs, 2);
    expect(two).toEqual(one);
    expect(one[0]!.map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const settings = { matches: 6, seed: 11, strategy: MIX.join(","), seats: 8, rotate: true };
    const run = { seconds: 1, cpuSeconds: 1, matchesPerSecond: 1, workers: 1 };
    const report = buildReport(
      settings,
      [variantReport("A", "short", [], one[0]!), variantReport("B", "strong", [], one[1]!)],
      run,
    );
    expect(report.comparison).not.toBeNull();
    expect(report.variants[1]!.summary.byKind.archer!.damage).not.toBe(
      report.variants[0]!.summary.byKind.archer!.damage,
    );
    const seats = Object.values(report.variants[0]!.summary.byStrategy).reduce((s, f) => s + f.seats, 0);
    expect(seats).toBe(6 * 8);
    expect(DEFAULT_RULES.players.max).toBe(8);
    // Twelve matches twice over on a shared machine: room to breathe.
  }, 60_000);

  it("names the match that failed", async () => {
    const [spec] = planMatches({ matches: 1, seed: 1, mix: ["nobody"], seats: 8, rotate: true });
    await expect(playAll([SHORT], [spec!], 1)).rejects.toThrow(/match 0 .*unknown strategy nobody/s);
  });
});
