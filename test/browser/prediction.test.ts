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
    // Until what was already on its way has been decoded: the patch count stops changing.
    let lastPatches = -1;
    await expect
      .poll(
        async () => {
          const n = await octet(page, (o) => o.frames().at(-1)!.patches);
          const same = n === lastPatches;
          lastPatches = n;
          return same;
        },
        { interval: 300 },
      )
      .toBe(true);
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

    // Held until the drawn commander has walked a way (how far a fixed time walks depends on the frame rate).
    await expect
      .poll(() => octet(page, (o) => o.frames().at(-1)!.world!.x), { timeout: 20_000 })
      .toBeGreaterThan(before.world!.x + 30);
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
    // Any correction fades out within a few half-lives: the drawn commander ends where it was predicted.
    const gap = async () => {
      const w = (await octet(page, (o) => o.commanderWorld()))!;
      return Math.max(Math.abs(w.x - predicted.world.x), Math.abs(w.y - predicted.world.y));
    };
    await expect.poll(gap).toBeLessThan(1);
    expect((await octet(page, (o) => o.stats()))!.snaps).toBe(0);
    expect(errors).toEqual([]);
  });
});
