import { describe, expect, it } from "vitest";
import { octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

describe("menus in Chromium", () => {
  const game = useGame({ rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } } });

  it("first match: how-to card; Tab scoreboard; Esc menu keeps the volume; Esc -> Leave returns to the lobby", async () => {
    const { page, errors } = await game.play("Menu");

    // The first match shows the how-to card, with the goal from the rules.
    await page.waitForSelector("#howto");
    expect(await page.textContent("#howto")).toContain("Score 60 points first");
    await screenshot(page, "how-to");
    await page.click("#howto-ok");
    expect(await page.$("#howto")).toBeNull();

    await page.keyboard.down("Tab");
    await page.waitForSelector("#scoreboard:not([hidden])");
    const rows = await page.$$eval("#scoreboard tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    expect(rows).toEqual([["1", "Menu", "0", "0", ""]]);
    await screenshot(page, "scoreboard");
    await page.keyboard.up("Tab");
    expect(await page.isVisible("#scoreboard")).toBe(false);

    await page.keyboard.press("Escape");
    await page.waitForSelector("#menu:not([hidden])");
    await page.click("#menu-keys summary");
    await page.fill("#menu-volume", "25");
    await page.check("#menu-mute");
    await screenshot(page, "menu");
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("octet.settings") ?? "{}"));
    expect(saved).toMatchObject({ volume: 0.25, muted: true, howToSeen: true });
    // While the menu is open, WASD does not move the commander.
    const before = (await octet(page, (o) => o.commanderWorld()))!;
    await page.keyboard.down("d");
    await page.waitForTimeout(500);
    await page.keyboard.up("d");
    expect((await octet(page, (o) => o.commanderWorld()))!.x).toBe(before.x);

    await page.click("#menu-leave");
    await waitForOctet(page, (o) => o.screen === "lobby");
    expect(await page.isVisible("#lobby")).toBe(true);
    expect(await page.$("#menu")).toBeNull();

    // The next match: no how-to card, and the menu opens with the kept volume.
    await page.click("#quick-match");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    expect(await page.$("#howto")).toBeNull();
    await page.click("#menu-button");
    expect(await page.inputValue("#menu-volume")).toBe("25");
    expect(await page.isChecked("#menu-mute")).toBe(true);
    await page.click("#menu-resume");
    expect(await page.isVisible("#menu")).toBe(false);
    expect(errors).toEqual([]);
  });
});
