import { describe, expect, it } from "vitest";
import { octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { holdKeyUntil } from "./support/units.ts";

describe("reconnection in Chromium", () => {
  // The page reaches the server through a proxy that can cut the network under it.
  const game = useGame({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 }, match: { reconnectionSeconds: 6 } },
    proxy: true,
  });

  it("a cut socket shows the reconnect banner, then the page resumes in the same match", async () => {
    const { page } = await game.play("Phoenix");
    const before = await octet(page, (o) => ({ room: o.roomId, player: o.playerId }));

    // The network drops (no close handshake) and stays down for 2.5 s.
    game.proxy.cut(2500);
    await waitForOctet(page, (o) => /^Reconnecting… \d+ s$/.test(o.banner), undefined, 5000);
    expect(await page.isVisible("#reconnect-banner")).toBe(true);
    await screenshot(page, "reconnecting");

    await waitForOctet(page, (o) => o.banner === "", undefined, 15_000);
    const after = await octet(page, (o) => ({ room: o.roomId, player: o.playerId, stats: o.stats()! }));
    expect(after.room).toBe(before.room);
    expect(after.player).toBe(before.player);
    expect(after.stats.drops).toBeGreaterThanOrEqual(1);
    expect(after.stats.reconnects).toBe(1);

    // Back in play: a move is sent, predicted and acknowledged by the server.
    const from = (await octet(page, (o) => o.commanderWorld()))!;
    await holdKeyUntil(
      page,
      "s",
      async () => (await octet(page, (o) => o.commanderWorld()))!.y > from.y + 10,
    );
    await waitForOctet(page, (o) => {
      const f = o.frames().at(-1);
      return f !== undefined && f.lastMoveSeq > 0 && f.ackSeq >= f.lastMoveSeq;
    });
    const to = (await octet(page, (o) => o.commanderWorld()))!;
    expect(to.y).toBeGreaterThan(from.y);
    expect(await octet(page, (o) => o.screen)).toBe("match");
    await page.context().close();
  });

  it("when the network stays down past the reconnection window, the page says the seat is lost", async () => {
    const { page } = await game.play("Icarus");
    game.proxy.cut(30_000);
    await waitForOctet(page, (o) => o.banner.startsWith("Reconnecting…"), undefined, 5000);
    await waitForOctet(page, (o) => o.screen === "lost", undefined, 30_000);
    expect(await page.textContent("#reconnect-text")).toMatch(
      /^Connection lost: your seat in this match is gone/,
    );
    await screenshot(page, "seat-lost");
    await page.click("#reconnect-back");
    await page.waitForSelector("#lobby", { state: "visible" });
    expect(await octet(page, (o) => o.screen)).toBe("lobby");
    await page.context().close();
  });
});
