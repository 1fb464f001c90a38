import { type Entity, Kind, type World } from "@octet/shared/sim";
import Phaser from "phaser";
import { nameLabel } from "../game/entity-sprites.ts";
import { Fog, type ScreenMapping } from "../game/fog.ts";
import { drawMap } from "../game/map-layer.ts";
import { MAP_COLOR, NEUTRAL_COLOR, RESOURCE_COLOR, slotColor } from "../game/palette.ts";
import { createTextures, Tex, UNIT_SHAPES } from "../game/textures.ts";
import type { ReplayModel } from "./replay-model.ts";

export const REPLAY_SCENE = "replay";

/** What the viewer's controls set and the scene draws. */
export interface ReplayView {
  playing: boolean;
  /** match seconds per real second */
  speed: number;
  /** a player id to follow, or null for the whole map */
  follow: string | null;
  /** whose fog of war to draw (and hide what it could not see), or null for none */
  fogOf: string | null;
}

export interface ReplaySceneData {
  model: ReplayModel;
  view: ReplayView;
  /** after each frame (the controls show the clock, scores and kill feed) */
  onFrame: () => void;
}

const RESOURCE_RADIUS = 22;
/** Screen height the controls bar takes (px), kept clear of the map in the whole-map view. */
const BAR_PX = 70;

interface Sprite {
  body: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text | null;
  seen: number;
}

/**
 * Draws a replayed world: map, every entity (or only what the fog's player
 * could see), its fog, a camera on one commander or the whole map. Playback
 * time advances here, one recorded tick at a time through the model.
 */
export class ReplayScene extends Phaser.Scene {
  private model!: ReplayModel;
  private view!: ReplayView;
  private onFrame!: () => void;
  private fog!: Fog;
  private readonly sprites = new Map<number, Sprite>();
  private frame = 0;
  /** real ms of playback not yet turned into ticks */
  private owed = 0;
  private lastFrameAt = 0;

  constructor() {
    super({ key: REPLAY_SCENE });
  }

  init(data: ReplaySceneData): void {
    this.model = data.model;
    this.view = data.view;
    this.onFrame = data.onFrame;
  }

  create(): void {
    const { map, vision } = this.model.rules;
    createTextures(this);
    drawMap(this, map, vision.cellSize);
    this.fog = new Fog(this, vision.radius);
    this.cameras.main.setBackgroundColor(MAP_COLOR);
  }

  override update(): void {
    const model = this.model;
    const tickMs = 1000 / model.rules.ticks.criticalHz;
    // Real time, not Phaser's delta: that one is smoothed and, in a page without
    // focus, capped at 1/60 s whatever the frame rate, which would slow playback down.
    const now = performance.now();
    const delta = this.lastFrameAt === 0 ? 0 : Math.min(250, now - this.lastFrameAt);
    this.lastFrameAt = now;
    if (this.view.playing) {
      // At most a second of match per frame: a tab back from the background does not stall.
      this.owed = Math.min(this.owed + delta * this.view.speed, 1000);
      while (this.owed >= tickMs) {
        this.owed -= tickMs;
        if (!model.stepForward()) {
          // A live match: wait at its newest tick for the next ones.
          if (!model.live) this.view.playing = false;
          this.owed = 0;
          break;
        }
      }
    }
    this.frame++;
    const world = model.world;
    const seeing = this.view.fogOf ? visibleTo(world, this.view.fogOf) : null;
    for (const e of world.entities.values()) {
      if (seeing && !seeing.has(e.id)) continue;
      this.draw(world, e);
    }
    for (const [id, s] of this.sprites) {
      if (s.seen === this.frame) continue;
      s.body.destroy();
      s.label?.destroy();
      this.sprites.delete(id);
    }
    this.placeCamera(world);
    const fogged = this.view.fogOf;
    if (fogged) this.fog.update(this.cameras.main, screenOf(this.cameras.main), ownEyes(world, fogged));
    else this.fog.clear();
    this.onFrame();
  }

  private draw(world: World, e: Entity): void {
    let s = this.sprites.get(e.id);
    if (!s) {
      s = this.spawn(world, e);
      this.sprites.set(e.id, s);
    }
    s.seen = this.frame;
    s.body.setPosition(e.x, e.y).setAlpha(e.hp > 0 ? 1 : 0.25);
    s.label?.setPosition(e.x, e.y - 26);
  }

  private spawn(world: World, e: Entity): Sprite {
    const rules = world.rules;
    let texture: string = Tex.disc;
    let radius = rules.commander.radius;
    let color = NEUTRAL_COLOR;
    const owner = e.owner ? world.players.get(e.owner) : undefined;
    if (owner) color = slotColor(owner.slot);
    if (e.kind === Kind.Creep) radius = rules.creeps.radius;
    else if (e.kind === Kind.Resource) {
      texture = Tex.hexagon;
      radius = RESOURCE_RADIUS;
      color = RESOURCE_COLOR;
    } else if (e.kind >= Kind.FirstUnit) {
      const i = e.kind - Kind.FirstUnit;
      texture = UNIT_SHAPES[i % UNIT_SHAPES.length]!;
      radius = rules.units[world.unitKinds[i] ?? ""]?.radius ?? 10;
    }
    const depth = e.kind === Kind.Resource ? 10 : e.kind === Kind.Commander ? 13 : 12;
    const body = this.add
      .image(e.x, e.y, texture)
      .setDisplaySize(radius * 2, radius * 2)
      .setTint(color)
      .setDepth(depth);
    const label = e.kind === Kind.Commander && owner ? nameLabel(this, e.x, e.y - 26, owner.name) : null;
    return { body, label, seen: this.frame };
  }

  /** On the followed player's commander at zoom 1, or the whole map fitted to the screen. */
  private placeCamera(world: World): void {
    const cam = this.cameras.main;
    const { width, height } = world.rules.map;
    const followed = this.view.follow ? world.players.get(this.view.follow) : undefined;
    const c = followed ? world.entities.get(followed.commanderId) : undefined;
    if (c) {
      cam.setZoom(1);
      cam.centerOn(c.x, c.y);
      return;
    }
    if (followed) return; // between a death and the respawn: stay where it fell
    // Fitted between the controls bar at the bottom and the title at the top.
    const zoom = Math.min(cam.width / width, (cam.height - 2 * BAR_PX) / height);
    cam.setZoom(zoom);
    cam.centerOn(width / 2, height / 2);
  }
}

/** World to screen for a camera centred with centerOn and zoomed about the screen centre. */
function screenOf(cam: Phaser.Cameras.Scene2D.Camera): ScreenMapping {
  const z = cam.zoom;
  const cx = cam.midPoint.x;
  const cy = cam.midPoint.y;
  return {
    zoom: z,
    toScreen: (x, y) => ({ x: cam.width / 2 + (x - cx) * z, y: cam.height / 2 + (y - cy) * z }),
    pinToScreen: (o) => {
      o.setScale(1 / z);
      o.setPosition((cam.width / 2) * (1 - 1 / z), (cam.height / 2) * (1 - 1 / z));
    },
  };
}

/** What a player could see at this tick: its own things and whatever lies in their vision. */
export function visibleTo(world: World, playerId: string): Set<number> {
  const eyes = ownEyes(world, playerId);
  const r2 = world.rules.vision.radius ** 2;
  const seen = new Set<number>();
  for (const e of world.entities.values()) {
    if (e.owner === playerId) {
      seen.add(e.id);
      continue;
    }
    for (const o of eyes) {
      const dx = e.x - o.x;
      const dy = e.y - o.y;
      if (dx * dx + dy * dy <= r2) {
        seen.add(e.id);
        break;
      }
    }
  }
  return seen;
}

function ownEyes(world: World, playerId: string): Entity[] {
  const out: Entity[] = [];
  for (const e of world.entities.values()) if (e.owner === playerId && e.hp > 0) out.push(e);
  return out;
}
