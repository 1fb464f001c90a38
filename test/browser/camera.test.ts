import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { octet, screenshot } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { ownUnitsStill } from "./support/units.ts";

const camera = (page: Page) => octet(page, (o) => o.camera()!);

describe("camera and orders in Chromium", () => {
  const game = useGame({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 400 }, creeps: { count: 0 } },
  });

  it("pans with the arrows, zooms with the wheel, looks where the minimap is clicked, and Space snaps back", async () => {
    const { page, errors } = await game.play("Cam");
    const start = await camera(page);
    expect(start.mode).toBe("follow");

    // Held until the camera has moved: how far it gets in a fixed time depends on the frame rate.
    await page.keyboard.down("ArrowRight");
    await expect.poll(async () => (await camera(page)).x, { timeout: 15_000 }).toBeGreaterThan(start.x + 100);
    await page.keyboard.up("ArrowRight");
    const panned = await camera(page);
    expect(panned.mode).toBe("free");
    expect(Math.abs(panned.y - start.y)).toBeLessThan(1);

    await page.mouse.move(640, 360);
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(1);
    await screenshot(page, "camera-zoomed-out");

    // The minimap (180 px, bottom right, 12 px margin) maps the 4096 map: its centre is the map's centre.
    const box = { x: 1280 - 12 - 180, y: 720 - 12 - 180 };
    await page.mouse.click(box.x + 45, box.y + 135);
    const looked = await camera(page);
    expect(looked.x).toBeCloseTo(1024, -2);
    expect(looked.y).toBeCloseTo(3072, -2);

    await page.keyboard.press("Space");
    await expect.poll(async () => (await camera(page)).mode).toBe("follow");
    const c = (await octet(page, (o) => o.commanderWorld()))!;
    await expect
      .poll(async () => {
        const cam = await camera(page);
        return Math.hypot(cam.x - c.x, cam.y - c.y);
      })
      .toBeLessThan(5);
    expect(errors).toEqual([]);
  });

  it("trains units apart, selects a stack with one click, and marks where an order went", async () => {
    const { page, errors } = await game.play("Orders");
    const units = () => octet(page, (o) => o.entities().filter((e) => e.mine && e.kind >= 3));
    // Four quick presses train exactly four.
    for (let i = 0; i < 4; i++) await page.keyboard.press("1");
    await expect.poll(async () => (await units()).length, { timeout: 10_000 }).toBe(4);
    // They walk to their places around the commander: click one once they stand there.
    const placed = await ownUnitsStill(page);
    expect(new Set(placed.map((u) => `${Math.round(u.x)},${Math.round(u.y)}`)).size).toBe(4);

    // Click one soldier: it is selected (it stands alone, so alone).
    const f = (await octet(page, (o) => o.frames().at(-1)!))!;
    const sx = (u: { x: number }) => u.x - f.world!.x + f.screen!.x;
    const sy = (u: { y: number }) => u.y - f.world!.y + f.screen!.y;
    await page.mouse.click(sx(placed[0]!), sy(placed[0]!));
    expect(await octet(page, (o) => o.selected())).toEqual([placed[0]!.id]);
    // Drag over all, then right-click: a marker appears and the group spreads around the point.
    await page.mouse.click(5, 5); // nothing: clears the selection
    await page.mouse.click(640, 200, { button: "right" });
    expect(await octet(page, (o) => o.effects())).toBeGreaterThan(0);
    await screenshot(page, "order-marker");
    await page.waitForTimeout(4000);
    const moved = await units();
    expect(new Set(moved.map((u) => `${Math.round(u.x / 10)},${Math.round(u.y / 10)}`)).size).toBe(4);
    expect(errors).toEqual([]);
  });
});
