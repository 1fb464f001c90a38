import { describe, expect, it } from "vitest";
import { closestPair, deltaE } from "../src/game/color-vision.ts";
import { MAP_COLOR, NEUTRAL_COLOR, RESOURCE_COLOR, SLOT_COLORS } from "../src/game/palette.ts";

/** Smallest colour difference the game accepts between things a player must tell apart. */
const MIN_DELTA_E = 15;
const hex = (c: number) => `#${c.toString(16).padStart(6, "0")}`;

describe("player colours for every kind of colour vision", () => {
  it("keeps every two player colours, and each against map, creeps and gold, at least 15 delta-E apart", () => {
    const worst = closestPair(SLOT_COLORS, [MAP_COLOR, NEUTRAL_COLOR, RESOURCE_COLOR]);
    expect(
      worst.deltaE,
      `${hex(worst.a)} vs ${hex(worst.b)} under ${worst.vision}: ${worst.deltaE.toFixed(1)}`,
    ).toBeGreaterThanOrEqual(MIN_DELTA_E);
    expect(new Set(SLOT_COLORS).size).toBe(8);
  });

  it("the check can fail: the previous palette's cyan and pink were 6 apart for deuteranopes", () => {
    const old = [0x4e9cff, 0xff5a5a, 0x4fd27a, 0xffb13b, 0xc77dff, 0x3fd8d8, 0xff7ac8, 0xd9e36b];
    expect(closestPair(old).deltaE).toBeLessThan(MIN_DELTA_E);
    expect(deltaE(0x3fd8d8, 0xff7ac8, "deuteranopia")).toBeLessThan(10);
    // Sanity: a colour is 0 from itself, and black to white is the whole L* range.
    expect(deltaE(0x123456, 0x123456, "protanopia")).toBe(0);
    expect(deltaE(0x000000, 0xffffff, "normal")).toBeCloseTo(100, 0);
  });
});
