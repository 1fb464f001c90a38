import { describe, expect, it } from "vitest";
import { octet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { ownUnits } from "./support/units.ts";

describe("orders past the rules' units-per-order limit (Chromium)", () => {
  // Two units per order: a group of three is one too many.
  const game = useGame({
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000 },
      limits: { maxUnitsPerOrder: 2 },
      creeps: { count: 0 },
    },
  });

  it("a right-click or G with more units than one order may carry sends the first ones and says how many of how many", async () => {
    const { page, errors } = await game.play("Limit");
    await page.click("#howto-ok");
    for (let i = 0; i < 3; i++) await page.keyboard.press("1");
    await expect.poll(async () => (await ownUnits(page)).length, { timeout: 10_000 }).toBe(3);

    // Nothing selected: the order is for every unit, and only two fit in it.
    const c = (await octet(page, (o) => o.commanderScreen()))!;
    const world = (await octet(page, (o) => o.commanderWorld()))!;
    await page.mouse.click(c.x + 250, c.y, { button: "right" });
    expect(await page.textContent("#hud-notice")).toBe("2 of 3 units ordered (the rules allow 2 per order)");
    const near = async () =>
      (await ownUnits(page)).filter((u) => Math.hypot(u.x - (world.x + 250), u.y - world.y) < 120).length;
    await expect.poll(near, { timeout: 10_000 }).toBe(2);

    await page.keyboard.press("g");
    expect(await page.textContent("#hud-notice")).toBe(
      "Guard: 2 of 3 units follow your commander (the rules allow 2 per order)",
    );
    expect(errors).toEqual([]);
  });
});
