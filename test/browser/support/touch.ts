import type { CDPSession, Page } from "playwright-core";
import { octet } from "./browser.ts";

/** A phone in Chromium's emulation: 390 x 844, touch, mobile (the coarse pointer a phone reports). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 1,
};

/** Real touch events through the DevTools protocol (a tap, a long press, a drag). */
export class Finger {
  private readonly cdp: CDPSession;
  constructor(cdp: CDPSession) {
    this.cdp = cdp;
  }
  async down(x: number, y: number): Promise<void> {
    await this.cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  }
  async move(x: number, y: number): Promise<void> {
    await this.cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }] });
  }
  async up(): Promise<void> {
    await this.cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }
  /** Two fingers from `gap` px apart to `to` px apart, about (cx, cy), in a few moves. */
  async pinch(cx: number, cy: number, gap: number, to: number): Promise<void> {
    const points = (d: number) => [
      { x: cx - d / 2, y: cy, id: 1 },
      { x: cx + d / 2, y: cy, id: 2 },
    ];
    await this.cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(gap) });
    for (let i = 1; i <= 6; i++) {
      await this.cdp.send("Input.dispatchTouchEvent", {
        type: "touchMove",
        touchPoints: points(gap + ((to - gap) * i) / 6),
      });
      await new Promise((r) => setTimeout(r, 40));
    }
    await this.up();
  }
  /**
   * A tap, or with `holdMs` a press held that long. A tap's two events go out
   * together: sent one after the other, a busy page could take the gap for
   * the 450 ms long press (CI saw a tap-to-walk become an order).
   */
  async tap(x: number, y: number, holdMs = 0): Promise<void> {
    if (holdMs === 0) {
      await Promise.all([this.down(x, y), this.up()]);
      return;
    }
    await this.down(x, y);
    await new Promise((r) => setTimeout(r, holdMs));
    await this.up();
  }
}

/** Own entities of a kind with their screen positions. */
export function own(page: Page, units: boolean) {
  return octet(
    page,
    (o, units) => {
      const f = o.frames().at(-1)!;
      return o
        .entities()
        .filter((e) => e.mine && (units ? e.kind >= 3 : e.kind === 0))
        .map((e) => ({
          id: e.id,
          x: e.x,
          y: e.y,
          sx: e.x - f.world!.x + f.screen!.x,
          sy: e.y - f.world!.y + f.screen!.y,
        }));
    },
    units,
  );
}

/** True when two boxes (playwright's boundingBox) share any area. */
export function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
