import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

/** The id (or, without one, the data-action) of the element with the keyboard focus. */
const focused = (page: Page) =>
  page.evaluate(
    "(() => { const el = document.activeElement; return el?.id || el?.dataset.action || el?.tagName || null; })()",
  ) as Promise<string | null>;

describe("the keyboard belongs to the menu and the results screen (Chromium)", () => {
  // A 40-second match: long enough for the menu part on a slow page, then the results screen stays while it is read.
  const game = useGame({
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0 },
      match: { durationSeconds: 40, endGraceSeconds: 30 },
      creeps: { count: 0 },
    },
  });

  it("in the menu Tab moves the focus, Space presses Resume, the arrows do not pan; the Keys panel works from the keyboard and a click elsewhere cancels a rebinding; Tab held at a blur does not stick; on the results Tab and Enter work the buttons", async () => {
    const { page, errors } = await game.play("Keyboard");
    await page.click("#howto-ok");

    // Tab (the scoreboard's key) held, then the window loses the focus (Alt+Tab away): the keyup never comes.
    await page.keyboard.down("Tab");
    await page.waitForSelector("#scoreboard:not([hidden])");
    await page.evaluate('window.dispatchEvent(new Event("blur"))');
    expect(await page.isVisible("#scoreboard")).toBe(false);
    await page.keyboard.up("Tab");

    await page.keyboard.press("Escape");
    await page.waitForSelector("#menu:not([hidden])");
    expect(await focused(page)).toBe("menu-resume");
    // Tab moves on to the volume (and does not show the scoreboard over the menu), Shift+Tab back.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("menu-volume");
    await page.keyboard.down("Tab");
    expect(await page.isVisible("#scoreboard")).toBe(false);
    await page.keyboard.up("Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("menu-resume");
    // The arrows do not pan the camera under the menu.
    const cam = (await octet(page, (o) => o.camera()))!;
    await page.keyboard.down("ArrowRight");
    await page.waitForTimeout(500);
    await page.keyboard.up("ArrowRight");
    expect(await octet(page, (o) => o.camera())).toEqual(cam);

    // The Keys panel from the keyboard: Enter on a keycap listens, the new key binds,
    // the focus stays on that keycap and Tab goes on to the next one.
    await page.click("#menu-keys summary");
    await page.focus('.keycap[data-action="zoom.in"]');
    await page.keyboard.press("Enter");
    expect(await page.textContent('.keycap[data-action="zoom.in"]')).toBe("press a key…");
    await page.keyboard.press("KeyO");
    expect(await page.textContent('.keycap[data-action="zoom.in"]')).toBe("O");
    expect(await focused(page)).toBe("zoom.in");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("zoom.out");
    // Space on a keycap listens too, and Space can be bound (it swaps with the camera's snap).
    await page.keyboard.press("Space");
    expect(await page.textContent('.keycap[data-action="zoom.out"]')).toBe("press a key…");
    await page.keyboard.press("Space");
    expect(await page.textContent('.keycap[data-action="zoom.out"]')).toBe("Space");
    expect(await page.textContent('.keycap[data-action="camera.snap"]')).toBe("-");

    // A click elsewhere (the panel's heading folds it away) cancels: the next key binds nothing.
    await page.click('.keycap[data-action="move.up"]');
    await page.click("#menu-keys summary");
    expect(await page.textContent("#keys-message")).toBe("Cancelled: the key is unchanged.");
    await page.keyboard.press("KeyP");
    await page.click("#menu-keys summary");
    expect(await page.textContent('.keycap[data-action="move.up"]')).toBe("W");
    await page.click('.keycap[data-action="move.down"]');
    await page.click("#menu-volume");
    await page.keyboard.press("KeyP");
    expect(await page.textContent('.keycap[data-action="move.down"]')).toBe("S");
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("octet.keys.v1")!))).toEqual({
      "zoom.in": "KeyO",
      "zoom.out": "Space",
      "camera.snap": "Minus",
    });
    await screenshot(page, "keys-panel-keyboard");

    // Space on the focused Resume button closes the menu.
    await page.focus("#menu-resume");
    await page.keyboard.press("Space");
    expect(await page.isVisible("#menu")).toBe(false);

    // The results screen focuses Play again: Tab goes to Lobby (no scoreboard), Enter presses it.
    await waitForOctet(page, (o) => o.screen === "results", undefined, 60_000);
    expect(await focused(page)).toBe("play-again");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("to-lobby");
    expect(await page.isVisible("#scoreboard")).toBe(false);
    await screenshot(page, "results-keyboard");
    await page.keyboard.press("Space");
    await waitForOctet(page, (o) => o.screen === "lobby");
    expect(errors).toEqual([]);
  });
});

describe("the waiting room's buttons from the keyboard (Chromium)", () => {
  const game = useGame({ rules: { players: { minToStart: 2, lobbyWaitSeconds: 0 } } });

  it("Tab moves through the waiting room (no scoreboard over it) and Space presses Leave", async () => {
    const { page, errors } = await game.open();
    await joinFromLobby(page, "Waiter", "create");
    await waitForOctet(page, (o) => o.screen === "waiting");
    const seen: Array<string | null> = [];
    for (let i = 0; i < 12 && seen.at(-1) !== "leave-waiting"; i++) {
      await page.keyboard.press("Tab");
      expect(await page.isVisible("#scoreboard")).toBe(false);
      seen.push(await focused(page));
    }
    expect(seen).toContain("copy-invite");
    expect(seen.at(-1)).toBe("leave-waiting");
    await page.keyboard.press("Space");
    await waitForOctet(page, (o) => o.screen === "lobby");
    expect(errors).toEqual([]);
  });
});
