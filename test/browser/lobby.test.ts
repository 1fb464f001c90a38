import { describe, expect, it } from "vitest";
import { startServer } from "../support/server-process.ts";
import { joinFromLobby, octet, openGame, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

describe("lobby in Chromium", () => {
  // A lobby countdown long enough to see the waiting room once the second page has loaded its game
  // (seconds on a busy machine), short enough to watch the match start.
  const game = useGame({ rules: { players: { lobbyWaitSeconds: 15 } } });

  it("two pages join the same match by quick match, see each other waiting, then play", async () => {
    const a = await game.open();
    const b = await game.open();
    await a.page.fill("#lobby-name", "Ada");
    await screenshot(a.page, "lobby");
    await joinFromLobby(a.page, "Ada", "quick");
    await waitForOctet(a.page, (o) => o.screen === "waiting");
    await expect.poll(() => a.page.textContent("#countdown")).toMatch(/Waiting for 1 more player/);
    await joinFromLobby(b.page, "Bea", "quick");
    await waitForOctet(b.page, (o) => o.roomId !== null);
    const roomA = await octet(a.page, (o) => o.roomId);
    const roomB = await octet(b.page, (o) => o.roomId);
    expect(roomB).toBe(roomA);
    // Both names in both waiting lists, and the countdown running.
    for (const p of [a.page, b.page]) {
      await expect.poll(() => p.textContent("#waiting-players")).toMatch(/Ada.*Bea|Bea.*Ada/);
      await expect
        .poll(() => p.textContent("#countdown"), { timeout: 10_000 })
        .toMatch(/Match starts in \d+ s/);
    }
    await screenshot(a.page, "waiting-room");
    await waitForOctet(a.page, (o) => o.screen === "match" && o.phase === "playing");
    await waitForOctet(b.page, (o) => o.screen === "match" && o.phase === "playing");
    expect(await a.page.isVisible("#waiting")).toBe(false);
    expect(await a.page.isVisible("#hud")).toBe(true);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });

  it("a private match shows a code; a friend joins it by that code; quick match does not", async () => {
    const host = await game.open();
    const friend = await game.open();
    const stranger = await game.open();
    await joinFromLobby(host.page, "Host", "create");
    await host.page.waitForSelector("#match-code");
    const code = (await host.page.textContent("#match-code"))!.trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}$/);
    expect(await octet(host.page, (o) => o.roomId)).toBe(code);
    // People type codes in any case, with spaces.
    await joinFromLobby(friend.page, "Friend", {
      code: ` ${code.slice(0, 2).toLowerCase()} ${code.slice(2)}`,
    });
    await waitForOctet(friend.page, (o) => o.roomId !== null);
    expect(await octet(friend.page, (o) => o.roomId)).toBe(code);
    await expect.poll(() => host.page.textContent("#waiting-players")).toMatch(/Friend/);
    await joinFromLobby(stranger.page, "Stranger", "quick");
    await waitForOctet(stranger.page, (o) => o.roomId !== null);
    expect(await octet(stranger.page, (o) => o.roomId)).not.toBe(code);
    for (const p of [host, friend, stranger]) await p.page.context().close();
  });

  it("a wrong code and an unreachable server get clear messages in the lobby", async () => {
    const g = await game.open();
    await joinFromLobby(g.page, "Lost", { code: "ZZZZZ" });
    await expect
      .poll(() => g.page.textContent("#lobby-status"))
      .toBe("No match has the code ZZZZZ. Check the code and try again.");
    expect(await g.page.getAttribute("#lobby-status", "class")).toContain("error");
    // The form is usable again.
    expect(await g.page.isEnabled("#quick-match")).toBe(true);
    await screenshot(g.page, "lobby-wrong-code");
    await g.page.context().close();

    const off = await game.open("&server=ws://127.0.0.1:9");
    await joinFromLobby(off.page, "Nobody", "quick");
    await expect
      .poll(() => off.page.textContent("#lobby-status"))
      .toBe("Cannot reach the game server (ws://127.0.0.1:9). Is it running?");
    await off.page.context().close();
  });

  it("a full match turns a join by code away with a clear message", async () => {
    const full = await startServer({ rules: { players: { max: 2, minToStart: 2, lobbyWaitSeconds: 600 } } });
    try {
      const pages = await Promise.all([1, 2, 3].map(() => openGame(game.browser, full.httpUrl)));
      await joinFromLobby(pages[0]!.page, "One", "create");
      await pages[0]!.page.waitForSelector("#match-code");
      const code = (await pages[0]!.page.textContent("#match-code"))!.trim();
      await joinFromLobby(pages[1]!.page, "Two", { code });
      await waitForOctet(pages[1]!.page, (o) => o.roomId !== null);
      await joinFromLobby(pages[2]!.page, "Three", { code });
      await expect.poll(() => pages[2]!.page.textContent("#lobby-status")).toMatch(/full/);
      for (const p of pages) await p.page.context().close();
    } finally {
      await full.stop();
    }
  });
});
