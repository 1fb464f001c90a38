import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { joinFromLobby, launchBrowser, openGame, screenshot, waitForOctet } from "./support/browser.ts";

describe("practice against server-side bots in Chromium", () => {
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ rules: { players: { botFillSeconds: 3, lobbyWaitSeconds: 60 } } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a lone player's match starts with bots after the rules' wait, and the scoreboard marks them", async () => {
    const { page, errors } = await openGame(browser, server.httpUrl);
    await joinFromLobby(page, "Solo", "quick");
    await waitForOctet(page, (o) => o.screen === "waiting");
    // The server's own countdown to the bot fill (state.botsInSeconds), never above the rules' wait.
    await expect.poll(() => page.textContent("#countdown")).toMatch(/bots join in [1-3] s/);
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null, undefined, 20_000);
    await page.keyboard.down("Tab");
    await expect
      .poll(() => page.$$eval("#scoreboard tbody tr", (trs) => trs.length), { timeout: 5_000 })
      .toBe(8);
    const rows = await page.$$eval("#scoreboard tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    expect(rows.filter((r) => r[4] === "bot")).toHaveLength(7);
    expect(rows.filter((r) => r[1] === "Solo" && r[4] === "")).toHaveLength(1);
    await screenshot(page, "practice-scoreboard");
    await page.keyboard.up("Tab");
    expect(errors).toEqual([]);
  });
});
