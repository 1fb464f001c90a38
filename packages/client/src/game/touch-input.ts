import type { Point } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { CameraRig } from "./camera-rig.ts";

/** A finger that moved less than this (px) tapped or pressed; farther, it drags the camera. */
const SLOP = 12;
/** Held this long (ms) without moving: a long press. */
const LONG_PRESS_MS = 450;

export interface TouchActions {
  /** a tap at world point (x, y): select the stack there, or send the commander there */
  tap: (x: number, y: number) => void;
  /** a long press: order the selection (or every unit) there, or attack what is there */
  longPress: (x: number, y: number) => void;
}

/**
 * Touch gestures on the map, for phones and tablets: tap (select a unit
 * stack, or walk the commander to the spot), long press (order units there),
 * drag (look around). Controls hands it every pointer that came from a touch.
 */
export class TouchInput {
  private readonly rig: CameraRig;
  private readonly actions: TouchActions;
  private start: { sx: number; sy: number; world: Point } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dragging = false;
  private pressed = false;

  constructor(rig: CameraRig, actions: TouchActions) {
    this.rig = rig;
    this.actions = actions;
  }

  down(p: Phaser.Input.Pointer): void {
    this.cancel();
    const world = { x: p.worldX, y: p.worldY };
    this.start = { sx: p.x, sy: p.y, world };
    this.dragging = false;
    this.pressed = false;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.start || this.dragging) return;
      this.pressed = true;
      this.actions.longPress(world.x, world.y);
    }, LONG_PRESS_MS);
  }

  move(p: Phaser.Input.Pointer): void {
    const s = this.start;
    if (!s || this.pressed) return;
    if (!this.dragging && Math.hypot(p.x - s.sx, p.y - s.sy) >= SLOP) {
      this.dragging = true;
      this.clearTimer();
      this.rig.startDrag(s.sx, s.sy);
    }
    if (this.dragging) this.rig.dragTo(p.x, p.y);
  }

  up(): void {
    const s = this.start;
    this.clearTimer();
    if (s && !this.dragging && !this.pressed) this.actions.tap(s.world.x, s.world.y);
    if (this.dragging) this.rig.endDrag();
    this.start = null;
    this.dragging = false;
    this.pressed = false;
  }

  cancel(): void {
    this.clearTimer();
    if (this.dragging) this.rig.endDrag();
    this.start = null;
    this.dragging = false;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
