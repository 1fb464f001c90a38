import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

/** Whether the page draws another player's commander (kind 0, not its own). */
function seesOtherCommander(page: Page): Promise<boolean> {
  return octet(page, (o) => o.entities().some((e) => e.kind === 0 && !e.mine));
}

/** Holds the keys that walk the page's commander toward (or away from) the map centre until `done`. */
async function walk(page: Page, towardCentre: boolean, done: () => Promise<boolean>): Promise<void> {
  const at = (await octet(page, (o) => o.commanderWorld()))!;
  const centre = 2048;
  const sign = towardCentre ? 1 : -1;
  const keys = [sign * (centre - at.x) > 0 ? "d" : "a", sign * (centre - at.y) > 0 ? "s" : "w"];
  for (const k of keys) await page.keyboard.down(k);
  try {
    await expect.poll(done, { timeout: 20_000, interval: 100 }).toBe(true);
  } finally {
    for (const k of keys) await page.keyboard.up(k);
  }
}

describe("fog of war in Chromium", () => {
  // Commanders spawn 800 apart across the centre: outside the 640 vision radius plus 96 hysteresis.
  const game = useGame({
    rules: { players: { lobbyWaitSeconds: 0, spawnRadius: 400 }, vision: { radius: 640, hysteresis: 96 } },
  });

  it("each page sees the other commander within vision and not outside it", async () => {
    const [a, b] = await game.joinPair("Near", "Far");
    for (const p of [a.page, b.page])
      await waitForOctet(p, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    const start = (await octet(a.page, (o) => o.commanderWorld()))!;

    // Apart: neither draws the other, over several patches.
    const patches = (await octet(a.page, (o) => o.stats()!.patches)) as number;
    await waitForOctet(a.page, (o, n) => (o.stats()!.patches as number) > n + 5, patches);
    expect(await seesOtherCommander(a.page)).toBe(false);
    expect(await seesOtherCommander(b.page)).toBe(false);

    // A walks toward B: both see each other once within 640.
    await walk(a.page, true, () => seesOtherCommander(a.page));
    await expect.poll(() => seesOtherCommander(b.page), { timeout: 10_000 }).toBe(true);
    const near = (await octet(a.page, (o) => o.commanderWorld()))!;
    expect(Math.hypot(near.x - start.x, near.y - start.y)).toBeGreaterThan(100);
    await screenshot(a.page, "match-vision");

    // A walks back past where it started: out of each other's sight again.
    await walk(a.page, false, async () => {
      const p = (await octet(a.page, (o) => o.commanderWorld()))!;
      return Math.hypot(p.x - 2048, p.y - 2048) > Math.hypot(start.x - 2048, start.y - 2048) + 40;
    });
    await expect.poll(() => seesOtherCommander(a.page), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => seesOtherCommander(b.page), { timeout: 10_000 }).toBe(false);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
