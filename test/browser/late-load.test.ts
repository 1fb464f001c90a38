import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ccu, type ServerHandle, startServer } from "../support/server-process.ts";
import { joinFromLobby, launchBrowser, screenshot } from "./support/browser.ts";
import { openWithGameHeld } from "./support/held-game.ts";

describe("a page whose game loads slowly (Chromium)", () => {
  let server: ServerHandle;
  let browser: Browser;
  beforeAll(async () => {
    // A lone process that ends its matches at once on SIGTERM (no drain).
    server = await startServer({
      rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } },
      env: { DRAIN_SECONDS: "0" },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("hears of a match closed while its game loaded, and says so in the lobby", async () => {
    const { page, errors, release } = await openWithGameHeld(browser, server.httpUrl);
    await joinFromLobby(page, "Slow", "quick");
    // Joined (the welcome came), now waiting for its game.
    await expect.poll(() => page.textContent("#lobby-status")).toBe("Loading the game…");
    expect(await ccu(server)).toBe(1);
    // The server stops while the page still loads its game: the match is closed under it.
    await server.kill("SIGTERM");
    release();
    await expect
      .poll(() => page.textContent("#lobby-status"), { timeout: 45_000 })
      .toBe("The server is restarting. Join again in a moment.");
    expect(await page.isVisible("#lobby")).toBe(true);
    expect(await page.isVisible("#hud")).toBe(false);
    // The lobby's list of matches to watch cannot be read either, and says so in words.
    await expect
      .poll(() => page.textContent("#watch-note"))
      .toBe("No match list: the server cannot be reached. Refresh to try again.");
    await screenshot(page, "late-load-server-gone");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
