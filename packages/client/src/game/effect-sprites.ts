import type Phaser from "phaser";
import { Tex } from "./textures.ts";

/** Cosmetic sprites alive at once, at most: a huge fight costs a bounded amount. */
const MAX_SPRITES = 240;
/** Sprites made when the scene starts: a fight's first bursts make none. */
const PREMADE_SPRITES = 96;

/** One cosmetic sprite moving from (x0, y0) to (x1, y1) while it grows or shrinks and fades. */
export interface Sprite {
  img: Phaser.GameObjects.Image;
  t0: number;
  dur: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** display size at start and end */
  s0: number;
  s1: number;
  a0: number;
  /** grows as a square (a bolt keeps its own shape) */
  square: boolean;
  /** runs when the sprite's time is up (a bolt lands) */
  done: (() => void) | null;
}

/**
 * The effects' sprites, made up front and recycled: a fight creates no game
 * objects and leaves none behind, and at most MAX_SPRITES are alive.
 */
export class EffectSprites {
  private readonly scene: Phaser.Scene;
  private readonly active: Sprite[] = [];
  private readonly free: Phaser.GameObjects.Image[] = [];
  /** the last frame's time: when what the next events spawn starts */
  private now = 0;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    for (let i = 0; i < PREMADE_SPRITES; i++)
      this.free.push(scene.add.image(0, 0, Tex.disc).setDepth(16).setVisible(false));
  }

  get count(): number {
    return this.active.length;
  }

  /** A sprite from the pool, shown at once; null when MAX_SPRITES are alive. */
  spawn(
    texture: string,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    s0: number,
    s1: number,
    a0: number,
    dur: number,
    tint: number,
  ): Sprite | null {
    // Born at the last frame's time, like everything the frame's events spawn.
    const t0 = this.now;
    if (this.active.length >= MAX_SPRITES) return null;
    const img = this.free.pop() ?? this.scene.add.image(0, 0, texture).setDepth(16);
    img.setTexture(texture).setTint(tint).setVisible(true).setPosition(x0, y0).setRotation(0).setAlpha(a0);
    if (texture === Tex.bolt) img.setDisplaySize(s0, s0 / 4);
    else img.setDisplaySize(s0, s0);
    const square = texture !== Tex.bolt;
    const s: Sprite = {
      img,
      t0,
      dur,
      x0,
      y0,
      x1,
      y1,
      s0,
      s1,
      a0,
      square,
      done: null,
    };
    this.active.push(s);
    return s;
  }

  /** Moves and fades everything alive; recycles what is done. */
  update(now: number): void {
    this.now = now;
    const list = this.active;
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      const t = Math.min(1, (now - s.t0) / s.dur);
      s.img.setPosition(s.x0 + (s.x1 - s.x0) * t, s.y0 + (s.y1 - s.y0) * t);
      const size = s.s0 + (s.s1 - s.s0) * t;
      if (s.square) s.img.setDisplaySize(size, size);
      s.img.setAlpha(s.done ? s.a0 : s.a0 * (1 - t));
      if (t < 1) continue;
      s.img.setVisible(false);
      this.free.push(s.img);
      list[i] = list[list.length - 1]!;
      list.pop();
      s.done?.();
    }
  }

  destroy(): void {
    for (const s of this.active) s.img.destroy();
    for (const img of this.free) img.destroy();
    this.active.length = 0;
    this.free.length = 0;
  }
}
