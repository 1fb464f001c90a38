import { Kind, MatchPhase, unitKindNames } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import type { CameraRig } from "./camera-rig.ts";
import type { EntityLayer } from "./entity-layer.ts";
import type { Hotkeys } from "./hotkeys.ts";
import { GROUP_COUNT } from "./keymap.ts";
import type { Minimap } from "./minimap.ts";
import { Selection } from "./selection.ts";
import { tapMoveDirection } from "./tap-move.ts";
import { TouchInput } from "./touch-input.ts";
import { unitCount } from "./unit-count.ts";

type Dir = -1 | 0 | 1;

/**
 * Turns keyboard and mouse into actions; holds no game rules. While a
 * movement key is held, one commanderMove goes out per critical tick through
 * conn.moveCommander (which also predicts it locally, so the commander moves
 * in the very next frame). Left-drag and click select own units (Selection),
 * right-click orders the selection (or every own unit) to a point or onto an
 * enemy, and 1/2/3 (or the HUD's buttons) train the rules' unit kinds in order.
 */
export class Controls {
  private readonly scene: Phaser.Scene;
  private readonly conn: MatchConnection;
  private readonly entities: EntityLayer;
  private readonly rig: CameraRig;
  private readonly minimap: Minimap;
  readonly selection: Selection;
  private readonly tickMs: number;
  private readonly hotkeys: Hotkeys;
  private nextMoveAt = 0;
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
    this.hotkeys = hotkeys;
    for (const kind of unitKindNames(conn.rules)) hotkeys.on(`train.${kind}`, () => this.train(kind));
    this.selection = new Selection(scene, entities, rig, GROUP_COUNT);
    for (let g = 0; g < GROUP_COUNT; g++)
      hotkeys
        .on(`group.${g + 1}`, () => {
          if (!this.blocked()) this.selection.recallGroup(g, performance.now());
        })
        .onShift(`group.${g + 1}`, () => {
          if (!this.blocked()) this.selection.storeGroup(g);
        });
    hotkeys.on("order.guard", () => this.guard());
    this.touch = new TouchInput(rig, {
      tap: (x, y) => this.tap(x, y),
      longPress: (x, y) => this.order(x, y),
    });
    scene.input.mouse?.disableContextMenu();
    scene.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.pointerDown(p));
    scene.input.on("pointermove", (p: Phaser.Input.Pointer) => this.pointerMove(p));
    scene.input.on("pointerup", (p: Phaser.Input.Pointer) => this.pointerUp(p));
  }

  /** Once per frame: sends the commander's move for each critical tick that began while a key is held. */
  update(now: number): void {
    if (this.blocked()) return;
    let dx: number = this.hotkeys.axis("move.left", "move.right");
    let dy: number = this.hotkeys.axis("move.up", "move.down");
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

  /** The guard key (G) or the HUD's Guard button: the selected units, or all, follow and guard your commander. */
  guard(): void {
    if (this.blocked()) return;
    const { units, total } = this.orderedUnits();
    if (units.length === 0) return this.onNotice("No units to guard your commander: train some first");
    const c = this.conn.displayCommander();
    if (this.conn.guardCommander(units) === 0) return;
    // A dead commander's guards hold where they are and follow it once it is back (the sim's guard rule).
    if (!c) return this.onNotice(`Guard: your units hold until your commander is back, then follow it`);
    this.onNotice(
      units.length < total
        ? `Guard: ${units.length} of ${total} units follow your commander (${this.overLimit()})`
        : `Guard: ${unitCount(units.length)} follow your commander`,
    );
    this.onOrder(c.x, c.y, false);
  }

  /** A group's chip clicked or tapped: like its key; an empty group says how to fill it (touch has no Shift). */
  pickGroup(slot: number): void {
    if (this.blocked() || this.selection.recallGroup(slot, performance.now()) > 0) return;
    const n = this.selection.ids.size;
    this.onNotice(
      n === 0
        ? `Group ${slot + 1} is empty: select units, then hold its chip to store them`
        : `Group ${slot + 1} is empty: hold its chip to store the ${unitCount(n)} selected`,
    );
  }

  /** A group's chip held down: the selection becomes the group, and the HUD says so (the finger hides the chip). */
  holdGroup(slot: number): void {
    if (this.blocked()) return;
    // A hold with nothing selected (a slip, a slow page) keeps the group: touch cannot undo.
    if (this.selection.ids.size === 0) {
      this.onNotice(`Select units first, then hold chip ${slot + 1} to store them`);
      return;
    }
    this.onNotice(`Group ${slot + 1}: ${unitCount(this.selection.storeGroup(slot))}`);
  }

  destroy(): void {
    this.touch.cancel();
    this.scene.input.off("pointerdown");
    this.scene.input.off("pointermove");
    this.scene.input.off("pointerup");
    this.selection.destroy();
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
    if (this.selection.unitAt(x, y)) {
      this.selection.ids.clear();
      this.selection.click(x, y);
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
    if (p.leftButtonDown()) this.selection.begin(p.worldX, p.worldY, p.x, p.y);
  }

  private pointerMove(p: Phaser.Input.Pointer): void {
    if (p.wasTouch) this.touch.move(p);
    else this.selection.move(p);
  }

  private pointerUp(p: Phaser.Input.Pointer): void {
    if (p.wasTouch) this.touch.up(p);
    else this.selection.end(p);
  }

  /** Right-click: attack the enemy under the cursor, or move there. */
  order(x: number, y: number): void {
    if (this.conn.state.phase !== MatchPhase.Playing || this.conn.reconnecting) return;
    const { units, total } = this.orderedUnits();
    if (units.length === 0) {
      const keys = this.hotkeys.keymap?.labels(this.hotkeys.keymap.trainActions(), ", ");
      this.onNotice(
        keys ? `No units to order: train some with ${keys}` : "No units to order: train some first",
      );
      return;
    }
    const me = this.conn.playerId;
    const target = this.entities.at(x, y, (e) => e.owner !== me && e.kind !== Kind.Resource);
    const sent = target
      ? this.conn.send({ kind: "attack", unitIds: units, targetId: target.id }) > 0
      : this.conn.orderUnits(units, x, y) > 0;
    if (!sent) return;
    if (target) this.onOrder(target.x, target.y, true);
    else this.onOrder(x, y, false);
    // The rest stay where they are: say so, rather than leave a player wondering why half a big group did not move.
    if (units.length < total)
      this.onNotice(`${units.length} of ${total} units ordered (${this.overLimit()})`);
  }

  /** The selected units still alive, or every own unit when nothing is selected: the first the rules allow in one order, and how many there were. */
  private orderedUnits(): { units: number[]; total: number } {
    const all = this.selection.ordered();
    return { units: all.slice(0, this.conn.rules.limits.maxUnitsPerOrder), total: all.length };
  }

  private overLimit(): string {
    return `the rules allow ${this.conn.rules.limits.maxUnitsPerOrder} per order`;
  }
}
