import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import {
  joinFromLobby,
  launchBrowser,
  octet,
  openGame,
  screenshot,
  waitForOctet,
} from "./support/browser.ts";

/** Own units as drawn, with their screen positions (world minus the camera's scroll). */
function ownUnits(page: Page) {
  return octet(page, (o) => {
    const f = o.frames().at(-1)!;
    const scrollX = f.world!.x - f.screen!.x;
    const scrollY = f.world!.y - f.screen!.y;
    return o
      .entities()
      .filter((e) => e.mine && e.kind >= 3)
      .map((e) => ({ id: e.id, kind: e.kind, x: e.x, y: e.y, sx: e.x - scrollX, sy: e.y - scrollY }));
  });
}

describe("units in Chromium", () => {
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      rules: { players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 200 } },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("1 and the HUD buttons train units; drag and click select them; a right-click sends the selection", async () => {
    const { page, errors } = await openGame(browser, server.httpUrl);
    await joinFromLobby(page, "General", "quick");
    await waitForOctet(page, (o) => o.phase === 1 && o.commanderWorld() !== null);

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

    expect(errors).toEqual([]);
  });
});
