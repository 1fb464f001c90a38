import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { octet, screenshot } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { holdKeyUntil } from "./support/units.ts";

/** The own commander and units as drawn. */
function mine(page: Page) {
  return octet(page, (o) => {
    const own = o.entities().filter((e) => e.mine);
    const c = own.find((e) => e.kind === 0)!;
    const units = own.filter((e) => e.kind >= 3).map((e) => ({ id: e.id, x: e.x, y: e.y }));
    return { c: { x: c.x, y: c.y }, units };
  });
}

describe("guard orders in Chromium", () => {
  const game = useGame({
    // Trained units stand idle here (guardOnTrain off), so it is G that makes them follow;
    // no creeps, so nothing near the commander pulls them into a fight.
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 400 },
      creeps: { count: 0 },
      orders: { guardOnTrain: false },
    },
  });

  it("G sends the units after the commander: they follow it as it walks and stand around it", async () => {
    const { page, errors } = await game.play("Marshal");
    for (let i = 0; i < 3; i++) await page.keyboard.press("1");
    await expect.poll(async () => (await mine(page)).units.length, { timeout: 10_000 }).toBe(3);
    const before = await mine(page);

    // Idle units stay behind a commander that walks off.
    await holdKeyUntil(page, "d", async () => (await mine(page)).c.x - before.c.x > 150);
    const walked = await mine(page);
    for (const u of walked.units) {
      const was = before.units.find((b) => b.id === u.id)!;
      expect(Math.hypot(u.x - was.x, u.y - was.y)).toBeLessThan(5);
    }

    await page.keyboard.press("g");
    await expect
      .poll(() => page.textContent("#hud-notice"), { timeout: 5_000 })
      .toBe("Guard: 3 units follow your commander");
    await holdKeyUntil(page, "d", async () => (await mine(page)).c.x - walked.c.x > 400);
    // They catch up and take their places around it (slots one formation step from its centre).
    await expect
      .poll(
        async () => {
          const now = await mine(page);
          return Math.max(...now.units.map((u) => Math.hypot(u.x - now.c.x, u.y - now.c.y)));
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(60);
    const after = await mine(page);
    for (const u of after.units) {
      const was = walked.units.find((b) => b.id === u.id)!;
      expect(u.x - was.x).toBeGreaterThan(350);
    }
    await screenshot(page, "guard-follow");

    // Sent away with a right-click, they go; the HUD's Guard button (the touch way) calls them back.
    const spread = () =>
      mine(page).then((now) => Math.min(...now.units.map((u) => Math.hypot(u.x - now.c.x, u.y - now.c.y))));
    const screen = await octet(page, (o) => o.frames().at(-1)!.screen!);
    await page.mouse.click(screen.x, screen.y + 250, { button: "right" });
    await expect.poll(spread, { timeout: 10_000 }).toBeGreaterThan(150);
    await page.click("#guard-button");
    await expect.poll(spread, { timeout: 15_000 }).toBeLessThan(60);
    await screenshot(page, "guard-button");
    expect(errors).toEqual([]);
  });
});
