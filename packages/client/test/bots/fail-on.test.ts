import { UsageError } from "@octet/shared/cli";
import { describe, expect, it } from "vitest";
import { checkThresholds, parseFailOn } from "../../src/bots/fail-on.ts";
import { oneBotReport } from "./records.ts";

function report(errors: number, latencies: number[]) {
  return oneBotReport(latencies, {
    errorCount: errors,
    errors: Array(errors).fill("x"),
    sent: 5,
    accepted: 4,
    rejected: 1,
  });
}

describe("--fail-on", () => {
  it("parses several thresholds, comma-separated, with any operator", () => {
    expect(parseFailOn("errors>0, p99-latency>=300,bytes-per-bot<1.5,rejections<=2")).toEqual([
      { expression: "errors>0", metric: "errors", op: ">", limit: 0 },
      { expression: "p99-latency>=300", metric: "p99-latency", op: ">=", limit: 300 },
      { expression: "bytes-per-bot<1.5", metric: "bytes-per-bot", op: "<", limit: 1.5 },
      { expression: "rejections<=2", metric: "rejections", op: "<=", limit: 2 },
    ]);
  });

  it.each([
    ["errors", /is not METRIC>NUMBER/],
    ["errors=0", /is not METRIC>NUMBER/],
    ["errors>", /is not METRIC>NUMBER/],
    ["lag>5", /unknown metric "lag"; known: errors, honest-errors/],
    [",", /expected METRIC>NUMBER/],
  ])("rejects %j with a clear UsageError", (text, message) => {
    expect(() => parseFailOn(text)).toThrow(UsageError);
    expect(() => parseFailOn(text)).toThrow(message);
  });

  it("says which thresholds a run crossed, with the value", () => {
    const r = report(2, [100, 200, 400]);
    const results = checkThresholds(r, parseFailOn("errors>0,p99-latency>300,p50-latency>300,rejections>=1"));
    expect(results).toEqual([
      { expression: "errors>0", metric: "errors", value: 2, crossed: true, missing: null },
      { expression: "p99-latency>300", metric: "p99-latency", value: 400, crossed: true, missing: null },
      { expression: "p50-latency>300", metric: "p50-latency", value: 200, crossed: false, missing: null },
      { expression: "rejections>=1", metric: "rejections", value: 1, crossed: true, missing: null },
    ]);
  });

  it("fails a threshold on a figure the run could not measure, instead of passing it", () => {
    const r = report(0, []);
    expect(checkThresholds(r, parseFailOn("p99-latency>300,errors>0"))).toEqual([
      {
        expression: "p99-latency>300",
        metric: "p99-latency",
        value: null,
        crossed: false,
        missing: "no value: the run measured none",
      },
      { expression: "errors>0", metric: "errors", value: 0, crossed: false, missing: null },
    ]);
  });

  it("checks figures that need play only against play", () => {
    const r = report(0, [10, 20]);
    r.play = { ok: false, problems: ["no match started"] };
    const [latency, errors] = checkThresholds(r, parseFailOn("p99-latency>300,errors>0"));
    expect(latency).toMatchObject({ value: null, missing: "not checked: the bots did not play" });
    expect(errors).toMatchObject({ value: 0, missing: null });
  });
});
