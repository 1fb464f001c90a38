import { describe, expect, it } from "vitest";
import { octet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

describe("the guard order while the commander is dead (Chromium)", () => {
  const game = useGame({
    // Creeps everywhere and a weak commander (four creep blows): walking about soon ends it,
    // after it had time to train. Soldiers last minutes (and never strike). A fixed world seed,
    // so the creeps stand in the same places every run.
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000 },
      commander: { hp: 20, respawnSeconds: 60 },
      units: { soldier: { damage: 0, hp: 5000 } },
      creeps: { count: 400 },
    },
    env: { SEED: "1" },
  });

  it("G with the commander down says the units hold until it is back", async () => {
    const { page, errors } = await game.play("Fallen");
    await page.keyboard.press("1");
    const units = () => octet(page, (o) => o.entities().filter((e) => e.mine && e.kind >= 3).length);
    await expect.poll(units, { timeout: 10_000 }).toBe(1);
    // Walk (down and right by turns) into the creeps until the death screen shows.
    // For a while, not a number of steps: a slow page walks less in each.
    for (
      let i = 0, end = Date.now() + 60_000;
      Date.now() < end && !(await page.isVisible("#death-screen"));
      i++
    ) {
      const key = i % 2 ? "KeyD" : "KeyS";
      await page.keyboard.down(key);
      await page.waitForTimeout(500);
      await page.keyboard.up(key);
    }
    expect(await page.isVisible("#death-screen")).toBe(true);
    await page.keyboard.press("g");
    expect(await page.textContent("#hud-notice")).toBe(
      "Guard: your units hold until your commander is back, then follow it",
    );
    expect(errors).toEqual([]);
  });
});
