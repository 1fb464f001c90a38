import type Phaser from "phaser";
import type { CameraRig } from "./camera-rig.ts";
import type { DrawnEntity } from "./entity-layer.ts";

/** What the fog needs of a camera: the match's CameraRig, or the replay viewer's camera. */
export type ScreenMapping = Pick<CameraRig, "zoom" | "toScreen" | "pinToScreen">;

const FOG_COLOR = 0x000000;
const FOG_ALPHA = 0.6;
/** Height (px) of the horizontal bands the fog is cut into: the circles' edges are exact to this. */
const BAND = 6;

/**
 * Fog of war as the server decides it: everything outside the vision radius
 * (rules.vision.radius) of the player's own commander and units is darkened.
 *
 * The screen is cut into thin horizontal bands; in each band the vision
 * circles cover a union of x-intervals, and the rest of the band is filled
 * dark. That is a few hundred rectangles in one Graphics, which costs far less
 * in (software) WebGL than a render texture with erased circles.
 */
export class Fog {
  private readonly radius: number;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly order: number[] = [];
  private readonly cx: number[] = [];
  private readonly cy: number[] = [];

  constructor(scene: Phaser.Scene, visionRadius: number) {
    this.radius = visionRadius;
    this.g = scene.add.graphics().setScrollFactor(0).setDepth(100);
  }

  /** Redraws the fog for the camera (placed this frame) and the own entities' positions. */
  update(
    camera: Phaser.Cameras.Scene2D.Camera,
    rig: ScreenMapping,
    own: Iterable<Pick<DrawnEntity, "x" | "y">>,
  ): void {
    const g = this.g;
    g.clear();
    rig.pinToScreen(g);
    g.fillStyle(FOG_COLOR, FOG_ALPHA);
    const w = camera.width;
    const h = camera.height;
    const r = this.radius * rig.zoom;
    // Circle centres on screen, for circles that touch it.
    const cx = this.cx;
    const cy = this.cy;
    cx.length = 0;
    cy.length = 0;
    for (const e of own) {
      const { x, y } = rig.toScreen(e.x, e.y);
      if (x < -r || y < -r || x > w + r || y > h + r) continue;
      cx.push(x);
      cy.push(y);
    }
    const starts = this.starts;
    const ends = this.ends;
    const order = this.order;
    for (let top = 0; top < h; top += BAND) {
      const bh = Math.min(BAND, h - top);
      const mid = top + bh / 2;
      starts.length = 0;
      ends.length = 0;
      for (let i = 0; i < cx.length; i++) {
        const dy = mid - cy[i]!;
        if (dy <= -r || dy >= r) continue;
        const half = Math.sqrt(r * r - dy * dy);
        starts.push(cx[i]! - half);
        ends.push(cx[i]! + half);
      }
      if (starts.length === 0) {
        g.fillRect(0, top, w, bh);
        continue;
      }
      order.length = starts.length;
      for (let i = 0; i < order.length; i++) order[i] = i;
      order.sort((a, b) => starts[a]! - starts[b]!);
      // Walk the covered intervals left to right, filling the gaps between them.
      let x = 0;
      for (const i of order) {
        const s = starts[i]!;
        if (s > x) g.fillRect(x, top, Math.min(s, w) - x, bh);
        x = Math.max(x, ends[i]!);
        if (x >= w) break;
      }
      if (x < w) g.fillRect(x, top, w - x, bh);
    }
  }

  /** No fog at all (the replay viewer's "fog off"). */
  clear(): void {
    this.g.clear();
  }

  destroy(): void {
    this.g.destroy();
  }
}
