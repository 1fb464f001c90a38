import type { Page } from "playwright-core";
import { octet } from "./browser.ts";

/** Own units as drawn, with their screen positions (world minus the camera's scroll; zoom 1). */
export function ownUnits(page: Page) {
  return octet(page, (o) => {
    const f = o.frames().at(-1)!;
    const scrollX = f.world!.x - f.screen!.x;
    const scrollY = f.world!.y - f.screen!.y;
    return o
      .entities()
      .filter((e) => e.mine && e.kind >= 3)
      .map((e) => ({ id: e.id, kind: e.kind, x: e.x, y: e.y, sx: e.x - scrollX, sy: e.y - scrollY }));
  });
}

/**
 * The creep on screen nearest the commander that no own entity is within
 * 250 of (own units only hit what is in range on their own, so an order is
 * what sends them to it); undefined when there is none.
 */
export function farCreepOnScreen(page: Page) {
  return octet(page, (o) => {
    const f = o.frames().at(-1)!;
    const sx = f.world!.x - f.screen!.x;
    const sy = f.world!.y - f.screen!.y;
    const mine = o.entities().filter((e) => e.mine);
    return o
      .entities()
      .filter((e) => e.kind === 1 && mine.every((m) => Math.hypot(e.x - m.x, e.y - m.y) > 250))
      .map((e) => ({
        id: e.id,
        hp: e.hp,
        sx: e.x - sx,
        sy: e.y - sy,
        d: Math.hypot(e.x - f.world!.x, e.y - f.world!.y),
      }))
      .filter((e) => e.sx > 80 && e.sx < 1200 && e.sy > 80 && e.sy < 640)
      .sort((a, b) => a.d - b.d)[0];
  });
}

/**
 * Waits until no own unit moved between two looks 250 ms apart (they have
 * taken their places): a fixed wait would be too short on a busy machine.
 */
export async function ownUnitsStill(page: Page) {
  let last = await ownUnits(page);
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    await page.waitForTimeout(250);
    const now = await ownUnits(page);
    const moved = now.some((u) => {
      const was = last.find((l) => l.id === u.id);
      return was === undefined || Math.hypot(u.x - was.x, u.y - was.y) > 0.5;
    });
    if (!moved && now.length === last.length) return now;
    last = now;
  }
  throw new Error("own units were still moving after 15 s");
}

/**
 * Holds `key` until `reached` holds (polled), then lets go: how far a held key
 * walks in a fixed time depends on how fast the page draws frames.
 */
export async function holdKeyUntil(page: Page, key: string, reached: () => Promise<boolean>) {
  await page.keyboard.down(key);
  try {
    for (const deadline = Date.now() + 20_000; !(await reached()); ) {
      if (Date.now() > deadline) throw new Error(`holding ${key} for 20 s did not get there`);
      await page.waitForTimeout(50);
    }
  } finally {
    await page.keyboard.up(key);
  }
}
