import { Kind } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { CameraRig } from "./camera-rig.ts";
import type { DrawnEntity } from "./entity-layer.ts";
import { MAP_COLOR, WALL_COLOR } from "./palette.ts";

const SIZE = 180;
/** On narrow (phone) screens the minimap is smaller, so the train buttons fit beside it. */
const SMALL_SIZE = 120;
const NARROW = 600;
const MARGIN = 12;
/** The minimap is redrawn this often (ms): it is an overview, not an animation. */
const REDRAW_MS = 250;

/**
 * A small overview of the whole map in a screen corner: walls, what the
 * player can see (owner colours), its own commander larger, and the camera's
 * view as a frame.
 */
export class Minimap {
  private readonly g: Phaser.GameObjects.Graphics;
  private scale = 1;
  private w = 0;
  private h = 0;
  private readonly mapW: number;
  private readonly mapH: number;
  private readonly walls: ReadonlyArray<{ x: number; y: number; w: number; h: number }>;
  private drawnAt = Number.NEGATIVE_INFINITY;
  private x = 0;
  private y = 0;

  constructor(
    scene: Phaser.Scene,
    map: { width: number; height: number; walls?: Array<{ x: number; y: number; w: number; h: number }> },
  ) {
    this.mapW = map.width;
    this.mapH = map.height;
    this.walls = map.walls ?? [];
    this.g = scene.add.graphics().setScrollFactor(0).setDepth(200);
    this.layout(scene.scale.width, scene.scale.height);
  }

  layout(screenW: number, screenH: number): void {
    this.scale = (screenW < NARROW ? SMALL_SIZE : SIZE) / Math.max(this.mapW, this.mapH);
    this.w = this.mapW * this.scale;
    this.h = this.mapH * this.scale;
    this.x = screenW - this.w - MARGIN;
    this.y = screenH - this.h - MARGIN;
    this.drawnAt = Number.NEGATIVE_INFINITY;
  }

  /** True when (sx, sy) on screen is over the minimap. */
  contains(sx: number, sy: number): boolean {
    return sx >= this.x && sx <= this.x + this.w && sy >= this.y && sy <= this.y + this.h;
  }

  /** The world point under screen point (sx, sy) on the minimap. */
  toWorld(sx: number, sy: number): { x: number; y: number } {
    return { x: (sx - this.x) / this.scale, y: (sy - this.y) / this.scale };
  }

  update(now: number, entities: Iterable<DrawnEntity>, rig: CameraRig): void {
    rig.pinToScreen(this.g);
    if (now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    const g = this.g;
    const s = this.scale;
    const ox = this.x;
    const oy = this.y;
    g.clear();
    g.fillStyle(0x000000, 0.55).fillRect(ox - 3, oy - 3, this.w + 6, this.h + 6);
    g.fillStyle(MAP_COLOR, 1).fillRect(ox, oy, this.w, this.h);
    g.fillStyle(WALL_COLOR, 1);
    for (const wall of this.walls) g.fillRect(ox + wall.x * s, oy + wall.y * s, wall.w * s, wall.h * s);
    for (const e of entities) {
      const size = e.kind === Kind.Commander ? (e.mine ? 6 : 5) : e.kind === Kind.Resource ? 3 : 2;
      g.fillStyle(e.color, 1).fillRect(ox + e.x * s - size / 2, oy + e.y * s - size / 2, size, size);
    }
    g.lineStyle(1, 0xffffff, 0.8);
    const v = rig.view();
    g.strokeRect(ox + v.x * s, oy + v.y * s, v.w * s, v.h * s);
  }

  destroy(): void {
    this.g.destroy();
  }
}
