import { UsageError } from "@octet/shared/cli";
import { describe, expect, it } from "vitest";
import { DEFAULT_STRATEGY, parseBotsOptions } from "../../src/bots/options.ts";

const parse = (...argv: string[]) => parseBotsOptions(argv, () => {});

describe("bots options", () => {
  it("has defaults for everything", () => {
    expect(parse()).toMatchObject({
      url: "ws://localhost:2567",
      rooms: 1,
      botsPerRoom: 8,
      durationSeconds: 60,
      strategy: DEFAULT_STRATEGY,
      latencyMs: 0,
      jitterMs: 0,
      seed: 1,
      reportDir: null,
      failOn: [],
      privateRooms: false,
    });
  });

  it("reads every option, and --fail-on given twice adds up", () => {
    const o = parse(
      "--url",
      "ws://127.0.0.1:3000",
      "--rooms",
      "3",
      "--bots-per-room",
      "4",
      "--duration",
      "2.5",
      "--strategy",
      "idle:1,chaos:2",
      "--latency",
      "80",
      "--jitter",
      "15",
      "--seed",
      "42",
      "--report",
      "out",
      "--fail-on",
      "errors>0",
      "--fail-on",
      "p99-latency>300,rejections>5",
      "--private",
    );
    expect(o).toMatchObject({
      url: "ws://127.0.0.1:3000",
      rooms: 3,
      botsPerRoom: 4,
      durationSeconds: 2.5,
      mix: [
        { name: "idle", weight: 1 },
        { name: "chaos", weight: 2 },
      ],
      latencyMs: 80,
      jitterMs: 15,
      seed: 42,
      reportDir: "out",
      privateRooms: true,
    });
    expect(o!.failOn.map((t) => t.expression)).toEqual(["errors>0", "p99-latency>300", "rejections>5"]);
  });

  it.each([
    [["--rooms", "abc"], /--rooms must be a whole number from 1 to 500/],
    [["--rooms", "0"], /--rooms must be a whole number/],
    [["--bots-per-room", "2.5"], /--bots-per-room must be a whole number/],
    [["--duration", "-1"], /--duration must be a number from 1/],
    [["--latency", "fast"], /--latency must be a number/],
    [["--url", "localhost"], /--url must be/],
    [["--url", "ftp://x"], /--url must start with ws:/],
    [["--strategy", "ninja"], /unknown strategy "ninja"/],
    [["--fail-on", "errors"], /--fail-on: "errors" is not METRIC>NUMBER/],
    [["--bogus"], /unknown option '--bogus'/],
    [["--rooms"], /argument missing/],
  ])("%j is a UsageError: %s", (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });

  it("--help explains every option and gives an example", () => {
    let text = "";
    expect(parseBotsOptions(["--help"], (t) => (text += t))).toBeNull();
    for (const option of [
      "--url",
      "--rooms",
      "--bots-per-room",
      "--duration",
      "--strategy",
      "--latency",
      "--jitter",
      "--seed",
      "--report",
      "--fail-on",
      "--private",
    ])
      expect(text).toContain(option);
    for (const strategy of ["wanderer", "aggressor", "gatherer", "trainer", "idle", "reconnecter", "chaos"])
      expect(text).toContain(strategy);
    expect(text).toContain("p99-latency");
    expect(text).toMatch(/Examples:\n\s+npm run bots -- /);
  });
});
