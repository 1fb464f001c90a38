import { Kind, type Point, unitStatsOf } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import {
  HP_BACK_COLOR,
  HP_LOW_COLOR,
  HP_OK_COLOR,
  NEUTRAL_COLOR,
  RESOURCE_COLOR,
  SELECTION_COLOR,
  slotColor,
} from "./palette.ts";
import { Tex, UNIT_SHAPES } from "./textures.ts";

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

interface View extends DrawnEntity {
  body: Phaser.GameObjects.Image;
  ring: Phaser.GameObjects.Image | null;
  barBack: Phaser.GameObjects.Image;
  bar: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text | null;
  maxHp: number;
  seenFrame: number;
}

const BAR_HEIGHT = 5;
const RESOURCE_RADIUS = 22;

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
      // The dead wait in the state for their respawn; they are not drawn.
      if (e.hp <= 0 && e.kind !== Kind.Resource) return;
      let v = this.views.get(e.id);
      if (!v || v.kind !== e.kind) {
        if (v) this.release(v);
        v = this.acquire(e.id, e.kind, e.owner);
        this.views.set(e.id, v);
      }
      v.seenFrame = frame;
      const p: Point = this.conn.position(e, now);
      v.x = p.x;
      v.y = p.y;
      v.hp = e.hp;
      const color = this.colorOf(e.kind, e.owner);
      if (color !== v.color) {
        // The owner's slot arrives with the players map, possibly after the entity.
        v.color = color;
        v.body.setTint(color);
        if (v.ring && !(v.mine && v.kind === Kind.Commander)) v.ring.setTint(color);
      }
      this.place(v, e.kind === Kind.Resource ? e.gold : e.hp, e.owner === me);
    });
    for (const v of this.views.values()) {
      if (v.seenFrame !== frame) {
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
    for (const v of this.views.values()) this.destroy(v);
    for (const list of this.pool.values()) for (const v of list) this.destroy(v);
    this.views.clear();
    this.pool.clear();
    this.selected.clear();
  }

  private place(v: View, amount: number, mine: boolean): void {
    const { x, y, radius } = v;
    v.body.setPosition(x, y);
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
    if (!v) return this.create(id, kind, owner);
    v.id = id;
    v.owner = owner;
    v.color = this.colorOf(kind, owner);
    v.body.setTint(v.color).setVisible(true);
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
    const key = poolKey(v.kind, v.mine);
    let list = this.pool.get(key);
    if (!list) {
      list = [];
      this.pool.set(key, list);
    }
    list.push(v);
  }

  private create(id: number, kind: number, owner: string): View {
    const rules = this.conn.rules;
    const scene = this.scene;
    let texture: string = Tex.disc;
    let radius: number;
    let maxHp: number;
    if (kind === Kind.Commander) {
      radius = rules.commander.radius;
      maxHp = rules.commander.hp;
    } else if (kind === Kind.Creep) {
      radius = rules.creeps.radius;
      maxHp = rules.creeps.hp;
    } else if (kind === Kind.Resource) {
      texture = Tex.hexagon;
      radius = RESOURCE_RADIUS;
      maxHp = rules.resources.maxGold;
    } else {
      const i = kind - Kind.FirstUnit;
      const stats = unitStatsOf(rules, kind);
      texture = UNIT_SHAPES[i % UNIT_SHAPES.length]!;
      radius = stats?.radius ?? 10;
      maxHp = stats?.hp ?? 1;
    }
    const mine = owner === this.conn.playerId;
    const color = this.colorOf(kind, owner);
    const depth = kind === Kind.Resource ? 10 : kind === Kind.Commander ? 13 : 12;
    const body = scene.add
      .image(0, 0, texture)
      .setDisplaySize(radius * 2, radius * 2)
      .setTint(color)
      .setDepth(depth);
    const ring =
      kind === Kind.Commander || (mine && kind >= Kind.FirstUnit)
        ? scene.add
            .image(0, 0, Tex.ring)
            .setDisplaySize((radius + 6) * 2, (radius + 6) * 2)
            .setTint(kind === Kind.Commander && mine ? SELECTION_COLOR : color)
            .setAlpha(kind === Kind.Commander ? 0.9 : 0.8)
            .setDepth(depth)
        : null;
    const width = Math.max(18, radius * 2);
    const barBack = scene.add
      .image(0, 0, Tex.pixel)
      .setOrigin(0, 0)
      .setDisplaySize(width + 2, BAR_HEIGHT)
      .setTint(HP_BACK_COLOR)
      .setAlpha(0.8)
      .setDepth(20);
    const bar = scene.add
      .image(0, 0, Tex.pixel)
      .setOrigin(0, 0)
      .setTint(kind === Kind.Resource ? RESOURCE_COLOR : HP_OK_COLOR)
      .setDepth(21);
    const label =
      kind === Kind.Commander
        ? scene.add
            .text(0, 0, this.nameOf.get(owner) ?? "", {
              fontFamily: "system-ui, sans-serif",
              fontSize: "13px",
              color: "#ffffff",
              stroke: "#000000",
              strokeThickness: 3,
            })
            .setOrigin(0.5, 1)
            .setDepth(22)
        : null;
    return {
      id,
      kind,
      owner,
      x: 0,
      y: 0,
      radius,
      hp: 0,
      mine,
      color,
      body,
      ring,
      barBack,
      bar,
      label,
      maxHp,
      seenFrame: 0,
    };
  }

  private destroy(v: View): void {
    v.body.destroy();
    v.ring?.destroy();
    v.barBack.destroy();
    v.bar.destroy();
    v.label?.destroy();
  }
}

function poolKey(kind: number, mine: boolean): string {
  return mine ? `${kind}+` : `${kind}`;
}
