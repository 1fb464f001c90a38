import { UsageError } from "@octet/shared/cli";
import { describe, expect, it } from "vitest";
import { STRATEGY_NAMES } from "../../src/bots/strategies/index.ts";
import { assignStrategies, parseStrategyMix } from "../../src/bots/strategy-mix.ts";

describe("--strategy mix", () => {
  it("parses one name, and weighted names (weight 1 when left out)", () => {
    expect(parseStrategyMix("idle", STRATEGY_NAMES)).toEqual([{ name: "idle", weight: 1 }]);
    expect(parseStrategyMix(" wanderer:3, chaos:1 ,trainer", STRATEGY_NAMES)).toEqual([
      { name: "wanderer", weight: 3 },
      { name: "chaos", weight: 1 },
      { name: "trainer", weight: 1 },
    ]);
  });

  it.each([
    ["", /expected names/],
    ["wizard", /unknown strategy "wizard"; known: wanderer, aggressor/],
    ["wanderer:0", /weight of wanderer must be from 1 to 1000/],
    ["wanderer:x", /is not NAME or NAME:WEIGHT/],
    ["wanderer:1.5", /is not NAME or NAME:WEIGHT/],
    ["chaos,chaos:2", /chaos is named twice/],
  ])("rejects %j with a clear UsageError", (text, message) => {
    expect(() => parseStrategyMix(text, STRATEGY_NAMES)).toThrow(UsageError);
    expect(() => parseStrategyMix(text, STRATEGY_NAMES)).toThrow(message);
  });

  it("keeps the mix in every room of 8, not just overall", () => {
    const names = assignStrategies(parseStrategyMix("wanderer:3,chaos:1", STRATEGY_NAMES), 32);
    for (let room = 0; room < 4; room++) {
      const slice = names.slice(room * 8, room * 8 + 8);
      expect(slice.filter((n) => n === "chaos")).toHaveLength(2);
      expect(slice.filter((n) => n === "wanderer")).toHaveLength(6);
    }
  });

  it("gives exact shares for any count, deterministically", () => {
    const mix = parseStrategyMix("a:5,b:2,c:1", ["a", "b", "c"]);
    const names = assignStrategies(mix, 16);
    expect(names.filter((n) => n === "a")).toHaveLength(10);
    expect(names.filter((n) => n === "b")).toHaveLength(4);
    expect(names.filter((n) => n === "c")).toHaveLength(2);
    expect(assignStrategies(mix, 16)).toEqual(names);
  });
});
