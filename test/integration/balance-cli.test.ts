import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BalanceReport } from "../../packages/client/src/balance/report.ts";
import { runNodeCli } from "../bots/support/run-cli.ts";
import { REPO_ROOT } from "../support/server-process.ts";

// `npm run balance` as a designer runs it: the CLI as a child process, rules
// files on disk, its exit code, its table and the report it writes.

const BALANCE_MAIN = join(REPO_ROOT, "packages/client/src/balance/main.ts");
const dir = mkdtempSync(join(tmpdir(), "octet-balance-"));
const file = (name: string, doc: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof doc === "string" ? doc : JSON.stringify(doc));
  return path;
};
// Two-minute matches keep the run short; archers in B hit four times as hard and last longer.
const base = file("short.json", { match: { durationSeconds: 120 } });
const strong = file("strong-archer.json", {
  match: { durationSeconds: 120 },
  units: { archer: { damage: 36, hp: 240 } },
});

const run = (args: string[]) => runNodeCli(BALANCE_MAIN, args, 240_000);
const reproducible = (r: BalanceReport) => ({ ...r, run: null });

describe("npm run balance", () => {
  it("compares two rules files on the same seeds, marks a significant change, and repeats itself", async () => {
    const args = [
      base,
      "--against",
      strong,
      "--matches",
      "60",
      "--strategy",
      "aggressor,archers",
      "--seed",
      "9",
    ];
    const first = await run([...args, "--report", join(dir, "r1")]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("units.archer.damage 9 -> 36");
    expect(first.stdout).toMatch(/archers\s+\S+%\s+\S+%\s+\+[\d.]+ pts \*/);
    const r1 = JSON.parse(readFileSync(join(dir, "r1", "report.json"), "utf8")) as BalanceReport;
    expect(r1.variants.map((v) => v.summary.matches)).toEqual([60, 60]);
    const change = r1.comparison!.byStrategy.archers!;
    expect(change.diff).toBeGreaterThan(0);
    expect(change.significant).toBe(true);
    expect(r1.run.matchesPerSecond).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "r1", "report.html"), "utf8")).toContain('<canvas id="win-strategy">');

    const second = await run([...args, "--report", join(dir, "r2"), "--workers", "1"]);
    expect(second.code, second.stderr).toBe(0);
    const r2 = JSON.parse(readFileSync(join(dir, "r2", "report.json"), "utf8")) as BalanceReport;
    expect(reproducible(r2)).toEqual(reproducible(r1));
    // 240 headless matches: a hang guard, not a speed target (bench figures come from npm run balance).
  }, 300_000);

  it("refuses bad rules, a bad report folder and bad options with exit code 2 before playing", async () => {
    const bad = file("bad.json", { units: { archer: { range: -3 } }, ticks: { criticalHz: 0 } });
    const r = await run([bad, "--matches", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("units.archer.range: expected a positive number, got -3");
    expect(r.stderr).toContain("ticks.criticalHz");
    expect(r.stdout).not.toContain("matches");

    const notJson = await run([file("broken.json", "{ units: "), "--matches", "1"]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("not valid JSON");

    const aFile = file("report-is-a-file", "x");
    const r2 = await run(["--matches", "1", "--report", aFile]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("exists and is not a folder");

    for (const [args, message] of [
      [["--matches", "0"], "--matches must be a whole number from 1 to 100000"],
      [["--strategy", "chaos"], 'unknown strategy "chaos"'],
      [["--workers", "x"], "--workers must be a whole number"],
      [["--against", join(dir, "missing.json")], "cannot read it"],
    ] as const) {
      const out = await run([...args]);
      expect(out.code, args.join(" ")).toBe(2);
      expect(out.stderr).toContain(message);
    }
  });
});
