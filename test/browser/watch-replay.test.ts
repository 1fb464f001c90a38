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

describe("Watch replay on the results screen", () => {
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      rules: { players: { lobbyWaitSeconds: 0 }, match: { durationSeconds: 4, endGraceSeconds: 20 } },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens the viewer on the record of the match just played", async () => {
    const a = await openGame(browser, server.httpUrl);
    const b = await openGame(browser, server.httpUrl);
    await joinFromLobby(a.page, "Ann", "quick");
    await waitForOctet(a.page, (o) => o.roomId !== null);
    await joinFromLobby(b.page, "Bob", "quick");
    const room = await octet(a.page, (o) => o.roomId);
    await waitForOctet(a.page, (o) => o.screen === "results", undefined, 30_000);
    await a.page.click("#watch-replay");
    await a.page.waitForURL(/replay=/);
    await a.page.waitForSelector("#replay-time");
    const title = await a.page.textContent("#replay .replay-title");
    // The match id is the room id and the start time.
    expect(title).toContain(`Replay of ${room}-`);
    // Players appear in the viewer as the replay reaches their joins.
    await a.page.waitForFunction(
      'document.querySelectorAll("#replay-follow option").length === 3',
      undefined,
      {
        timeout: 60_000,
      },
    );
    const names = await a.page.$$eval("#replay-follow option", (os) => os.map((o) => o.textContent));
    expect(names).toEqual(expect.arrayContaining(["Whole map", "Ann", "Bob"]));
    await screenshot(a.page, "watch-replay");
    expect(a.errors).toEqual([]);
  });
});
