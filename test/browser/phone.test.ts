import { describe, expect, it } from "vitest";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { Finger, overlap, own, PHONE } from "./support/touch.ts";
import { ownUnitsStill } from "./support/units.ts";

describe("a phone (390 x 844, touch) in Chromium", () => {
  const game = useGame({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 400 }, creeps: { count: 0 } },
  });

  it("fits the HUD, moves the commander with a tap, trains with the buttons, selects with a tap and orders with a long press", async () => {
    const { page, errors } = await game.open("", PHONE);
    await screenshot(page, "phone-lobby");
    await joinFromLobby(page, "Thumb", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    await page.click("#howto-ok");
    const finger = new Finger(await page.context().newCDPSession(page));

    // Nothing in the HUD covers anything else; the train buttons stay left of the minimap.
    const top = (await page.locator(".hud-top").boundingBox())!;
    const net = (await page.locator(".hud-net").boundingBox())!;
    expect(overlap(top, net)).toBe(false);
    expect(top.x + top.width).toBeLessThanOrEqual(390);
    const train = (await page.locator(".train").boundingBox())!;
    const minimapLeft = 390 - 12 - 120;
    expect(train.x + train.width).toBeLessThan(minimapLeft);

    // A tap on open ground walks the commander there.
    const [c] = await own(page, false);
    await finger.tap(c!.sx + 120, c!.sy);
    await expect
      .poll(async () => (await own(page, false))[0]!.x, { timeout: 10_000 })
      .toBeGreaterThan(c!.x + 80);

    await page.tap('.train button[data-kind="soldier"]');
    await page.tap('.train button[data-kind="soldier"]');
    await expect.poll(async () => (await own(page, true)).length, { timeout: 10_000 }).toBe(2);
    // Once they (and the commander after its walk) stand still, a tap finds them where they are drawn.
    await ownUnitsStill(page);
    await screenshot(page, "phone-match");

    // A tap on a unit selects it.
    const units = await own(page, true);
    await finger.tap(units[0]!.sx, units[0]!.sy);
    expect(await octet(page, (o) => o.selected())).toEqual([units[0]!.id]);

    // A long press orders the selection there.
    const target = { sx: units[0]!.sx, sy: units[0]!.sy - 160 };
    await finger.tap(target.sx, target.sy, 700);
    await expect
      .poll(async () => (await own(page, true)).find((u) => u.id === units[0]!.id)!.y, { timeout: 10_000 })
      .toBeLessThan(units[0]!.y - 100);
    // The other unit was not selected: it stayed.
    const other = (await own(page, true)).find((u) => u.id === units[1]!.id)!;
    expect(Math.hypot(other.x - units[1]!.x, other.y - units[1]!.y)).toBeLessThan(1);

    // The Guard button (G on a keyboard) calls the selected unit back to the commander.
    await page.tap("#guard-button");
    const fromCommander = async () => {
      const u = (await own(page, true)).find((e) => e.id === units[0]!.id)!;
      const [me] = await own(page, false);
      return Math.hypot(u.x - me!.x, u.y - me!.y);
    };
    await expect.poll(fromCommander, { timeout: 10_000 }).toBeLessThan(60);

    // A drag looks around.
    const before = await octet(page, (o) => o.camera()!);
    await finger.down(200, 500);
    for (let i = 1; i <= 5; i++) {
      await finger.move(200 - i * 30, 500);
      await page.waitForTimeout(50);
    }
    await finger.up();
    const after = await octet(page, (o) => o.camera()!);
    expect(after.mode).toBe("free");
    expect(after.x).not.toBe(before.x);

    // Two fingers apart zoom in, together zoom out; neither walks the commander.
    const [still] = await own(page, false);
    const zoom0 = (await octet(page, (o) => o.camera()!)).zoom;
    await finger.pinch(195, 420, 80, 240);
    const zoomIn = (await octet(page, (o) => o.camera()!)).zoom;
    expect(zoomIn).toBeGreaterThan(zoom0 * 1.5);
    await screenshot(page, "phone-pinch-zoomed");
    await finger.pinch(195, 420, 240, 80);
    expect((await octet(page, (o) => o.camera()!)).zoom).toBeLessThan(zoomIn / 1.5);
    await page.waitForTimeout(300);
    const [stayed] = await own(page, false);
    expect(Math.hypot(stayed!.x - still!.x, stayed!.y - still!.y)).toBeLessThan(1);
    expect(errors).toEqual([]);
  });
});
