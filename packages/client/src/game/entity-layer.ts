import { Kind, type Point } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import { BAR_HEIGHT, createSprites, destroySprites, type EntitySprites as View } from "./entity-sprites.ts";
import { HP_LOW_COLOR, HP_OK_COLOR, NEUTRAL_COLOR, RESOURCE_COLOR, slotColor } from "./palette.ts";
import { SLOT_EMBLEMS } from "./textures.ts";

/** What the scene knows about one drawn entity (read by input, minimap, fog and the debug hook). */
export interface DrawnEntity {
  id: number;
  kind: number;
  owner: string;
  /** where it is drawn this frame */
  x: number;
  y: number;
  radius: number;
  hp: number;
  mine: boolean;
  color: number;
}

/**
 * Keeps one set of sprites per entity in the player's view: created when the
 * entity appears, moved every frame to where net/ says to draw it, removed
 * when it leaves the view. Rendering only: positions come from
 * MatchConnection.position (prediction for own things, interpolation for the
 * rest), colours from the owner's slot.
 */
export class EntityLayer {
  private readonly scene: Phaser.Scene;
  private readonly conn: MatchConnection;
  private readonly views = new Map<number, View>();
  /** hidden sprite sets, by kind and ownership, reused when an entity of that sort appears */
  private readonly pool = new Map<string, View[]>();
  private readonly slotOf = new Map<string, number>();
  private readonly nameOf = new Map<string, string>();
  private frame = 0;
  /** ids of selected own units */
  readonly selected = new Set<number>();
  /** an entity drawn last frame has less hp now (the effects show the hit) */
  onHit: (e: DrawnEntity, damage: number) => void = () => {};
  /** an entity's sprites went away: died, or left the view */
  onGone: (e: DrawnEntity) => void = () => {};

  constructor(scene: Phaser.Scene, conn: MatchConnection) {
    this.scene = scene;
    this.conn = conn;
  }

  /** Everything drawn this frame. */
  get all(): IterableIterator<DrawnEntity> {
    return this.views.values();
  }

  get(id: number): DrawnEntity | undefined {
    return this.views.get(id);
  }

  get size(): number {
    return this.views.size;
  }

  /** Moves every sprite to where the entity is drawn at `now`; adds and removes sprites as the view changes. */
  update(now: number): void {
    const frame = ++this.frame;
    const state = this.conn.state;
    this.slotOf.clear();
    state.players.forEach((p, id) => {
      this.slotOf.set(id, p.slot);
      this.nameOf.set(id, p.name);
    });
    const me = this.conn.playerId;
    state.entities.forEach((e) => {
      // The dead wait in the state for their respawn; they are not drawn
      // (the killing blow still shows, then the sprites go).
      if (e.hp <= 0 && e.kind !== Kind.Resource) {
        const dying = this.views.get(e.id);
        if (dying && dying.hp > 0) {
          this.onHit(dying, dying.hp);
          dying.hp = 0;
        }
        return;
      }
      let v = this.views.get(e.id);
      let fresh = false;
      if (!v || v.kind !== e.kind) {
        if (v) this.release(v);
        v = this.acquire(e.id, e.kind, e.owner);
        this.views.set(e.id, v);
        fresh = true;
      }
      v.seenFrame = frame;
      const p: Point = this.conn.position(e, now);
      v.x = p.x;
      v.y = p.y;
      const lost = fresh || e.kind === Kind.Resource ? 0 : v.hp - e.hp;
      v.hp = e.hp;
      if (lost > 0) this.onHit(v, lost);
      const color = this.colorOf(e.kind, e.owner);
      if (color !== v.color) {
        // The owner's slot arrives with the players map, possibly after the entity.
        v.color = color;
        v.body.setTint(color);
        v.emblem?.setTexture(this.emblemOf(e.owner));
        if (v.ring && !(v.mine && v.kind === Kind.Commander)) v.ring.setTint(color);
      }
      this.place(v, e.kind === Kind.Resource ? e.gold : e.hp, e.owner === me);
    });
    for (const v of this.views.values()) {
      if (v.seenFrame !== frame) {
        this.onGone(v);
        this.release(v);
        this.views.delete(v.id);
        this.selected.delete(v.id);
        if (v.mine) this.conn.orders.forget(v.id);
      }
    }
  }

  /** The topmost entity whose shape covers world point (x, y), if any. */
  at(x: number, y: number, filter: (e: DrawnEntity) => boolean): DrawnEntity | undefined {
    let best: DrawnEntity | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    for (const v of this.views.values()) {
      if (!filter(v)) continue;
      const d = Math.hypot(v.x - x, v.y - y);
      // A little slack so small units are easy to hit with the mouse.
      if (d <= v.radius + 8 && d < bestD) {
        best = v;
        bestD = d;
      }
    }
    return best;
  }

  destroyAll(): void {
    for (const v of this.views.values()) destroySprites(v);
    for (const list of this.pool.values()) for (const v of list) destroySprites(v);
    this.views.clear();
    this.pool.clear();
    this.selected.clear();
  }

  private place(v: View, amount: number, mine: boolean): void {
    const { x, y, radius } = v;
    v.body.setPosition(x, y);
    v.emblem?.setPosition(x, y);
    if (v.ring) {
      const show = v.kind === Kind.Commander || this.selected.has(v.id);
      v.ring.setVisible(show);
      if (show) v.ring.setPosition(x, y);
    }
    if (v.label) {
      v.label.setPosition(x, y - radius - 18);
      const name = this.nameOf.get(v.owner) ?? "";
      if (v.label.text !== name) v.label.setText(name);
    }
    const width = Math.max(18, radius * 2);
    const top = y - radius - 9;
    v.barBack.setPosition(x - width / 2 - 1, top - 1);
    const frac = v.maxHp > 0 ? Math.max(0, Math.min(1, amount / v.maxHp)) : 0;
    v.bar.setPosition(x - width / 2, top);
    v.bar.setDisplaySize(Math.max(0.001, width * frac), BAR_HEIGHT - 2);
    if (v.kind !== Kind.Resource) v.bar.setTint(frac > 0.35 ? HP_OK_COLOR : HP_LOW_COLOR);
    v.mine = mine;
  }

  private emblemOf(owner: string): string {
    const slot = this.slotOf.get(owner) ?? 0;
    return SLOT_EMBLEMS[slot % SLOT_EMBLEMS.length]!;
  }

  private colorOf(kind: number, owner: string): number {
    if (kind === Kind.Resource) return RESOURCE_COLOR;
    if (owner === "") return NEUTRAL_COLOR;
    return slotColor(this.slotOf.get(owner) ?? 0);
  }

  /**
   * A sprite set for a new entity: a pooled one of the same sort when there is
   * one (entities come and go at the edge of vision all the time, and making
   * sprites and text is the costliest thing a frame can do), else a new one.
   */
  private acquire(id: number, kind: number, owner: string): View {
    const mine = owner === this.conn.playerId;
    const v = this.pool.get(poolKey(kind, mine))?.pop();
    if (!v) {
      const made = createSprites(this.scene, this.conn.rules, {
        id,
        kind,
        owner,
        mine: owner === this.conn.playerId,
        color: this.colorOf(kind, owner),
        name: this.nameOf.get(owner) ?? "",
      });
      made.emblem?.setTexture(this.emblemOf(owner));
      return made;
    }
    v.id = id;
    v.owner = owner;
    v.color = this.colorOf(kind, owner);
    v.body.setTint(v.color).setVisible(true);
    v.emblem?.setTexture(this.emblemOf(owner)).setVisible(true);
    if (v.ring && !(mine && kind === Kind.Commander)) v.ring.setTint(v.color);
    v.barBack.setVisible(true);
    v.bar.setVisible(true);
    v.label?.setVisible(true);
    return v;
  }

  private release(v: View): void {
    v.body.setVisible(false);
    v.ring?.setVisible(false);
    v.barBack.setVisible(false);
    v.bar.setVisible(false);
    v.label?.setVisible(false);
    v.emblem?.setVisible(false);
    const key = poolKey(v.kind, v.mine);
    let list = this.pool.get(key);
    if (!list) {
      list = [];
      this.pool.set(key, list);
    }
    list.push(v);
  }
}

function poolKey(kind: number, mine: boolean): string {
  return mine ? `${kind}+` : `${kind}`;
}
