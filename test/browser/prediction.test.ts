import { describe, expect, it } from "vitest";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";

describe("client-side prediction in Chromium", () => {
  // The page talks to the server through a proxy that can hold back everything the server sends.
  const game = useGame({ rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } }, proxy: true });

  it("a movement key moves the commander on screen in a frame drawn before any server reply", async () => {
    const { page, errors } = await game.open();
    await joinFromLobby(page, "Mover", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null && o.frame > 10);
    await screenshot(page, "match");

    // From here on, nothing from the server reaches the page: no patch, no ack.
    game.proxy.holdDownstream();
    await page.waitForTimeout(300);
    const before = await octet(page, (o) => o.frames().at(-1)!);
    // Frames go on being drawn while the server is silent.
    await waitForOctet(page, (o, after) => o.frame > after + 3, before.frame);
    await page.keyboard.down("d");
    await waitForOctet(page, (o) => {
      const f = o.frames().at(-1);
      return f?.world !== null && f !== undefined && f.lastMoveSeq > 0;
    });
    const frames = await octet(page, (o) => o.frames());
    const moved = frames.find(
      (f) => f.frame > before.frame && f.world !== null && f.world.x > before.world!.x,
    );
    expect(moved, "a frame with the commander moved right").toBeDefined();
    // No patch arrived between the last frame before the key and the moved frame...
    expect(moved!.patches).toBe(before.patches);
    // ...and the server had not acknowledged the move the frame shows.
    expect(moved!.lastMoveSeq).toBeGreaterThan(0);
    expect(moved!.ackSeq).toBeLessThan(moved!.lastMoveSeq);
    // The commander moved on screen, not just in the world (the camera eases after it).
    expect(moved!.screen!.x).toBeGreaterThan(before.screen!.x);
    expect(moved!.screen!.y).toBeCloseTo(before.screen!.y, 5);

    await page.waitForTimeout(400);
    await page.keyboard.up("d");
    const predicted = await octet(page, (o) => {
      const f = o.frames().at(-1)!;
      return { world: f.world!, seq: f.lastMoveSeq };
    });
    expect(predicted.world.x).toBeGreaterThan(before.world!.x + 20);

    // The server's replies arrive: every move is acknowledged and the prediction stands.
    game.proxy.resumeDownstream();
    await waitForOctet(page, (o) => {
      const f = o.frames().at(-1);
      return f !== undefined && f.ackSeq >= f.lastMoveSeq && f.lastMoveSeq > 0;
    });
    await page.waitForTimeout(500); // any correction fades out within a few half-lives
    const settled = await octet(page, (o) => ({ world: o.commanderWorld()!, stats: o.stats()! }));
    expect(settled.stats.snaps).toBe(0);
    expect(Math.abs(settled.world.x - predicted.world.x)).toBeLessThan(1);
    expect(Math.abs(settled.world.y - predicted.world.y)).toBeLessThan(1);
    expect(errors).toEqual([]);
  });
});
