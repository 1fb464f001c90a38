import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import {
  joinFromLobby,
  launchBrowser,
  octet,
  openGame,
  openPage,
  screenshot,
  waitForOctet,
} from "./support/browser.ts";

describe("private match in Chromium: invite link, the server's bot countdown, the host's start with bots", () => {
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    // Bots would come by themselves only after 120 s (sooner is the host's button), and only a full room starts.
    server = await startServer({
      rules: { players: { botFillSeconds: 120, lobbyWaitSeconds: 2, minToStart: 8 } },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a friend opens the copied link and joins; only the host sees the button; it fills the seats with bots and starts", async () => {
    const host = await openGame(browser, server.httpUrl, "", {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await joinFromLobby(host.page, "Host", "create");
    await waitForOctet(host.page, (o) => o.screen === "waiting" && o.roomId !== null);
    const code = (await octet(host.page, (o) => o.roomId))!;
    await expect.poll(() => host.page.textContent("#countdown")).toMatch(/bots join in \d+ s/);
    const seconds = Number((await host.page.textContent("#countdown"))!.match(/bots join in (\d+) s/)![1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(120);
    expect(await host.page.isVisible("#start-with-bots")).toBe(true);

    const link = await host.page.inputValue("#invite-link");
    expect(new URL(link).searchParams.get("join")).toBe(code);
    await host.page.click("#copy-invite");
    await expect.poll(() => host.page.textContent("#invite-note")).toContain("Link copied");
    expect(await host.page.evaluate("navigator.clipboard.readText()")).toBe(link);
    await screenshot(host.page, "waiting-room-host");

    // A friend with no name yet: the code is filled in, the lobby asks for a name.
    const friend = await openPage(browser, `${link}&debug=1`);
    await friend.page.waitForSelector("#lobby-name");
    expect(await friend.page.inputValue("#lobby-code")).toBe(code);
    expect(await friend.page.textContent("#lobby-status")).toContain(`Invited to match ${code}`);
    await friend.page.fill("#lobby-name", "Friend");
    await friend.page.click("#join-code");
    await waitForOctet(friend.page, (o) => o.screen === "waiting" && o.roomId !== null);
    expect(await octet(friend.page, (o) => o.roomId)).toBe(code);
    // The link is used once: it is gone from the address bar.
    expect(new URL(friend.page.url()).searchParams.has("join")).toBe(false);
    // A friend whose name the browser remembers joins as soon as the link opens.
    const known = await openGame(browser, server.httpUrl, `&join=${code.toLowerCase()}`, {
      storageState: {
        cookies: [],
        origins: [{ origin: server.httpUrl, localStorage: [{ name: "octet.name", value: "Known" }] }],
      },
    });
    await waitForOctet(known.page, (o) => o.screen === "waiting" && o.roomId !== null);
    expect(await octet(known.page, (o) => o.roomId)).toBe(code);
    await expect.poll(() => host.page.$$eval("#waiting-players li", (li) => li.length)).toBe(3);
    expect(await friend.page.isVisible("#start-with-bots")).toBe(false);
    expect(await known.page.isVisible("#start-with-bots")).toBe(false);
    await screenshot(friend.page, "waiting-room-guest");

    await host.page.click("#start-with-bots");
    for (const p of [host.page, friend.page, known.page])
      await waitForOctet(p, (o) => o.phase === "playing", undefined, 20_000);
    // Five bots took the empty seats, named apart from the three players.
    await host.page.keyboard.down("Tab");
    await expect
      .poll(() => host.page.$$eval("#scoreboard tbody tr", (trs) => trs.length), { timeout: 5_000 })
      .toBe(8);
    const rows = await host.page.$$eval("#scoreboard tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    expect(rows.filter((r) => r[4] === "bot")).toHaveLength(5);
    expect(new Set(rows.map((r) => r[1])).size).toBe(8);
    await screenshot(host.page, "host-started-with-bots");
    await host.page.keyboard.up("Tab");
    expect([...host.errors, ...friend.errors, ...known.errors]).toEqual([]);
  });

  it("a link whose code cannot be one is refused in the lobby, and nothing is joined", async () => {
    const { page, errors } = await openGame(
      browser,
      server.httpUrl,
      `&join=${encodeURIComponent("<b>x</b>")}`,
    );
    await expect.poll(() => page.textContent("#lobby-status")).toContain("no valid match code");
    expect(await octet(page, (o) => o.screen)).toBe("lobby");
    expect(await page.inputValue("#lobby-code")).toBe("");
    expect(errors).toEqual([]);
  });
});
