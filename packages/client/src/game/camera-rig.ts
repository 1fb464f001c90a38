import type Phaser from "phaser";
import type { Hotkeys } from "./hotkeys.ts";

/** How quickly the camera catches up with the commander: the share of the gap closed per 16.7 ms. */
const FOLLOW_LERP = 0.18;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 1.6;
/** Screen pixels per second the camera pans with keys or at the screen edge. */
const PAN_SPEED = 900;
/** The mouse this close (px) to a screen edge pans. */
const EDGE = 12;

export type CameraMode = "follow" | "free";

/**
 * The match camera: it follows the commander until the player pans (the pan
 * keys, arrows by default; the mouse at a screen edge, middle-drag or a touch
 * drag), zooms (wheel, the zoom keys) or looks somewhere on the minimap; the
 * snap key (Space) or moving the commander brings it back. It owns the camera's centre and zoom, and converts between
 * world and screen for the overlays drawn at a fixed screen position (fog,
 * minimap), which counter the zoom with their own transform.
 */
export class CameraRig {
  mode: CameraMode = "follow";
  private readonly scene: Phaser.Scene;
  private readonly cam: Phaser.Cameras.Scene2D.Camera;
  private readonly mapW: number;
  private readonly mapH: number;
  private readonly hotkeys: Hotkeys;
  private cx = 0;
  private cy = 0;
  private placed = false;
  private pointerInside = false;
  private drag: { x: number; y: number; cx: number; cy: number } | null = null;

  constructor(scene: Phaser.Scene, mapW: number, mapH: number, hotkeys: Hotkeys) {
    this.scene = scene;
    this.cam = scene.cameras.main;
    this.mapW = mapW;
    this.mapH = mapH;
    this.cx = mapW / 2;
    this.cy = mapH / 2;
    this.hotkeys = hotkeys;
    hotkeys
      .on("camera.snap", () => this.snap())
      .on("zoom.in", () => this.zoomBy(1.15))
      .on("zoom.out", () => this.zoomBy(1 / 1.15));
    scene.input.on("wheel", (_p: unknown, _o: unknown, _dx: number, dy: number) =>
      this.zoomBy(dy > 0 ? 1 / 1.1 : 1.1),
    );
    scene.input.on("gameout", () => {
      this.pointerInside = false;
    });
    scene.input.on("pointermove", (p: Phaser.Input.Pointer) => {
      if (!p.wasTouch) this.pointerInside = true;
      if (this.drag) this.dragTo(p.x, p.y);
    });
    scene.input.on("pointerdown", (p: Phaser.Input.Pointer) => {
      if (p.middleButtonDown()) this.startDrag(p.x, p.y);
    });
    scene.input.on("pointerup", () => {
      this.drag = null;
    });
  }

  get zoom(): number {
    return this.cam.zoom;
  }

  /** The world point at the middle of the screen. */
  get center(): { x: number; y: number } {
    return { x: this.cx, y: this.cy };
  }

  /** Where world point (x, y) is on screen (px). */
  toScreen(x: number, y: number): { x: number; y: number } {
    const z = this.cam.zoom;
    return { x: this.cam.width / 2 + (x - this.cx) * z, y: this.cam.height / 2 + (y - this.cy) * z };
  }

  /** The world rectangle on screen. */
  view(): { x: number; y: number; w: number; h: number } {
    const w = this.cam.width / this.cam.zoom;
    const h = this.cam.height / this.cam.zoom;
    return { x: this.cx - w / 2, y: this.cy - h / 2, w, h };
  }

  /** Look at a world point (minimap click); the camera stays there until snapped back. */
  look(x: number, y: number): void {
    this.mode = "free";
    this.setCenter(x, y);
  }

  /** Back to the commander. */
  snap(): void {
    this.mode = "follow";
    this.placed = false;
  }

  zoomBy(factor: number): void {
    this.cam.setZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.cam.zoom * factor)));
    this.setCenter(this.cx, this.cy);
  }

  /** Starts a pan by dragging from screen point (x, y) (middle mouse, or a touch on empty ground). */
  startDrag(x: number, y: number): void {
    this.drag = { x, y, cx: this.cx, cy: this.cy };
  }

  dragTo(x: number, y: number): void {
    const d = this.drag;
    if (!d) return;
    this.mode = "free";
    this.setCenter(d.cx - (x - d.x) / this.cam.zoom, d.cy - (y - d.y) / this.cam.zoom);
  }

  endDrag(): void {
    this.drag = null;
  }

  get dragging(): boolean {
    return this.drag !== null;
  }

  /** Once per frame, after the commander's position for this frame is known. */
  update(delta: number, commander: { x: number; y: number } | null): void {
    const step = (PAN_SPEED * delta) / 1000 / this.cam.zoom;
    let px: number = this.hotkeys.axis("pan.left", "pan.right");
    let py: number = this.hotkeys.axis("pan.up", "pan.down");
    const p = this.scene.input.activePointer;
    if (this.pointerInside && !this.drag && !p.isDown) {
      if (p.x <= EDGE) px = -1;
      else if (p.x >= this.cam.width - EDGE) px = 1;
      if (p.y <= EDGE) py = -1;
      else if (p.y >= this.cam.height - EDGE) py = 1;
    }
    if (px !== 0 || py !== 0) {
      this.mode = "free";
      this.setCenter(this.cx + px * step, this.cy + py * step);
    } else if (this.mode === "follow" && commander) {
      const far =
        Math.hypot(commander.x - this.cx, commander.y - this.cy) >
        Math.max(this.cam.width, this.cam.height) / this.cam.zoom;
      if (!this.placed || far) {
        this.placed = true;
        this.setCenter(commander.x, commander.y);
      } else {
        const k = 1 - (1 - FOLLOW_LERP) ** (delta / (1000 / 60));
        this.setCenter(this.cx + (commander.x - this.cx) * k, this.cy + (commander.y - this.cy) * k);
      }
    }
    this.cam.centerOn(this.cx, this.cy);
  }

  /**
   * Gives a scroll-factor-0 object the transform that cancels the camera's
   * zoom (it zooms about the screen centre), so it draws in screen pixels.
   */
  pinToScreen(o: Phaser.GameObjects.Components.Transform): void {
    const z = this.cam.zoom;
    o.setScale(1 / z);
    o.setPosition((this.cam.width / 2) * (1 - 1 / z), (this.cam.height / 2) * (1 - 1 / z));
  }

  destroy(): void {
    this.scene.input.off("wheel");
    this.scene.input.off("gameout");
  }

  private setCenter(x: number, y: number): void {
    const { w, h } = this.view();
    this.cx = w >= this.mapW ? this.mapW / 2 : Math.max(w / 2, Math.min(this.mapW - w / 2, x));
    this.cy = h >= this.mapH ? this.mapH / 2 : Math.max(h / 2, Math.min(this.mapH - h / 2, y));
  }
}
