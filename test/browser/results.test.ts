import { describe, expect, it } from "vitest";
import { joinPlayer } from "../support/clients.ts";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { openWithGameHeld } from "./support/held-game.ts";

describe("results screen in Chromium", () => {
  // A 10-second match (the shortest the rules allow), and the room stays 20 s after the end so the results can be read.
  const game = useGame({
    rules: { players: { lobbyWaitSeconds: 0 }, match: { durationSeconds: 10, endGraceSeconds: 20 } },
  });

  it("shows the ranking when the match ends; Play again joins a new match; Watch replay opens its record", async () => {
    const [a, b] = await game.joinPair("Winner?", "Runner");
    const room = await octet(a.page, (o) => o.roomId);
    for (const p of [a.page, b.page]) await waitForOctet(p, (o) => o.screen === "results");

    for (const p of [a.page, b.page]) {
      const rows = await p.$$eval("#ranking tbody tr", (trs) =>
        trs.map((tr) => ({
          cells: [...tr.querySelectorAll("td")].map((td) => td.textContent),
          me: tr.classList.contains("me"),
        })),
      );
      // Equal scores share a place (both idle players usually end on 0: "1", "1").
      const tie = rows[0]!.cells[2] === rows[1]!.cells[2];
      expect(rows.map((r) => r.cells[0])).toEqual(tie ? ["1", "1"] : ["1", "2"]);
      if (tie) expect(await p.textContent("#results h2")).toBe("Tied for first!");
      expect(await p.textContent("#kills-note")).toContain("yours: 0 commanders");
      expect(rows.map((r) => r.cells[1]).sort()).toEqual(["Runner", "Winner?"]);
      // Exactly one row is the viewer's own.
      expect(rows.filter((r) => r.me)).toHaveLength(1);
      expect(await p.textContent("#results .reason")).toBe("Time is up");
    }
    await screenshot(a.page, "results");

    await a.page.click("#play-again");
    await waitForOctet(a.page, (o, old) => o.roomId !== null && o.roomId !== old, room);
    expect(["waiting", "match"]).toContain(await octet(a.page, (o) => o.screen));
    expect(await a.page.isVisible("#results")).toBe(false);
    expect(a.errors).toEqual([]);

    // The other player watches the match just played: the viewer on its record.
    await b.page.click("#watch-replay");
    await b.page.waitForURL(/replay=/);
    await b.page.waitForSelector("#replay-time");
    // The match id is the room id and the start time.
    expect(await b.page.textContent("#replay .replay-title")).toContain(`Replay of ${room}-`);
    // Players appear in the viewer as the replay reaches their joins.
    await b.page.waitForFunction(
      'document.querySelectorAll("#replay-follow option").length === 3',
      undefined,
      {
        timeout: 60_000,
      },
    );
    const names = await b.page.$$eval("#replay-follow option", (os) => os.map((o) => o.textContent));
    expect(names).toEqual(["Whole map", "Winner?", "Runner"]);
    await screenshot(b.page, "watch-replay");
    expect(b.errors).toEqual([]);
    for (const p of [a.page, b.page]) await p.context().close();
  });

  it("a page whose game script loads only after its match ended still shows the results", async () => {
    // The game's script is held back until the match is over: the page joined before it ended,
    // but its game starts after.
    const { page, errors, release } = await openWithGameHeld(game.browser, game.server.httpUrl);
    await joinFromLobby(page, "Late", "quick");
    const other = await joinPlayer(game.server.url, "Early");
    await new Promise<void>((r) => other.conn.on("matchEnd", () => r()));
    release();
    await waitForOctet(page, (o) => o.screen === "results");
    expect(await page.isVisible("#results")).toBe(true);
    const names = await page.$$eval("#ranking tbody tr td:nth-child(2)", (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(names).toEqual(expect.arrayContaining(["Late", "Early"]));
    await screenshot(page, "results-late-game");
    expect(errors).toEqual([]);
    await other.conn.leave();
    await page.context().close();
  });
});
