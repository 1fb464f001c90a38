import { Kind, MatchPhase, unitKindNames } from "@octet/shared/sim";
import Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import type { CameraRig } from "./camera-rig.ts";
import type { EntityLayer } from "./entity-layer.ts";
import type { Hotkeys } from "./hotkeys.ts";
import type { Minimap } from "./minimap.ts";
import { tapMoveDirection } from "./tap-move.ts";
import { TouchInput } from "./touch-input.ts";

type Dir = -1 | 0 | 1;

/** Movement intent of the keys held: WASD (the arrows pan the camera). */
interface MoveKeys {
  up: Phaser.Input.Keyboard.Key[];
  down: Phaser.Input.Keyboard.Key[];
  left: Phaser.Input.Keyboard.Key[];
  right: Phaser.Input.Keyboard.Key[];
}

/** A drag shorter than this (px) is a click, not a selection box. */
const CLICK_SLOP = 6;

/**
 * Turns keyboard and mouse into actions; holds no game rules. While a
 * movement key is held, one commanderMove goes out per critical tick through
 * conn.moveCommander (which also predicts it locally, so the commander moves
 * in the very next frame). Left-drag selects own units, right-click orders
 * the selection (or every own unit) to a point or onto an enemy, and 1/2/3
 * (or the HUD's buttons) train the rules' unit kinds in order.
 */
export class Controls {
  private readonly scene: Phaser.Scene;
  private readonly conn: MatchConnection;
  private readonly entities: EntityLayer;
  private readonly rig: CameraRig;
  private readonly minimap: Minimap;
  /** when and where the last left click selected, for double-click (all of a kind on screen) */
  private lastClick = { at: 0, kind: -1 };
  private readonly tickMs: number;
  private readonly keys: MoveKeys;
  private nextMoveAt = 0;
  private dragStart: { x: number; y: number; sx: number; sy: number } | null = null;
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly touch: TouchInput;
  /** tap-to-move: where the commander walks while no key steers it (null: nowhere) */
  moveTarget: { x: number; y: number } | null = null;
  /** seq of the last commanderMove sent (0 if none), for the debug hook */
  lastMoveSeq = 0;
  /** feedback for the HUD ("no units to order") */
  onNotice: (text: string) => void = () => {};
  /** a training request went out (the sound plays) */
  onTrain: () => void = () => {};
  /** while true (the menu is open) the keyboard and mouse do nothing in the match */
  blocked: () => boolean = () => false;
  /** an order went out: where, and whether it was an attack (the scene draws a marker) */
  onOrder: (x: number, y: number, attack: boolean) => void = () => {};

  constructor(
    scene: Phaser.Scene,
    conn: MatchConnection,
    entities: EntityLayer,
    rig: CameraRig,
    minimap: Minimap,
    hotkeys: Hotkeys,
  ) {
    this.scene = scene;
    this.conn = conn;
    this.entities = entities;
    this.rig = rig;
    this.minimap = minimap;
    this.tickMs = 1000 / conn.rules.ticks.criticalHz;
    const kb = scene.input.keyboard!;
    // No key capture: the lobby's text fields must keep receiving W, A, S, D.
    const key = (code: number) => kb.addKey(code, false);
    const K = Phaser.Input.Keyboard.KeyCodes;
    this.keys = {
      up: [key(K.W)],
      down: [key(K.S)],
      left: [key(K.A)],
      right: [key(K.D)],
    };
    unitKindNames(conn.rules)
      .slice(0, 9)
      .forEach((kind, i) => {
        hotkeys.on(`Digit${i + 1}`, () => this.train(kind)).on(`Numpad${i + 1}`, () => this.train(kind));
      });
    hotkeys.on("KeyG", () => this.guard());
    this.touch = new TouchInput(rig, {
      tap: (x, y) => this.tap(x, y),
      longPress: (x, y) => this.order(x, y),
    });
    this.box = scene.add.graphics().setDepth(150);
    scene.input.mouse?.disableContextMenu();
    scene.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.pointerDown(p));
    scene.input.on("pointermove", (p: Phaser.Input.Pointer) => this.pointerMove(p));
    scene.input.on("pointerup", (p: Phaser.Input.Pointer) => this.pointerUp(p));
  }

  /** Once per frame: sends the commander's move for each critical tick that began while a key is held. */
  update(now: number): void {
    if (this.blocked()) return;
    let dx = (held(this.keys.right) ? 1 : 0) - (held(this.keys.left) ? 1 : 0);
    let dy = (held(this.keys.down) ? 1 : 0) - (held(this.keys.up) ? 1 : 0);
    if (dx !== 0 || dy !== 0) this.moveTarget = null;
    else if (this.moveTarget) [dx, dy] = this.towardTarget(now);
    if (dx === 0 && dy === 0) {
      // Idle: the next press moves at once, and no burst is banked meanwhile.
      this.nextMoveAt = Math.max(this.nextMoveAt, now);
      return;
    }
    // Moving the commander brings the camera back to it.
    if (this.rig.mode !== "follow") this.rig.snap();
    // A slow frame catches up on the ticks it spanned, but never by more than the server banks.
    const maxPerFrame = this.conn.rules.limits.maxMoveCredits;
    if (now - this.nextMoveAt > this.tickMs * maxPerFrame)
      this.nextMoveAt = now - this.tickMs * (maxPerFrame - 1);
    let sent = 0;
    while (now >= this.nextMoveAt && sent < maxPerFrame) {
      const seq = this.conn.moveCommander(dx as Dir, dy as Dir);
      if (seq > 0) this.lastMoveSeq = seq;
      this.nextMoveAt += this.tickMs;
      sent++;
    }
  }

  /** Trains one unit of `kind` (a key of rules.units); the server says if it cannot be paid for. */
  train(kind: string): void {
    if (this.conn.state.phase !== MatchPhase.Playing || this.conn.reconnecting || this.blocked()) return;
    if (this.conn.send({ kind: "train", unitKind: kind }) > 0) this.onTrain();
  }

  /** G (or the HUD's Guard button): the selected units, or all, follow and guard your commander. */
  guard(): void {
    if (this.blocked()) return;
    const units = this.orderedUnits();
    if (units.length === 0) return this.onNotice("No units to guard your commander: train some first");
    const c = this.conn.displayCommander();
    if (this.conn.guardCommander(units) === 0 || !c) return;
    this.onNotice(`Guard: ${units.length} unit${units.length === 1 ? "" : "s"} follow your commander`);
    this.onOrder(c.x, c.y, false);
  }

  destroy(): void {
    this.touch.cancel();
    this.scene.input.off("pointerdown");
    this.scene.input.off("pointermove");
    this.scene.input.off("pointerup");
    this.box.destroy();
  }

  /** The 8-way direction from the drawn commander to the tap-to-move target; (0, 0) once there. */
  private towardTarget(now: number): [number, number] {
    const dir = tapMoveDirection(this.conn, this.moveTarget!, now);
    if (!dir) this.moveTarget = null;
    return dir ?? [0, 0];
  }

  /** A tap: select the own stack under the finger, else walk the commander there. */
  private tap(x: number, y: number): void {
    if (this.blocked()) return;
    const hit = this.entities.at(x, y, (e) => e.mine && e.kind >= Kind.FirstUnit);
    if (hit) {
      this.entities.selected.clear();
      this.clickSelect(x, y);
      return;
    }
    if (this.conn.state.phase !== MatchPhase.Playing) return;
    this.moveTarget = { x, y };
    this.onOrder(x, y, false);
  }

  private pointerDown(p: Phaser.Input.Pointer): void {
    if (this.blocked()) return;
    if (this.minimap.contains(p.x, p.y)) {
      const at = this.minimap.toWorld(p.x, p.y);
      this.rig.look(at.x, at.y);
      return;
    }
    if (p.wasTouch) {
      this.touch.down(p);
      return;
    }
    if (p.middleButtonDown()) return; // the camera rig pans
    if (p.rightButtonDown()) {
      this.order(p.worldX, p.worldY);
      return;
    }
    if (p.leftButtonDown()) this.dragStart = { x: p.worldX, y: p.worldY, sx: p.x, sy: p.y };
  }

  private pointerMove(p: Phaser.Input.Pointer): void {
    if (p.wasTouch) {
      this.touch.move(p);
      return;
    }
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

  private pointerUp(p: Phaser.Input.Pointer): void {
    if (p.wasTouch) {
      this.touch.up(p);
      return;
    }
    const d = this.dragStart;
    if (!d || p.button !== 0) return;
    this.dragStart = null;
    this.box.clear();
    const sel = this.entities.selected;
    sel.clear();
    if (Math.hypot(p.x - d.sx, p.y - d.sy) < CLICK_SLOP) {
      this.clickSelect(p.worldX, p.worldY);
      return;
    }
    const x0 = Math.min(d.x, p.worldX);
    const x1 = Math.max(d.x, p.worldX);
    const y0 = Math.min(d.y, p.worldY);
    const y1 = Math.max(d.y, p.worldY);
    for (const e of this.entities.all) {
      if (e.mine && e.kind >= Kind.FirstUnit && e.x >= x0 && e.x <= x1 && e.y >= y0 && e.y <= y1)
        sel.add(e.id);
    }
  }

  /**
   * A click selects the whole stack under it (every own unit whose shape
   * covers the point: units that overlap are picked together, not just the
   * top one); a second click within 350 ms selects every own unit of that
   * kind on screen.
   */
  private clickSelect(x: number, y: number): void {
    const sel = this.entities.selected;
    const mineUnit = (e: { mine: boolean; kind: number }) => e.mine && e.kind >= Kind.FirstUnit;
    const hit = this.entities.at(x, y, mineUnit);
    const now = performance.now();
    if (!hit) return;
    if (now - this.lastClick.at < 350 && this.lastClick.kind === hit.kind) {
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

  /** Right-click: attack the enemy under the cursor, or move there. */
  order(x: number, y: number): void {
    if (this.conn.state.phase !== MatchPhase.Playing || this.conn.reconnecting) return;
    const units = this.orderedUnits();
    if (units.length === 0) {
      this.onNotice("No units to order: train some with 1, 2, 3");
      return;
    }
    const me = this.conn.playerId;
    const target = this.entities.at(x, y, (e) => e.owner !== me && e.kind !== Kind.Resource);
    if (target) {
      if (this.conn.send({ kind: "attack", unitIds: units, targetId: target.id }) > 0)
        this.onOrder(target.x, target.y, true);
    } else if (this.conn.orderUnits(units, x, y) > 0) this.onOrder(x, y, false);
  }

  /** The selected units still alive, or every own unit when nothing is selected. */
  private orderedUnits(): number[] {
    const ids: number[] = [];
    const sel = this.entities.selected;
    for (const e of this.entities.all) {
      if (!e.mine || e.kind < Kind.FirstUnit) continue;
      if (sel.size === 0 || sel.has(e.id)) ids.push(e.id);
    }
    return ids.slice(0, this.conn.rules.limits.maxUnitsPerOrder);
  }
}

function held(keys: Phaser.Input.Keyboard.Key[]): boolean {
  for (const k of keys) if (k.isDown) return true;
  return false;
}
