import { describe, expect, it } from "vitest";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

describe("rematch in Chromium", () => {
  // A 3-second match; the room stays 20 s after the end, long enough to ask for the rematch.
  const game = useGame({
    rules: {
      players: { lobbyWaitSeconds: 0, botFillSeconds: 0 },
      match: { durationSeconds: 3, endGraceSeconds: 20 },
    },
  });

  it("after the results, Rematch puts the same two players in a new match together", async () => {
    const a = await game.open();
    const b = await game.open();
    await joinFromLobby(a.page, "Ann", "quick");
    await waitForOctet(a.page, (o) => o.roomId !== null);
    await joinFromLobby(b.page, "Ben", "quick");
    const first = await octet(a.page, (o) => o.roomId);
    for (const p of [a.page, b.page]) await waitForOctet(p, (o) => o.screen === "results");
    for (const p of [a.page, b.page]) await p.waitForSelector("#rematch", { state: "visible" });
    await screenshot(a.page, "results-rematch");

    await a.page.click("#rematch");
    await waitForOctet(a.page, (o, old) => o.roomId !== null && o.roomId !== old, first);
    const rematch = await octet(a.page, (o) => o.roomId);
    await b.page.click("#rematch");
    await waitForOctet(b.page, (o, old) => o.roomId !== null && o.roomId !== old, first);
    expect(await octet(b.page, (o) => o.roomId)).toBe(rematch);
    // A private match: its code is on the waiting screen until the match starts.
    for (const p of [a.page, b.page]) {
      expect(["waiting", "match"]).toContain(await octet(p, (o) => o.screen));
      expect(await p.isVisible("#results")).toBe(false);
    }
    await waitForOctet(
      a.page,
      (o) => o.phase === "playing" && o.commanderWorld() !== null,
      undefined,
      20_000,
    );
    await expectScoreboard(a.page, ["Ann", "Ben"], "rematch-scoreboard");
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});

/** The Tab scoreboard lists exactly these players (screenshot `shot` while it is up). */
async function expectScoreboard(
  page: import("playwright-core").Page,
  names: string[],
  shot: string,
): Promise<void> {
  await page.keyboard.down("Tab");
  await expect
    .poll(() =>
      page.$$eval("#scoreboard tbody tr td:nth-child(2)", (tds) => tds.map((t) => t.textContent).sort()),
    )
    .toEqual(names);
  await screenshot(page, shot);
  await page.keyboard.up("Tab");
}
