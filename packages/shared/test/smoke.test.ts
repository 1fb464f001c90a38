import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../src/rules/index.ts";

describe("default rules", () => {
  it("has 8 players and a 10 Hz / 2 Hz tick", () => {
    expect(DEFAULT_RULES.players.max).toBe(8);
    expect(DEFAULT_RULES.ticks).toEqual({ criticalHz: 10, ambientHz: 2 });
  });
});
