import type { Browser } from "playwright-core";
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

// A designer adds a fourth and a fifth unit kind: each is trained from the HUD
// and drawn with its own outline (see the screenshot test-artifacts/browser/unit-kinds.png).

const extra = { speed: 120, hp: 80, damage: 5, range: 60, cooldownMs: 900, radius: 14, cost: 10 };

describe("new unit kinds in Chromium", () => {
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      rules: {
        players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000 },
        units: { knight: extra, mage: { ...extra, radius: 16 } },
        creeps: { count: 0 },
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("trains all five kinds from the HUD and draws them", async () => {
    const { page, errors } = await openGame(browser, server.httpUrl);
    await joinFromLobby(page, "Designer", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
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
