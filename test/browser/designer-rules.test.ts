import { describe, expect, it } from "vitest";
import { octet, screenshot } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

// A designer's rules in the browser: the lobby tells their match length and
// score limit; a fourth and a fifth unit kind are trained from the HUD and
// drawn with their own outlines (see test-artifacts/browser/unit-kinds.png).

const extra = { speed: 120, hp: 80, damage: 5, range: 60, cooldownMs: 900, radius: 14, cost: 10 };

describe("new unit kinds in Chromium", () => {
  const game = useGame({
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000 },
      units: { knight: extra, mage: { ...extra, radius: 16 } },
      creeps: { count: 0 },
      match: { durationSeconds: 120, scoreLimit: 30 },
    },
  });

  it("the lobby tells the server's real match length and score limit", async () => {
    const { page, errors } = await game.open();
    await expect
      .poll(() => page.textContent("#lobby-tagline"))
      .toBe("Eight players. One map. Two minutes, or first to 30 points.");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("trains all five kinds from the HUD and draws them", async () => {
    const { page, errors } = await game.play("Designer");
    // Units appear at the commander: it takes a few steps between trainings, so they stand apart.
    for (const kind of ["soldier", "archer", "scout", "knight", "mage"]) {
      await page.click(`.train button[data-kind="${kind}"]`);
      await page.waitForTimeout(300);
      await page.keyboard.down("KeyD");
      await page.waitForTimeout(250);
      await page.keyboard.up("KeyD");
    }
    await expect
      .poll(
        async () =>
          (
            await octet(page, (o) =>
              o
                .entities()
                .filter((e) => e.mine && e.kind >= 3)
                .map((e) => e.kind),
            )
          ).sort(),
        { timeout: 15_000 },
      )
      .toEqual([3, 4, 5, 6, 7]);
    await screenshot(page, "unit-kinds");
    expect(errors).toEqual([]);
  });
});
