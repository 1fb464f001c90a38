import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { launchBrowser, openGame, screenshot } from "./support/browser.ts";

// One player and the server's bots (they take the empty seats a second after it joins).
let server: ServerHandle;
/** no bots, so a private match waits in its waiting room (where its spectate link is) */
let quiet: ServerHandle;
let browser: Browser;
let players: TestPlayer[] = [];
let stop = () => {};

beforeAll(async () => {
  server = await startServer({
    rules: {
      players: { max: 4, minToStart: 4, lobbyWaitSeconds: 0, botFillSeconds: 1 },
      match: { durationSeconds: 120 },
    },
  });
  quiet = await startServer({ rules: { players: { max: 4, minToStart: 4, botFillSeconds: 0 } } });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  stop();
  await leaveAll(players);
  await browser?.close();
  await server?.stop();
  await quiet?.stop();
});

const debug = <T>(page: Page, expr: string) => page.evaluate(`window.__octetReplay.${expr}`) as Promise<T>;

describe("watching a running match from the lobby", () => {
  it("lists the match, Watch opens the live viewer: the whole map, new ticks as they come, no errors", async () => {
    players = [await joinPlayer(server.url, "Ada")];
    const roomId = players[0]!.conn.room.roomId;
    stop = keepMoving(players);
    await waitFor(
      () => players[0]!.conn.state.phase === MatchPhase.Playing,
      "the match (with bots) to start",
      20_000,
    );

    const { page, errors } = await openGame(browser, server.httpUrl);
    const watch = page.locator(`#watch-list a[data-room-id="${roomId}"]`);
    await watch.waitFor({ timeout: 10_000 });
    await screenshot(page, "watch-lobby-list");
    await watch.click();
    await page.waitForFunction("window.__octetReplay !== undefined", undefined, { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get("watch")).toBe(roomId);
    expect(await debug<boolean>(page, "live")).toBe(true);

    // Live: the record keeps arriving and playback follows it.
    const first = await debug<number>(page, "lastTick");
    await page.waitForFunction(`window.__octetReplay.lastTick > ${first + 20}`, undefined, {
      timeout: 20_000,
    });
    await page.waitForFunction(`window.__octetReplay.tick > ${first + 10}`, undefined, { timeout: 20_000 });
    expect(await debug<boolean>(page, "playing")).toBe(true);

    // The whole map: every seat's player, and more entities than the player's own fog shows it.
    expect(await debug<number>(page, "players")).toBe(4);
    const seenByPlayer = players[0]!.conn.state.entities.size;
    expect(await debug<number>(page, "entities")).toBeGreaterThan(seenByPlayer);
    expect(await debug<{ follow: string | null }>(page, "view")).toMatchObject({ follow: null, fogOf: null });
    expect(await page.isVisible("#game canvas")).toBe(true);
    expect(await page.textContent(".replay-title")).toContain(`Live: match ${roomId}`);
    await page.waitForTimeout(500);
    await screenshot(page, "watch-live-whole-map");

    // Scrub back within what has arrived, then follow a player.
    await page.click("#replay-play");
    await page.evaluate(
      `(() => { const i = document.querySelector("#replay-time"); i.value = "5"; i.dispatchEvent(new Event("input", { bubbles: true })); })()`,
    );
    expect(await debug<number>(page, "tick")).toBe(5);
    await page.click("#replay-play");
    await page.selectOption("#replay-follow", { index: 1 });
    await page.waitForTimeout(500);
    await screenshot(page, "watch-live-follow");
    expect(errors).toEqual([]);
  });

  it("a private match's waiting room shows its spectate link, and the link opens the live viewer", async () => {
    const host = await openGame(browser, quiet.httpUrl);
    await host.page.fill("#lobby-name", "Host");
    await host.page.click("#create-private");
    await host.page.waitForSelector("#watch-link");
    const code = (await host.page.textContent("#match-code"))!.trim();
    const href = (await host.page.getAttribute("#watch-link", "href"))!;
    expect(new URL(href, quiet.httpUrl).searchParams.get("watch")).toBe(code);
    // The first match's how-to card sits over the waiting room: put it away for the picture.
    if (await host.page.isVisible("#howto-ok")) await host.page.click("#howto-ok");
    await screenshot(host.page, "watch-private-link");

    // A friend opens the link (a private match is never in the lobby's list).
    const friend = await openGame(browser, quiet.httpUrl);
    await friend.page.waitForFunction(
      `document.querySelector("#watch-note").textContent === "No public match is running right now."`,
      undefined,
      { timeout: 10_000 },
    );
    expect(await friend.page.locator(`#watch-list a[data-room-id="${code}"]`).count()).toBe(0);
    await friend.page.goto(new URL(href, quiet.httpUrl).toString());
    await friend.page.waitForFunction("window.__octetReplay !== undefined", undefined, { timeout: 20_000 });
    expect(await debug<boolean>(friend.page, "live")).toBe(true);
    expect(await debug<number>(friend.page, "players")).toBe(1); // the host, waiting for friends
    expect(await friend.page.textContent(".replay-title")).toContain(`Live: match ${code}`);
    expect(host.errors).toEqual([]);
    expect(friend.errors).toEqual([]);
  });
});
