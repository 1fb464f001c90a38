import type { Rules } from "@octet/shared/rules";
import { Kind } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { DrawnEntity } from "./entity-layer.ts";
import { HP_BACK_COLOR, HP_OK_COLOR, RESOURCE_COLOR, SELECTION_COLOR } from "./palette.ts";
import { Tex, UNIT_SHAPES } from "./textures.ts";

/** One entity's sprites: body, selection/commander ring, hp bar, name label. */
export interface EntitySprites extends DrawnEntity {
  body: Phaser.GameObjects.Image;
  ring: Phaser.GameObjects.Image | null;
  barBack: Phaser.GameObjects.Image;
  bar: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text | null;
  /** commanders: the owner's emblem (SLOT_EMBLEMS) on the body */
  emblem: Phaser.GameObjects.Image | null;
  maxHp: number;
  seenFrame: number;
}

export const BAR_HEIGHT = 5;
const RESOURCE_RADIUS = 22;

/** A commander's name above it, in the match and in the replay viewer alike. */
export function nameLabel(scene: Phaser.Scene, x: number, y: number, name: string): Phaser.GameObjects.Text {
  return scene.add
    .text(x, y, name, {
      fontFamily: "system-ui, sans-serif",
      fontSize: "13px",
      color: "#ffffff",
      stroke: "#000000",
      strokeThickness: 3,
    })
    .setOrigin(0.5, 1)
    .setDepth(22);
}

/** Makes a new sprite set for an entity (the layer pools them; this is the costly path). */
export function createSprites(
  scene: Phaser.Scene,
  rules: Rules,
  e: { id: number; kind: number; owner: string; mine: boolean; color: number; name: string },
): EntitySprites {
  const { id, kind, owner, mine, color } = e;
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
    const stats = Object.values(rules.units)[i];
    texture = UNIT_SHAPES[i % UNIT_SHAPES.length]!;
    radius = stats?.radius ?? 10;
    maxHp = stats?.hp ?? 1;
  }
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
  const label = kind === Kind.Commander ? nameLabel(scene, 0, 0, e.name) : null;
  const emblem =
    kind === Kind.Commander
      ? scene.add
          .image(0, 0, Tex.square)
          .setDisplaySize(radius * 1.1, radius * 1.1)
          .setTint(0x0b0f0d)
          .setAlpha(0.85)
          .setDepth(depth)
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
    emblem,
    maxHp,
    seenFrame: 0,
  };
}

export function destroySprites(v: EntitySprites): void {
  v.body.destroy();
  v.ring?.destroy();
  v.barBack.destroy();
  v.bar.destroy();
  v.label?.destroy();
  v.emblem?.destroy();
}
