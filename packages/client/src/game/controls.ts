import { Kind, MatchPhase } from "@octet/shared/sim";
import Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import type { EntityLayer } from "./entity-layer.ts";

type Dir = -1 | 0 | 1;

/** Movement intent of the keys held: WASD or arrows. */
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
  private readonly tickMs: number;
  private readonly keys: MoveKeys;
  private nextMoveAt = 0;
  private dragStart: { x: number; y: number; sx: number; sy: number } | null = null;
  private readonly box: Phaser.GameObjects.Graphics;
  /** seq of the last commanderMove sent (0 if none), for the debug hook */
  lastMoveSeq = 0;
  /** feedback for the HUD ("no units to order") */
  onNotice: (text: string) => void = () => {};

  constructor(scene: Phaser.Scene, conn: MatchConnection, entities: EntityLayer) {
    this.scene = scene;
    this.conn = conn;
    this.entities = entities;
    this.tickMs = 1000 / conn.rules.ticks.criticalHz;
    const kb = scene.input.keyboard!;
    // No key capture: the lobby's text fields must keep receiving W, A, S, D.
    const key = (code: number) => kb.addKey(code, false);
    const K = Phaser.Input.Keyboard.KeyCodes;
    this.keys = {
      up: [key(K.W), key(K.UP)],
      down: [key(K.S), key(K.DOWN)],
      left: [key(K.A), key(K.LEFT)],
      right: [key(K.D), key(K.RIGHT)],
    };
    const kinds = Object.keys(conn.rules.units);
    const digits = [K.ONE, K.TWO, K.THREE, K.FOUR, K.FIVE, K.SIX, K.SEVEN, K.EIGHT, K.NINE];
    kinds.slice(0, digits.length).forEach((kind, i) => {
      key(digits[i]!).on("down", () => this.train(kind));
    });
    this.box = scene.add.graphics().setDepth(150);
    scene.input.mouse?.disableContextMenu();
    scene.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.pointerDown(p));
    scene.input.on("pointermove", (p: Phaser.Input.Pointer) => this.pointerMove(p));
    scene.input.on("pointerup", (p: Phaser.Input.Pointer) => this.pointerUp(p));
  }

  /** Once per frame: sends the commander's move for each critical tick that began while a key is held. */
  update(now: number): void {
    const dx = (held(this.keys.right) ? 1 : 0) - (held(this.keys.left) ? 1 : 0);
    const dy = (held(this.keys.down) ? 1 : 0) - (held(this.keys.up) ? 1 : 0);
    if (dx === 0 && dy === 0) {
      // Idle: the next press moves at once, and no burst is banked meanwhile.
      this.nextMoveAt = Math.max(this.nextMoveAt, now);
      return;
    }
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
    if (this.conn.state.phase !== MatchPhase.Playing || this.conn.reconnecting) return;
    this.conn.send({ kind: "train", unitKind: kind });
  }

  destroy(): void {
    this.scene.input.off("pointerdown");
    this.scene.input.off("pointermove");
    this.scene.input.off("pointerup");
    this.box.destroy();
  }

  private pointerDown(p: Phaser.Input.Pointer): void {
    if (p.rightButtonDown()) {
      this.order(p.worldX, p.worldY);
      return;
    }
    if (p.leftButtonDown()) this.dragStart = { x: p.worldX, y: p.worldY, sx: p.x, sy: p.y };
  }

  private pointerMove(p: Phaser.Input.Pointer): void {
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
    const d = this.dragStart;
    if (!d || p.button !== 0) return;
    this.dragStart = null;
    this.box.clear();
    const sel = this.entities.selected;
    sel.clear();
    if (Math.hypot(p.x - d.sx, p.y - d.sy) < CLICK_SLOP) {
      const hit = this.entities.at(p.worldX, p.worldY, (e) => e.mine && e.kind >= Kind.FirstUnit);
      if (hit) sel.add(hit.id);
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

  /** Right-click: attack the enemy under the cursor, or move there. */
  private order(x: number, y: number): void {
    if (this.conn.state.phase !== MatchPhase.Playing || this.conn.reconnecting) return;
    const units = this.orderedUnits();
    if (units.length === 0) {
      this.onNotice("No units to order: train some with 1, 2, 3");
      return;
    }
    const me = this.conn.playerId;
    const target = this.entities.at(x, y, (e) => e.owner !== me && e.kind !== Kind.Resource);
    if (target) this.conn.send({ kind: "attack", unitIds: units, targetId: target.id });
    else this.conn.orderUnits(units, x, y);
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
