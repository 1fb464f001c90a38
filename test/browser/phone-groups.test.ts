import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../packages/shared/src/rules/index.ts";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { Finger, overlap, own, PHONE } from "./support/touch.ts";
import { ownUnitsStill } from "./support/units.ts";

/** Taps let go at once: on a busy machine a longer touch could outlast the long press's 450 ms. */
const TAP_MS = 0;
/** Held well past the long press. */
const HOLD_MS = 700;

const chip = (page: Page, n: number) => page.locator(`.group-chip[data-group="${n}"]`);

async function middle(el: Locator): Promise<{ x: number; y: number }> {
  const b = (await el.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Two taps on `selector` (a chip, or the canvas at x, y) in one go, so "quick" holds on a slow machine. */
function doubleTap(page: Page, selector: string, x: number, y: number): Promise<void> {
  // Source text: the test's tsconfig has no DOM types (see octet()).
  return page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const send = (type) => {
      const t = new Touch({ identifier: 9, target: el, clientX: ${x}, clientY: ${y}, pageX: ${x}, pageY: ${y} });
      const touches = type === "touchend" ? [] : [t];
      el.dispatchEvent(new TouchEvent(type, {
        touches, targetTouches: touches, changedTouches: [t], bubbles: true, cancelable: true,
      }));
    };
    for (let i = 0; i < 2; i++) {
      send("touchstart");
      send("touchend");
    }
  })()`);
}

/** Resolves once the page drew `n` more frames: long enough for a stray tap or order to have shown. */
async function frames(page: Page, n: number): Promise<void> {
  const at = await octet(page, (o) => o.frame);
  await waitForOctet(page, (o, until) => o.frame >= until, at + n);
}

describe("control groups on a phone (390 x 844, touch) in Chromium", () => {
  const game = useGame({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 400 }, creeps: { count: 0 } },
  });

  it("shows a slot per group clear of the HUD; holding one stores the selection, a tap selects it, two look at it", async () => {
    const { page, errors } = await game.open("", PHONE);
    await joinFromLobby(page, "Thumbs", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    await page.click("#howto-ok");
    const finger = new Finger(await page.context().newCDPSession(page));

    // Every group has a chip; empty ones are "+" slots.
    const chips = () =>
      page.$$eval(".group-chip", (cs) => cs.map((c) => [c.hasAttribute("hidden"), c.textContent]));
    expect(await chips()).toEqual([
      [false, "1 +"],
      [false, "2 +"],
      [false, "3 +"],
    ]);
    await screenshot(page, "phone-groups-empty");

    // A tap on an empty slot with nothing selected says how to fill it, and is no tap on the map.
    const [commander] = await own(page, false);
    await finger.tap(...xy(await middle(chip(page, 1))), TAP_MS);
    await expect
      .poll(() => page.textContent("#hud-notice"))
      .toBe("Group 1 is empty: select units, then hold its chip to store them");
    await frames(page, 30);
    const [still] = await own(page, false);
    expect(Math.hypot(still!.x - commander!.x, still!.y - commander!.y)).toBeLessThan(1);
    expect(await octet(page, (o) => o.selected())).toEqual([]);
    // A hold with nothing selected stores nothing (a slip must not wipe a group) and says what to do.
    await finger.tap(...xy(await middle(chip(page, 2))), HOLD_MS);
    await expect
      .poll(() => page.textContent("#hud-notice"))
      .toBe("Select units first, then hold chip 2 to store them");
    expect(await chip(page, 2).textContent()).toBe("2 +");

    // Two soldiers; two quick taps on one select both (every own unit of its kind on screen).
    await page.tap('.train button[data-kind="soldier"]');
    await page.tap('.train button[data-kind="soldier"]');
    await expect.poll(async () => (await own(page, true)).length, { timeout: 10_000 }).toBe(2);
    const units = await ownUnitsStill(page);
    const ids = units.map((u) => u.id).sort();
    await doubleTap(page, "canvas", units[0]!.sx, units[0]!.sy);
    await expect.poll(async () => (await octet(page, (o) => o.selected())).sort()).toEqual(ids);

    // Holding chip 1 stores them: the chip and the notice say 2, and nobody was ordered under the finger.
    await finger.tap(...xy(await middle(chip(page, 1))), HOLD_MS);
    await expect.poll(() => chip(page, 1).textContent()).toBe("1 ·2");
    expect(await page.textContent("#hud-notice")).toBe("Group 1: 2 units");
    await frames(page, 30);
    for (const u of await own(page, true)) {
      const was = units.find((w) => w.id === u.id)!;
      expect(Math.hypot(u.x - was.x, u.y - was.y)).toBeLessThan(1);
    }
    await screenshot(page, "phone-groups-stored");

    // Nothing of the chips covers the minimap, the train buttons, the clock or the ping box (nor the notice).
    const { width: mapW, height: mapH } = DEFAULT_RULES.map;
    const s = 120 / Math.max(mapW, mapH);
    const minimap = { x: 390 - 12 - mapW * s, y: 844 - 12 - mapH * s, width: mapW * s, height: mapH * s };
    const others = { minimap } as Record<string, { x: number; y: number; width: number; height: number }>;
    for (const sel of [".train", ".hud-top", ".hud-net", "#hud-notice"])
      others[sel] = (await page.locator(sel).boundingBox())!;
    for (let n = 1; n <= 3; n++) {
      const b = (await chip(page, n).boundingBox())!;
      expect(
        b.x >= 0 && b.y >= 0 && b.x + b.width <= 390 && b.y + b.height <= 844,
        `chip ${n} on screen`,
      ).toBe(true);
      // A thumb-sized target.
      expect(b.height).toBeGreaterThanOrEqual(44);
      for (const [name, box] of Object.entries(others))
        expect(overlap(b, box), `chip ${n} overlaps ${name}`).toBe(false);
    }

    // Something else selected (one soldier), then a tap on chip 1: both again.
    await finger.tap(units[1]!.sx, units[1]!.sy, TAP_MS);
    await expect.poll(() => octet(page, (o) => o.selected())).toEqual([units[1]!.id]);
    await finger.tap(...xy(await middle(chip(page, 1))), TAP_MS);
    await expect.poll(async () => (await octet(page, (o) => o.selected())).sort()).toEqual(ids);
    expect((await octet(page, (o) => o.camera()))?.mode).toBe("follow");

    // The group's middle, where the camera can centre (it stops half a screen from the map's edge).
    const clamp = (v: number, half: number, size: number) => Math.max(half, Math.min(size - half, v));
    const offGroup = async () => {
      const cam = (await octet(page, (o) => o.camera()))!;
      const now = await own(page, true);
      const cx = clamp(now.reduce((t, u) => t + u.x, 0) / now.length, 195 / cam.zoom, mapW);
      const cy = clamp(now.reduce((t, u) => t + u.y, 0) / now.length, 422 / cam.zoom, mapH);
      return Math.hypot(cam.x - cx, cam.y - cy);
    };
    // Look away (a drag), then two quick taps on chip 1 look at the group.
    await finger.down(200, 450);
    for (let i = 1; i <= 6; i++) {
      await finger.move(200 - i * 30, 450 - i * 20);
      await page.waitForTimeout(50);
    }
    await finger.up();
    await expect.poll(async () => (await octet(page, (o) => o.camera()))?.mode).toBe("free");
    // Past the double-press window since the last tap on the chip, so these two are a fresh pair.
    await page.waitForTimeout(400);
    const at = await middle(chip(page, 1));
    expect(await offGroup()).toBeGreaterThan(100);
    await doubleTap(page, '.group-chip[data-group="1"]', at.x, at.y);
    await expect.poll(offGroup).toBeLessThan(60);
    expect((await octet(page, (o) => o.camera()))?.mode).toBe("free");
    await screenshot(page, "phone-groups-centred");
    expect(errors).toEqual([]);
  });
});

function xy(p: { x: number; y: number }): [number, number] {
  return [p.x, p.y];
}
