import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../src/rules/index.ts";
import { addPlayer, createWorld, removePlayer, startMatch } from "../src/sim/index.ts";

describe("the player list stays bounded", () => {
  it("keeps at most players.max leavers during a match, the best-ranked ones, through 1,500 join/leave cycles", () => {
    const world = createWorld(DEFAULT_RULES, 3);
    addPlayer(world, "stayer", "stayer");
    startMatch(world);
    for (let i = 0; i < 1500; i++) {
      const p = addPlayer(world, `p${i}`, `p${i}`)!;
      p.score = i % 7; // some leavers matter more for the ranking than others
      removePlayer(world, `p${i}`);
      expect(world.players.size).toBeLessThanOrEqual(1 + DEFAULT_RULES.players.max);
    }
    const leavers = [...world.players.values()].filter((p) => p.left);
    expect(leavers).toHaveLength(DEFAULT_RULES.players.max);
    expect(leavers.every((p) => p.score === 6)).toBe(true);
    expect(world.players.has("stayer")).toBe(true);
  });

  it("forgets a leaver of the waiting room at once", () => {
    const world = createWorld(DEFAULT_RULES, 3);
    addPlayer(world, "a", "a");
    removePlayer(world, "a");
    expect(world.players.size).toBe(0);
  });
});
