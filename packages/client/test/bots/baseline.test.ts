import { UsageError } from "@octet/shared/cli";
import { describe, expect, it } from "vitest";
import { compareWithBaseline, parseMargins } from "../../src/bots/baseline.ts";
import { oneBotReport } from "./records.ts";

function run(latencies: number[], errors = 0) {
  return oneBotReport(latencies, {
    roomIds: ["A"],
    sent: latencies.length,
    accepted: latencies.length,
    errorCount: errors,
  });
}

describe("--baseline and --margin", () => {
  it("parses margins as a share of the baseline or an amount", () => {
    expect(parseMargins("p99-latency=20%, errors=2")).toEqual([
      { metric: "p99-latency", text: "20%", percent: true, amount: 20 },
      { metric: "errors", text: "2", percent: false, amount: 2 },
    ]);
  });

  it.each([
    ["p99-latency>20%", /is not METRIC=N% or METRIC=N/],
    ["lag=5", /unknown metric "lag"/],
    ["errors=1,errors=2", /errors is named twice/],
    ["p99-latency=-5%", /is not METRIC=N%/],
    [",", /expected METRIC=N%/],
  ])("rejects %j with a UsageError", (text, message) => {
    expect(() => parseMargins(text)).toThrow(UsageError);
    expect(() => parseMargins(text)).toThrow(message);
  });

  it("fails a metric above the baseline plus its margin, passes one within it", () => {
    const was = run([100, 100, 100, 100]);
    const now = run([130, 130, 130, 130], 1);
    const checks = compareWithBaseline(now, was, parseMargins("p50-latency=20%,max-latency=50%,errors=1"));
    expect(checks.map((c) => [c.metric, c.baseline, c.value, c.limit, c.regressed, c.missing])).toEqual([
      ["p50-latency", 100, 130, 120, true, null],
      ["max-latency", 100, 130, 150, false, null],
      ["errors", 0, 1, 1, false, null],
    ]);
  });

  it("fails a metric either run has no value for", () => {
    const [noAcksNow] = compareWithBaseline(run([]), run([50]), parseMargins("p99-latency=10%"));
    expect(noAcksNow).toMatchObject({ regressed: false, missing: "no value: the run measured none" });
    const [noAcksThen] = compareWithBaseline(run([50]), run([]), parseMargins("p99-latency=10%"));
    expect(noAcksThen).toMatchObject({ limit: null, missing: "baseline: no value: the run measured none" });
  });
});
