import { describe, expect, it } from "vitest";
import { octet, screenshot } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { farCreepOnScreen, ownUnits } from "./support/units.ts";

describe("units in Chromium", () => {
  const game = useGame({
    // A fixed world seed: where the creeps are is drawn from it, and with a random one about one
    // match in twenty had no creep on screen clear of the player's units (the test failed on
    // "a creep on screen"). Plenty of creeps, so one is on screen to attack. New units stand where they spawn
    // (guardOnTrain off): guarding ones would run at those creeps before they are selected.
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 200 },
      // Standing still, so the creeps stay where the seed put them however late the test looks.
      creeps: { count: 160, speed: 0 },
      orders: { guardOnTrain: false },
    },
    env: { SEED: "1" },
  });

  it("1 and the HUD buttons train units; drag and click select them; a right-click sends the selection", async () => {
    const { page, errors } = await game.play("General");

    await page.keyboard.press("1");
    await expect
      .poll(async () => (await ownUnits(page)).map((u) => u.kind), { timeout: 10_000 })
      .toEqual([3]);
    await page.click('.train button[data-kind="archer"]');
    await expect
      .poll(async () => (await ownUnits(page)).map((u) => u.kind).sort(), { timeout: 10_000 })
      .toEqual([3, 4]);

    // A drag box around both selects both; a click on the soldier selects it alone.
    const units = await ownUnits(page);
    const soldier = units.find((u) => u.kind === 3)!;
    const x0 = Math.min(...units.map((u) => u.sx)) - 30;
    const y0 = Math.min(...units.map((u) => u.sy)) - 30;
    const x1 = Math.max(...units.map((u) => u.sx)) + 30;
    const y1 = Math.max(...units.map((u) => u.sy)) + 30;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();
    expect((await octet(page, (o) => o.selected())).sort()).toEqual(units.map((u) => u.id).sort());
    await page.mouse.click(soldier.sx, soldier.sy);
    expect(await octet(page, (o) => o.selected())).toEqual([soldier.id]);

    // Right-click on open ground 250 px to the right: the soldier walks there, the archer stays.
    const archer = units.find((u) => u.kind === 4)!;
    await page.mouse.click(soldier.sx + 250, soldier.sy, { button: "right" });
    await expect
      .poll(async () => (await ownUnits(page)).find((u) => u.id === soldier.id)!.x - soldier.x, {
        timeout: 10_000,
      })
      .toBeGreaterThan(100);
    const archerNow = (await ownUnits(page)).find((u) => u.id === archer.id)!;
    expect(Math.hypot(archerNow.x - archer.x, archerNow.y - archer.y)).toBeLessThan(30);
    await screenshot(page, "match-units");

    // Right-click on a creep out of everyone's reach (they only hit what is in range on their
    // own): the soldier goes after it and hits it.
    const creep = await farCreepOnScreen(page);
    expect(creep, "a creep on screen").toBeDefined();
    await page.mouse.click(creep!.sx, creep!.sy, { button: "right" });
    await expect
      .poll(
        () =>
          octet(
            page,
            (o, id) => o.entities().find((e) => e.id === id)?.hp ?? Number.POSITIVE_INFINITY,
            creep!.id,
          ),
        { timeout: 40_000 },
      )
      .toBeLessThan(creep!.hp);

    // Training more than the gold allows: the server refuses, and the HUD says why.
    // Income and bounties keep arriving while the fight above lasts, so ask for
    // more archers than the gold shown now can pay, plus one.
    const gold = Number(await page.textContent("#hud-gold"));
    expect(Number.isFinite(gold)).toBe(true);
    for (let i = 0; i < Math.floor(gold / 70) + 2; i++) await page.keyboard.press("2");
    await expect
      .poll(() => page.textContent("#hud-notice"), { timeout: 10_000 })
      .toMatch(/^Archer costs 70 gold, you have \d+$/);

    expect(errors).toEqual([]);
  });
});
