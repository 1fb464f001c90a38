import { afterAll, describe, expect, it } from "vitest";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

describe("combat feedback in Chromium", () => {
  let bot: MatchConnection | undefined;

  const game = useGame({
    rules: {
      // Two commanders close together, no creeps in the way; the bot's archers
      // outrange the page's commander and kill it in a few volleys.
      players: { minToStart: 2, lobbyWaitSeconds: 0, startGold: 1000, spawnRadius: 260 },
      creeps: { count: 0 },
      units: { archer: { damage: 20, cooldownMs: 500, range: 230 } },
      commander: { respawnSeconds: 10 },
    },
  });
  afterAll(async () => {
    await bot?.leave().catch(() => {});
  });

  it("shows hits, the kill feed, and a death screen naming the killer with a live countdown", async () => {
    const { page, errors } = await game.open();
    await joinFromLobby(page, "Victim", "quick");
    await waitForOctet(page, (o) => o.roomId !== null);
    const roomId = (await octet(page, (o) => o.roomId))!;
    const pageId = (await octet(page, (o) => o.playerId))!;
    bot = await MatchConnection.join({ url: game.server.url, name: "Hunter", roomId });
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);

    for (let i = 0; i < 3; i++) bot.send({ kind: "train", unitKind: "archer" });
    const b = bot;
    await expect.poll(() => archersOf(b).length, { timeout: 10_000 }).toBe(3);
    const target = b.state.players.get(pageId)!.commanderId;
    b.send({ kind: "attack", unitIds: archersOf(b), targetId: target });

    // Bolts, flashes and damage numbers while the archers shoot.
    await waitForOctet(page, (o) => o.effects() >= 2, undefined, 15_000);
    await screenshot(page, "combat-fight");

    await page.waitForSelector("#death-screen:not([hidden])", { timeout: 20_000 });
    // The archers walk far off: where they stand now they would kill the commander again as it
    // respawns, and a second death starts a new countdown (a CI run failed on 8 s turning 9 s).
    sendAway(b, archersOf(b));
    expect(await page.textContent("#death-by")).toBe("Killed by Hunter's archer");
    const first = await page.textContent("#death-count");
    expect(first).toMatch(/^Back in ([1-9]|10) s$/);
    const feed = await page.$$eval("#kill-feed li", (lis) => lis.map((li) => li.textContent));
    expect(feed[0]).toBe("Hunter's archer killed your commander");
    await screenshot(page, "death-screen");
    // Training while dead: the server refuses, and the HUD says why.
    await page.keyboard.press("1");
    await expect
      .poll(() => page.textContent("#hud-notice"), { timeout: 10_000 })
      .toBe("Your commander is down: wait for the respawn");

    // The countdown counts down, and never shows 0 s.
    const seconds = (t: string | null) => Number(/(\d+) s/.exec(t ?? "")?.[1] ?? Number.NaN);
    await expect
      .poll(async () => seconds(await page.textContent("#death-count")), { timeout: 5_000 })
      .toBeLessThan(seconds(first));
    const seen = new Set<string>();
    while (await page.isVisible("#death-screen")) {
      seen.add((await page.textContent("#death-count")) ?? "");
      await page.waitForTimeout(200);
    }
    expect([...seen].some((t) => /0 s/.test(t))).toBe(false);
    // Back at the spawn point, alive.
    await waitForOctet(page, (o) => o.entities().some((e) => e.mine && e.kind === 0 && e.hp > 0));
    expect(errors).toEqual([]);
  });
});

function archersOf(conn: MatchConnection): number[] {
  const ids: number[] = [];
  conn.state.entities.forEach((e) => {
    if (e.owner === conn.playerId && e.kind === 4 && e.hp > 0) ids.push(e.id);
  });
  return ids;
}

/** Orders `unitIds` to the map's far side from where they stand. */
function sendAway(conn: MatchConnection, unitIds: number[]): void {
  const { width, height } = conn.rules.map;
  const first = conn.state.entities.get(String(unitIds[0]))!;
  const x = first.x < width / 2 ? width - 100 : 100;
  const y = first.y < height / 2 ? height - 100 : 100;
  conn.send({ kind: "moveUnits", unitIds, x, y });
}
