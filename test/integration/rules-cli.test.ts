import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runNodeCli } from "../bots/support/run-cli.ts";
import { REPO_ROOT } from "../support/server-process.ts";

// `npm run rules -- check|show` as a designer runs it, on files on disk.

const RULES_MAIN = join(REPO_ROOT, "packages/server/src/rules-cli/main.ts");
const dir = mkdtempSync(join(tmpdir(), "octet-rules-cli-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const rules = (...args: string[]) => runNodeCli(RULES_MAIN, args, 30_000);

describe("npm run rules", () => {
  it("check: a valid file exits 0 and says what it changes", async () => {
    const r = await rules(
      "check",
      file("fast.json", '{ "commander": { "speed": 400 }, "units": { "scout": null } }'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("is valid; 2 setting(s) differ from the defaults");
    expect(r.stdout).toContain("commander.speed 240 -> 400");
    expect(r.stdout).toContain("units.scout");
  });

  it("check: every problem of a bad file, exit 1", async () => {
    const r = await rules(
      "check",
      file("bad.json", '{ "units": { "archr": { "range": 3 } }, "ticks": { "ambientHz": 3 } }'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("has 2 problem(s)");
    expect(r.stderr).toContain("units.archr: unknown unit type (did you mean archer?)");
    expect(r.stderr).toContain("ticks.ambientHz: expected a divisor of ticks.criticalHz (10), got 3");
    const broken = await rules("check", file("broken.json", "{ nope"));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("not valid JSON");
  });

  it("show: the effective rules after merging, and the differences", async () => {
    const path = file("short.json", '{ "match": { "durationSeconds": 60 } }');
    const r = await rules("show", path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("# ");
    expect(r.stdout).toContain("match.durationSeconds 600 -> 60");
    const json = await rules("show", path, "--json");
    const effective = JSON.parse(json.stdout);
    expect(effective.match.durationSeconds).toBe(60);
    expect(effective.units.archer.range).toBe(220);
    const defaults = await rules("show");
    expect(defaults.stdout).toContain("no setting differs from the defaults");
  });

  it("usage errors exit 2 with one line", async () => {
    for (const args of [["check"], ["check", join(dir, "missing.json")], ["explode"]]) {
      const r = await rules(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(/^rules: /);
    }
  });
});
