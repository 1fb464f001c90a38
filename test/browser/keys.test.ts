import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../packages/shared/src/rules/index.ts";
import { joinFromLobby, octet, screenshot, waitForOctet } from "./support/browser.ts";
import { useGame } from "./support/game-fixture.ts";
import { ownUnits, ownUnitsStill } from "./support/units.ts";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };

/** The key shown on the Keys panel for `action`. */
const keycap = (page: Page, action: string) => page.textContent(`.keycap[data-action="${action}"]`);

async function openKeys(page: Page): Promise<void> {
  await page.click("#menu-button");
  await page.waitForSelector("#menu:not([hidden])");
  if (!(await page.$eval("#menu-keys", (d) => d.hasAttribute("open"))))
    await page.click("#menu-keys summary");
}

/** Rebinds `action` in the open Keys panel by pressing `key`; returns the panel's message. */
async function rebind(page: Page, action: string, key: string): Promise<string> {
  await page.click(`.keycap[data-action="${action}"]`);
  expect(await keycap(page, action)).toBe("press a key…");
  await page.keyboard.press(key);
  return (await page.textContent("#keys-message")) ?? "";
}

const kinds = async (page: Page) => (await ownUnits(page)).map((u) => u.kind).sort();

describe("keys in Chromium (three unit kinds)", () => {
  const game = useGame({
    rules: {
      // Everyone spawns in the middle, so a second player's archer reaches the first's units at once.
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000, spawnRadius: 0 },
      // A scout dies to any blow, soldiers and archers last minutes: a group loses exactly its scout.
      units: { scout: { hp: 1 }, soldier: { hp: 1000 }, archer: { hp: 1000 } },
      creeps: { count: 0 },
    },
  });

  it("rebinds train-1 to Q in the menu (swap, cancel, reset shown); after a reload Q trains and 1 does not", async () => {
    const { page, errors } = await game.play("Rebinder");
    await page.waitForSelector("#howto");
    await openKeys(page);
    expect(await keycap(page, "train.soldier")).toBe("1");
    expect(await keycap(page, "group.1")).toBe("4");

    // A key another action has is swapped, and the panel says so.
    expect(await rebind(page, "pan.up", "ArrowDown")).toBe(
      "Pan up: ↓. ↓ was Pan down's key, which is now ↑ (swapped).",
    );
    expect(await keycap(page, "pan.down")).toBe("↑");
    // Esc cancels a rebinding and leaves the menu open; Shift cannot be bound.
    expect(await rebind(page, "train.archer", "Escape")).toBe("Cancelled: the key is unchanged.");
    expect(await page.isVisible("#menu")).toBe(true);
    expect(await rebind(page, "train.archer", "Shift")).toBe(
      "Not bound: Shift cannot be bound: it is a modifier (Shift + a group's key stores the group).",
    );
    await page.keyboard.press("Escape");
    expect(await keycap(page, "train.archer")).toBe("2");
    // The guard order's key (the HUD's Guard button and the how-to card name it).
    expect(await rebind(page, "order.guard", "f")).toBe("Guard commander: F.");
    expect(await page.textContent("#guard-button kbd")).toBe("F");
    expect(await page.textContent("#howto-guard")).toBe("F");
    await page.click("#keys-reset");
    expect(await keycap(page, "pan.up")).toBe("↑");
    expect(await page.textContent("#guard-button kbd")).toBe("G");
    expect(await page.evaluate(() => localStorage.getItem("octet.keys.v1"))).toBeNull();

    expect(await rebind(page, "train.soldier", "q")).toBe("Train soldier: Q.");
    // The HUD, the how-to card and the menu show the key in force.
    expect(await page.textContent('.train button[data-kind="soldier"] kbd')).toBe("Q");
    expect(await page.textContent("#howto-train")).toBe("Q 2 3");
    await page.$eval("#menu", (m) => m.scrollTo(0, 0));
    await screenshot(page, "keys-panel");
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("octet.keys.v1")!))).toEqual({
      "train.soldier": "KeyQ",
    });
    await page.click("#menu-resume");

    await page.reload();
    await page.waitForSelector("#lobby-name");
    // The lobby's help line names the keys in force too (the train keys once the server's rules are in).
    await expect.poll(() => page.textContent("#lobby-help")).toContain("Q 2 3 train");
    expect(await page.textContent("#lobby-help")).toMatch(/^WASD moves your commander · ↑←↓→/);
    // A new name: the old seat (and its name) waits for a reconnection for a while.
    await joinFromLobby(page, "Rebinder2", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    expect(await page.textContent('.train button[data-kind="soldier"] kbd')).toBe("Q");
    const before = (await ownUnits(page)).length;
    await page.keyboard.press("1");
    await page.keyboard.press("q");
    await expect.poll(() => kinds(page), { timeout: 10_000 }).toHaveLength(before + 1);
    // The 1 went out first: had it trained, its soldier would be here by now, too.
    await page.keyboard.press("2");
    await expect.poll(async () => (await kinds(page)).length, { timeout: 10_000 }).toBe(before + 2);
    expect((await kinds(page)).filter((k) => k === 3)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("corrupt stored keys: one warning, the default keys, and the game starts", async () => {
    const game1 = await game.open();
    const { page, errors } = game1;
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    // A number for a key, Esc (reserved), an unknown action, and W's action on A's key.
    await page.evaluate(() =>
      localStorage.setItem(
        "octet.keys.v1",
        '{"train.soldier": 42, "camera.snap": "Escape", "x": [1], "move.up": "KeyA"}',
      ),
    );
    await joinFromLobby(page, "Corrupt", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    const keyWarnings = warnings.filter((w) => w.startsWith("Keys:"));
    expect(keyWarnings).toHaveLength(1);
    for (const what of [
      "train.soldier",
      "camera.snap",
      'unknown action "x"',
      "move.up and move.left share KeyA",
    ])
      expect(keyWarnings[0]).toContain(what);
    await page.keyboard.press("1");
    await expect.poll(() => kinds(page), { timeout: 10_000 }).toEqual([3]);
    await openKeys(page);
    expect(await keycap(page, "move.up")).toBe("W");
    expect(await keycap(page, "move.left")).toBe("A");
    expect(await keycap(page, "camera.snap")).toBe("Space");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Shift+4 stores the selection, 4 brings it back after the selection changed, twice looks at it; the dead leave it", async () => {
    // A private match: the raider who kills the scout joins it by its code later.
    const { page, errors } = await game.open();
    await joinFromLobby(page, "Groups", "create");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    await page.click("#howto-ok");
    await page.keyboard.press("1");
    await page.keyboard.press("1");
    await page.keyboard.press("3");
    await expect.poll(() => kinds(page), { timeout: 10_000 }).toEqual([3, 3, 5]);
    // Units follow the commander into formation: select them once they stand still.
    let units = await ownUnitsStill(page);
    const ids = units.map((u) => u.id).sort();
    const pad = 30;
    await page.mouse.move(
      Math.min(...units.map((u) => u.sx)) - pad,
      Math.min(...units.map((u) => u.sy)) - pad,
    );
    await page.mouse.down();
    await page.mouse.move(
      Math.max(...units.map((u) => u.sx)) + pad,
      Math.max(...units.map((u) => u.sy)) + pad,
      {
        steps: 4,
      },
    );
    await page.mouse.up();
    expect((await octet(page, (o) => o.selected())).sort()).toEqual(ids);
    expect(await page.$$(".group-chip:not([hidden])")).toHaveLength(0);
    await page.keyboard.press("Shift+Digit4");
    await expect.poll(() => page.textContent('.group-chip[data-group="1"]')).toBe("4 ·3");

    // Another selection (one soldier), then 4: the group again.
    units = await ownUnits(page);
    const soldier = units.find((u) => u.kind === 3)!;
    await page.mouse.click(soldier.sx, soldier.sy);
    expect((await octet(page, (o) => o.selected())).length).toBeLessThan(3);
    await page.keyboard.press("4");
    expect((await octet(page, (o) => o.selected())).sort()).toEqual(ids);
    expect((await octet(page, (o) => o.camera()))?.mode).toBe("follow");
    // Look away first (the arrows pan; toward the map's middle, where there is room)...
    const start = (await octet(page, (o) => o.camera()))!;
    const { width: mapW, height: mapH } = DEFAULT_RULES.map;
    const dir = start.x < mapW / 2 ? 1 : -1;
    await page.keyboard.down(dir > 0 ? "ArrowRight" : "ArrowLeft");
    await expect
      .poll(async () => dir * ((await octet(page, (o) => o.camera()))!.x - start.x), { timeout: 15_000 })
      .toBeGreaterThan(400);
    await page.keyboard.up(dir > 0 ? "ArrowRight" : "ArrowLeft");
    // ... then two quick presses look at the group (sent in one go, so "quick" holds on a slow machine).
    await page.evaluate(`for (let i = 0; i < 2; i++) {
      window.dispatchEvent(new KeyboardEvent("keydown", { code: "Digit4", key: "4" }));
      window.dispatchEvent(new KeyboardEvent("keyup", { code: "Digit4", key: "4" }));
    }`);
    const cam = (await octet(page, (o) => o.camera()))!;
    expect(cam.mode).toBe("free");
    units = await ownUnits(page);
    // The group's middle, where the camera can centre (it stops half a screen from the map's edge).
    const clamp = (v: number, half: number, size: number) => Math.max(half, Math.min(size - half, v));
    const cx = clamp(units.reduce((s, u) => s + u.x, 0) / units.length, 640, mapW);
    const cy = clamp(units.reduce((s, u) => s + u.y, 0) / units.length, 360, mapH);
    expect(Math.hypot(cam.x - cx, cam.y - cy)).toBeLessThan(60);
    await page.keyboard.press("Space");
    await screenshot(page, "group-chips");

    // A raider joins and its archer shoots the scout: the group is the two soldiers now.
    const scout = units.find((u) => u.kind === 5)!.id;
    const code = (await octet(page, (o) => o.roomId))!;
    const raider = await game.open();
    await joinFromLobby(raider.page, "Raider", { code });
    await waitForOctet(raider.page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    await raider.page.keyboard.press("2");
    await expect.poll(() => kinds(raider.page), { timeout: 10_000 }).toEqual([4]);
    const target = await octet(
      raider.page,
      (o, id) => {
        const f = o.frames().at(-1)!;
        const e = o.entities().find((v) => v.id === id);
        return e ? { sx: e.x - f.world!.x + f.screen!.x, sy: e.y - f.world!.y + f.screen!.y } : null;
      },
      scout,
    );
    // Unless something of the raider's already hit it (anything kills it).
    if (target) await raider.page.mouse.click(target.sx, target.sy, { button: "right" });
    await expect
      .poll(async () => (await ownUnits(page)).some((u) => u.id === scout), { timeout: 30_000 })
      .toBe(false);
    expect((await ownUnits(page)).map((u) => u.id).sort()).toEqual(ids.filter((id) => id !== scout));
    await expect.poll(() => page.textContent('.group-chip[data-group="1"]')).toBe("4 ·2");
    await page.mouse.click(640, 150); // empty ground: nothing selected
    expect(await octet(page, (o) => o.selected())).toEqual([]);
    await page.keyboard.press("4");
    expect((await octet(page, (o) => o.selected())).sort()).toEqual(ids.filter((id) => id !== scout));
    expect(errors).toEqual([]);
    expect(raider.errors).toEqual([]);
    await raider.page.context().close();
    await page.context().close();
  });
});

describe("keys in Chromium (five unit kinds)", () => {
  const extra = { speed: 120, hp: 80, damage: 5, range: 60, cooldownMs: 900, radius: 14, cost: 10 };
  const game = useGame({
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000 },
      units: { knight: extra, mage: { ...extra, radius: 16 } },
      creeps: { count: 0 },
    },
  });

  it("train keys take 1-5 and the groups 6-8; on a 390x844 phone the Keys panel and the chips fit", async () => {
    const { page, errors } = await game.open("", PHONE);
    await joinFromLobby(page, "Five", "quick");
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
    await page.click("#howto-ok");
    expect(await page.$$eval(".train button[data-kind] kbd", (ks) => ks.map((k) => k.textContent))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
    await page.keyboard.press("4");
    await expect.poll(() => kinds(page), { timeout: 10_000 }).toEqual([6]);
    const knight = (await ownUnits(page))[0]!;
    await page.mouse.click(knight.sx, knight.sy);
    await expect.poll(() => octet(page, (o) => o.selected())).toEqual([knight.id]);
    await page.keyboard.press("Shift+Digit6");
    // A touch screen numbers the chips 1-3, its keys in the title (phone-groups.test.ts: the empty ones).
    await expect.poll(() => page.textContent('.group-chip[data-group="1"]')).toBe("1 ·1");
    expect(await page.getAttribute('.group-chip[data-group="1"]', "title")).toContain("Shift+6");
    await screenshot(page, "group-chips-phone");
    // The chips sit inside the screen, clear of the HUD's other boxes.
    const chips = (await page.locator("#hud-groups").boundingBox())!;
    expect(chips.x + chips.width).toBeLessThanOrEqual(390);
    for (const other of [".train", ".hud-top", ".hud-net"]) {
      const b = (await page.locator(other).boundingBox())!;
      const apart =
        chips.x >= b.x + b.width ||
        b.x >= chips.x + chips.width ||
        chips.y >= b.y + b.height ||
        b.y >= chips.y + chips.height;
      expect(apart, `the chips overlap ${other}`).toBe(true);
    }

    await openKeys(page);
    expect(await keycap(page, "train.mage")).toBe("5");
    expect(await keycap(page, "group.1")).toBe("6");
    expect(await keycap(page, "group.3")).toBe("8");
    // Every keycap fits the phone's width.
    const right = await page.$$eval(".keycap", (bs) =>
      Math.max(...bs.map((b) => b.getBoundingClientRect().right)),
    );
    expect(right).toBeLessThanOrEqual(390);
    await page.$eval("#menu", (m) => m.scrollTo(0, 0));
    await screenshot(page, "keys-panel-phone");
    await page.$eval("#menu", (m) => m.scrollTo(0, m.scrollHeight));
    const reset = (await page.locator("#keys-reset").boundingBox())!;
    expect(reset.x + reset.width).toBeLessThanOrEqual(390);
    await screenshot(page, "keys-panel-phone-end");
    expect(errors).toEqual([]);
  });
});
