import type Phaser from "phaser";
import { createNumberFont, NUMBER_FONT, NUMBER_FONT_SIZE } from "./number-font.ts";

/** Numbers alive at once, at most. */
export const MAX_NUMBERS = 24;
const FLOAT_MS = 850;
const RISE = 32;
const DEPTH = 23;

interface Floating {
  text: Phaser.GameObjects.BitmapText;
  t0: number;
  x: number;
  y: number;
}

/**
 * "-12" where a hit landed, "+50" where the player scored: bitmap-font texts
 * that rise and fade. All of them are made when the scene starts and reused,
 * so a pop-up during a fight allocates nothing and uploads no texture.
 */
export class FloatingNumbers {
  private readonly alive: Floating[] = [];
  private readonly free: Phaser.GameObjects.BitmapText[] = [];

  constructor(scene: Phaser.Scene) {
    createNumberFont(scene);
    for (let i = 0; i < MAX_NUMBERS; i++)
      this.free.push(
        scene.add
          .bitmapText(0, 0, NUMBER_FONT, "", NUMBER_FONT_SIZE)
          .setOrigin(0.5, 1)
          .setDepth(DEPTH)
          .setVisible(false),
      );
  }

  get count(): number {
    return this.alive.length;
  }

  /** Shows `text` (digits and +/- only) at (x, y) in `color` (0xRRGGBB), from `now`. */
  show(x: number, y: number, text: string, color: number, now: number): void {
    const t = this.free.pop();
    if (!t) return;
    t.setText(text).setTint(color).setVisible(true).setAlpha(1).setPosition(x, y);
    this.alive.push({ text: t, t0: now, x, y });
  }

  update(now: number): void {
    const list = this.alive;
    for (let i = list.length - 1; i >= 0; i--) {
      const f = list[i]!;
      const t = (now - f.t0) / FLOAT_MS;
      if (t >= 1) {
        f.text.setVisible(false);
        this.free.push(f.text);
        list[i] = list[list.length - 1]!;
        list.pop();
        continue;
      }
      f.text.setPosition(f.x, f.y - RISE * t).setAlpha(t < 0.6 ? 1 : 1 - (t - 0.6) / 0.4);
    }
  }

  destroy(): void {
    for (const f of this.alive) f.text.destroy();
    for (const t of this.free) t.destroy();
    this.alive.length = 0;
    this.free.length = 0;
  }
}
