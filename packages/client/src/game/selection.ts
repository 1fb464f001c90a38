import { Kind } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { CameraRig } from "./camera-rig.ts";
import { ControlGroups } from "./control-groups.ts";
import type { EntityLayer } from "./entity-layer.ts";

/** A drag shorter than this (px) is a click, not a selection box. */
const CLICK_SLOP = 6;
/** Two clicks on the same kind this close (ms) select every unit of that kind on screen. */
const DOUBLE_CLICK_MS = 350;

const mineUnit = (e: { mine: boolean; kind: number }) => e.mine && e.kind >= Kind.FirstUnit;

/**
 * Which own units are selected, from the mouse: a left-drag draws a box and
 * selects the units in it, a click selects the stack under it, a double-click
 * every unit of that kind on screen; control groups store and recall it. It
 * writes entities.selected and nothing else; Controls hands it the mouse's
 * (not the touch screen's) pointer events and the group keys.
 */
export class Selection {
  private readonly entities: EntityLayer;
  private readonly rig: CameraRig;
  private readonly box: Phaser.GameObjects.Graphics;
  /** when and what the last click selected, for double-click (all of a kind on screen) */
  private lastClick = { at: 0, kind: -1 };
  private dragStart: { x: number; y: number; sx: number; sy: number } | null = null;
  private readonly groups: ControlGroups;

  constructor(scene: Phaser.Scene, entities: EntityLayer, rig: CameraRig, groupCount: number) {
    this.entities = entities;
    this.rig = rig;
    this.box = scene.add.graphics().setDepth(150);
    this.groups = new ControlGroups(groupCount);
  }

  /** Shift + a group's key (or a long press on its chip): the selection becomes group `slot`; how many it holds now. */
  storeGroup(slot: number): number {
    this.groups.store(slot, this.entities.selected);
    return this.groups.sizes(this.aliveCheck())[slot] ?? 0;
  }

  /**
   * A group's key: its living units become the selection (an empty group
   * leaves the selection as it is); pressed twice quickly, the camera looks
   * at them too. Returns how many it selected.
   */
  recallGroup(slot: number, now: number): number {
    const r = this.groups.recall(slot, this.aliveCheck(), now);
    if (r.ids.length === 0) return 0;
    const sel = this.entities.selected;
    sel.clear();
    for (const id of r.ids) sel.add(id);
    if (!r.centre) return r.ids.length;
    let x = 0;
    let y = 0;
    let n = 0;
    for (const e of this.entities.all)
      if (sel.has(e.id)) {
        x += e.x;
        y += e.y;
        n++;
      }
    if (n > 0) this.rig.look(x / n, y / n);
    return r.ids.length;
  }

  /** The living units in each group, in slot order (the HUD's chips). */
  groupSizes(): number[] {
    return this.groups.sizes(this.aliveCheck());
  }

  private aliveCheck(): (id: number) => boolean {
    const own = new Set<number>();
    for (const e of this.entities.all) if (mineUnit(e)) own.add(e.id);
    return (id) => own.has(id);
  }

  /** The ids selected now (a live set: the entity layer drops the dead). */
  get ids(): Set<number> {
    return this.entities.selected;
  }

  /** A left button went down at world (x, y), screen (sx, sy): a box or a click may follow. */
  begin(x: number, y: number, sx: number, sy: number): void {
    this.dragStart = { x, y, sx, sy };
  }

  move(p: Phaser.Input.Pointer): void {
    const d = this.dragStart;
    if (!d) return;
    this.box.clear();
    if (Math.hypot(p.x - d.sx, p.y - d.sy) < CLICK_SLOP) return;
    this.box.lineStyle(1.5, 0xffffff, 0.9).fillStyle(0xffffff, 0.08);
    const x = Math.min(d.x, p.worldX);
    const y = Math.min(d.y, p.worldY);
    const w = Math.abs(p.worldX - d.x);
    const h = Math.abs(p.worldY - d.y);
    this.box.fillRect(x, y, w, h).strokeRect(x, y, w, h);
  }

  end(p: Phaser.Input.Pointer): void {
    const d = this.dragStart;
    if (!d || p.button !== 0) return;
    this.dragStart = null;
    this.box.clear();
    const sel = this.entities.selected;
    sel.clear();
    if (Math.hypot(p.x - d.sx, p.y - d.sy) < CLICK_SLOP) {
      this.click(p.worldX, p.worldY);
      return;
    }
    const x0 = Math.min(d.x, p.worldX);
    const x1 = Math.max(d.x, p.worldX);
    const y0 = Math.min(d.y, p.worldY);
    const y1 = Math.max(d.y, p.worldY);
    for (const e of this.entities.all)
      if (mineUnit(e) && e.x >= x0 && e.x <= x1 && e.y >= y0 && e.y <= y1) sel.add(e.id);
  }

  /**
   * A click selects the whole stack under it (every own unit whose shape
   * covers the point: units that overlap are picked together, not just the
   * top one); a second click within 350 ms selects every own unit of that
   * kind on screen.
   */
  click(x: number, y: number): void {
    const sel = this.entities.selected;
    const hit = this.entities.at(x, y, mineUnit);
    const now = performance.now();
    if (!hit) return;
    if (now - this.lastClick.at < DOUBLE_CLICK_MS && this.lastClick.kind === hit.kind) {
      const v = this.rig.view();
      for (const e of this.entities.all)
        if (
          mineUnit(e) &&
          e.kind === hit.kind &&
          e.x >= v.x &&
          e.x <= v.x + v.w &&
          e.y >= v.y &&
          e.y <= v.y + v.h
        )
          sel.add(e.id);
      this.lastClick = { at: 0, kind: -1 };
      return;
    }
    this.lastClick = { at: now, kind: hit.kind };
    for (const e of this.entities.all)
      if (mineUnit(e) && Math.hypot(e.x - hit.x, e.y - hit.y) <= Math.max(hit.radius, e.radius))
        sel.add(e.id);
  }

  /** True when an own unit is under world (x, y) (a tap there selects rather than walks). */
  unitAt(x: number, y: number): boolean {
    return this.entities.at(x, y, mineUnit) !== undefined;
  }

  /** The selected units still alive, or every own unit when nothing is selected. */
  ordered(): number[] {
    const ids: number[] = [];
    const sel = this.entities.selected;
    for (const e of this.entities.all) {
      if (!mineUnit(e)) continue;
      if (sel.size === 0 || sel.has(e.id)) ids.push(e.id);
    }
    return ids;
  }

  destroy(): void {
    this.box.destroy();
  }
}
