import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BotsReport } from "../../packages/client/src/bots/report.ts";
import { botsRun, runBotsCli } from "./support/run-cli.ts";
import { serverForFile } from "./support/server-fixture.ts";

// Results any CI can show and compare: JUnit XML, and a run measured against
// an earlier one's report.json with a margin per metric.

const server = serverForFile();

let baselineDir: string;

const tmp = () => mkdtempSync(join(tmpdir(), "octet-bots-compare-"));

/** The test cases of a JUnit file: name and failure message (null: passed). */
function junitCases(xml: string): Array<{ classname: string; name: string; failure: string | null }> {
  const out: Array<{ classname: string; name: string; failure: string | null }> = [];
  const re =
    /<testcase classname="([^"]*)" name="([^"]*)" time="[^"]*"(\/>|>\s*<failure message="([^"]*)">)/g;
  for (const m of xml.matchAll(re)) out.push({ classname: m[1]!, name: m[2]!, failure: m[4] ?? null });
  return out;
}

describe("--junit and --baseline", () => {
  it("a run with one crossed threshold writes JUnit XML with exactly that case failing", async () => {
    baselineDir = tmp();
    const junit = join(baselineDir, "junit.xml");
    const run = await runBotsCli([
      ...botsRun(server().url, 1, 6),
      ...["--report", baselineDir, "--junit", junit, "--fail-on", "honest-errors>0,p50-latency>=0"],
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bots: threshold crossed: p50-latency>=0");
    const xml = readFileSync(junit, "utf8");
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="octet-bots" tests="4" failures="1"/,
    );
    const r = JSON.parse(readFileSync(join(baselineDir, "report.json"), "utf8")) as BotsReport;
    const cases = junitCases(xml);
    expect(cases.map((c) => [c.classname, c.name])).toEqual([
      ["octet-bots.run", "bots played"],
      ["octet-bots.threshold", "honest-errors&gt;0"],
      ["octet-bots.threshold", "p50-latency&gt;=0"],
      ["octet-bots.room", `room ${r.rooms[0]!.roomId} (8 bots)`],
    ]);
    expect(cases.filter((c) => c.failure !== null)).toEqual([
      {
        classname: "octet-bots.threshold",
        name: "p50-latency&gt;=0",
        failure: `p50-latency&gt;=0: value ${+r.ackLatencyMs.p50!.toFixed(2)}`,
      },
    ]);
  });

  it("a run against a slower server than the baseline's fails naming the metric that regressed", async () => {
    expect(baselineDir).toBeDefined();
    const baseline = join(baselineDir, "report.json");
    const was = JSON.parse(readFileSync(baseline, "utf8")) as BotsReport;
    const dir = tmp();
    // 80 ms added each way in the bot process: every round trip is at least 160 ms slower.
    const run = await runBotsCli([
      ...botsRun(server().url, 1, 6, "--latency", "80", "--report", dir),
      ...["--baseline", baseline, "--margin", "p50-latency=50%,honest-errors=0"],
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^bots: baseline: p50-latency regressed: [\d.]+ > [\d.]+ \(baseline [\d.]+ \+ 50%\)$/m,
    );
    expect(run.stderr).not.toContain("honest-errors");
    const r = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as BotsReport;
    expect(r.baseline!.checks).toEqual([
      {
        metric: "p50-latency",
        margin: "50%",
        baseline: was.ackLatencyMs.p50,
        value: r.ackLatencyMs.p50,
        limit: was.ackLatencyMs.p50! * 1.5,
        regressed: true,
        missing: null,
      },
      {
        metric: "honest-errors",
        margin: "0",
        baseline: 0,
        value: 0,
        limit: 0,
        regressed: false,
        missing: null,
      },
    ]);
    expect(run.stdout).toMatch(/p50-latency +[\d.]+ +[\d.]+ +50% +[\d.]+ +REGRESSED/);
  });
});
