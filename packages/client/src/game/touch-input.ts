import type { Point } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { CameraRig } from "./camera-rig.ts";

/** A finger that moved less than this (px) tapped or pressed; farther, it drags the camera. */
export const SLOP = 12;
/** Held this long (ms) without moving: a long press. */
export const LONG_PRESS_MS = 450;

export interface TouchActions {
  /** a tap at world point (x, y): select the stack there, or send the commander there */
  tap: (x: number, y: number) => void;
  /** a long press: order the selection (or every unit) there, or attack what is there */
  longPress: (x: number, y: number) => void;
}

/**
 * Touch gestures on the map, for phones and tablets: tap (select a unit
 * stack, or walk the commander to the spot), long press (order units there),
 * drag (look around), pinch (zoom: two fingers; the one-finger gesture they
 * interrupt does nothing). Controls hands it every pointer that came from a touch.
 */
export class TouchInput {
  private readonly rig: CameraRig;
  private readonly actions: TouchActions;
  private start: { sx: number; sy: number; world: Point } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dragging = false;
  private pressed = false;
  /** fingers on the screen, by pointer id, in screen pixels */
  private readonly fingers = new Map<number, Point>();
  /** the two fingers' distance at the last pinch step; null when not pinching */
  private pinchSpan: number | null = null;

  constructor(rig: CameraRig, actions: TouchActions) {
    this.rig = rig;
    this.actions = actions;
  }

  down(p: Phaser.Input.Pointer): void {
    this.fingers.set(p.id, { x: p.x, y: p.y });
    if (this.fingers.size >= 2) {
      // A second finger: a pinch, and no tap, press or drag from the first.
      this.cancel();
      this.pinchSpan = this.span();
      return;
    }
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
    if (this.fingers.has(p.id)) this.fingers.set(p.id, { x: p.x, y: p.y });
    if (this.pinchSpan !== null) {
      const span = this.span();
      if (span > 0 && this.pinchSpan > 0) this.rig.zoomBy(span / this.pinchSpan);
      this.pinchSpan = span;
      return;
    }
    const s = this.start;
    if (!s || this.pressed) return;
    if (!this.dragging && Math.hypot(p.x - s.sx, p.y - s.sy) >= SLOP) {
      this.dragging = true;
      this.clearTimer();
      this.rig.startDrag(s.sx, s.sy);
    }
    if (this.dragging) this.rig.dragTo(p.x, p.y);
  }

  up(p: Phaser.Input.Pointer): void {
    this.fingers.delete(p.id);
    if (this.pinchSpan !== null) {
      // The pinch ends with its last finger; the one left does not start a gesture.
      if (this.fingers.size === 0) this.pinchSpan = null;
      return;
    }
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

  /** Distance (px) between the first two fingers down. */
  private span(): number {
    const [a, b] = [...this.fingers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
