import { Kind } from "@octet/shared/sim";
import Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import { CameraRig } from "./camera-rig.ts";
import { Controls } from "./controls.ts";
import type { FrameCost, FrameRecord } from "./debug-types.ts";
import { Effects } from "./effects.ts";
import { type DrawnEntity, EntityLayer } from "./entity-layer.ts";
import { Fog } from "./fog.ts";
import { FrameCostMeter } from "./frame-cost.ts";
import { Hotkeys } from "./hotkeys.ts";
import type { Keymap } from "./keymap.ts";
import { drawMap } from "./map-layer.ts";
import { Minimap } from "./minimap.ts";
import { MAP_COLOR } from "./palette.ts";
import { createTextures } from "./textures.ts";

export const MATCH_SCENE = "match";

export interface MatchSceneData {
  conn: MatchConnection;
  /** the keys in force (the menu rebinds them while the match runs) */
  keymap: Keymap;
  /** called at the end of every frame's update (the HUD reads from it) */
  onFrame?: (scene: MatchScene, now: number) => void;
  /** short feedback for the player ("not enough gold") */
  onNotice?: (text: string) => void;
  /** keep a log of the last frames for the debug hook */
  recordFrames?: boolean;
  /** hit flashes, bolts, bursts, floating numbers (default on; bench:client measures both) */
  effects?: boolean;
}

/**
 * World units between the background's grid lines: a sense of scale and
 * speed while scrolling. The server's interest cells (rules.vision.cellSize)
 * are a different thing and change nothing on screen.
 */
const BACKGROUND_GRID = 256;
const FRAME_LOG = 240;

/**
 * The match: map, walls, entities, fog, minimap and input, all drawn from
 * what net/ provides (predicted own commander, interpolated others). No game
 * rules here: every number comes from conn.rules, every decision from the server.
 */
export class MatchScene extends Phaser.Scene {
  conn!: MatchConnection;
  entities!: EntityLayer;
  controls!: Controls;
  effects!: Effects;
  rig!: CameraRig;
  /** the match's keys, through the keymap */
  hotkeys!: Hotkeys;
  readonly meter = new FrameCostMeter();
  /** frames rendered by this scene */
  frame = 0;
  /** the newest frames, oldest first */
  readonly frames: FrameRecord[] = [];
  lastCost: FrameCost = { frame: 0, netMs: 0, updateMs: 0, parts: [] };
  private data_!: MatchSceneData;
  private fog!: Fog;
  private minimap!: Minimap;
  private commander: DrawnEntity | undefined;
  private readonly ownEntities: DrawnEntity[] = [];

  constructor() {
    super({ key: MATCH_SCENE });
  }

  init(data: MatchSceneData): void {
    this.data_ = data;
    this.conn = data.conn;
    this.frame = 0;
    this.frames.length = 0;
    this.commander = undefined;
  }

  create(): void {
    const conn = this.conn;
    const { map, vision } = conn.rules;
    createTextures(this);
    drawMap(this, map, BACKGROUND_GRID);
    this.entities = new EntityLayer(this, conn);
    this.effects = new Effects(this, conn, this.entities);
    this.effects.enabled = this.data_.effects !== false;
    this.entities.onHit = (e, damage) => this.effects.hit(e, damage);
    this.entities.onGone = (e) => this.effects.gone(e);
    const offKills = conn.on("kills", (e) => {
      for (const k of e.kills) this.effects.kill(k);
    });
    this.fog = new Fog(this, vision.radius);
    this.minimap = new Minimap(this, map);
    this.hotkeys = new Hotkeys(this.data_.keymap);
    this.rig = new CameraRig(this, map.width, map.height, this.hotkeys);
    this.controls = new Controls(this, conn, this.entities, this.rig, this.minimap, this.hotkeys);
    this.controls.onNotice = (t) => this.data_.onNotice?.(t);
    this.controls.onOrder = (x, y, attack) => this.effects.marker(x, y, attack);
    const cam = this.cameras.main;
    cam.setBackgroundColor(MAP_COLOR);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    // Removing the scene destroys it without a shutdown; clean up on whichever comes first.
    let cleaned = false;
    const cleanUp = () => {
      if (cleaned) return;
      cleaned = true;
      offKills();
      this.shutdown();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanUp);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanUp);
    this.meter.watch(conn);
  }

  override update(_time: number, delta: number): void {
    const meter = this.meter;
    const now = meter.beginUpdate();
    const cam = this.cameras.main;
    this.conn.beginFrame(now);
    meter.lap();
    this.controls.update(now);
    meter.lap();
    this.entities.update(now);
    this.effects.update(now);
    this.collectOwn();
    meter.lap();
    this.rig.update(delta, this.commander ?? null);
    this.fog.update(cam, this.rig, this.ownEntities);
    meter.lap();
    this.minimap.update(now, this.entities.all, this.rig);
    meter.lap();
    this.data_.onFrame?.(this, now);
    meter.lap();
    const spent = this.effects.takeSpent();
    meter.note(spent.work);
    meter.note(spent.cues);
    this.frame++;
    this.lastCost = this.meter.endUpdate(this.frame);
  }

  /** The own commander where it was drawn in the last frame, if it is on the map. */
  commanderWorld(): { x: number; y: number } | null {
    return this.commander ? { x: this.commander.x, y: this.commander.y } : null;
  }

  private collectOwn(): void {
    const own = this.ownEntities;
    own.length = 0;
    this.commander = undefined;
    for (const e of this.entities.all) {
      if (!e.mine || e.kind === Kind.Resource) continue;
      own.push(e);
      if (e.kind === Kind.Commander) this.commander = e;
    }
  }

  private afterRender(): void {
    if (!this.data_.recordFrames || !this.sys.isActive()) return;
    const world = this.commanderWorld();
    const record: FrameRecord = {
      frame: this.frame,
      at: performance.now(),
      patches: this.conn.stats.patches,
      ackSeq: this.conn.ackSeq,
      lastMoveSeq: this.controls.lastMoveSeq,
      world,
      screen: world ? this.rig.toScreen(world.x, world.y) : null,
    };
    this.frames.push(record);
    if (this.frames.length > FRAME_LOG) this.frames.shift();
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.minimap.layout(size.width, size.height);
  }

  private shutdown(): void {
    this.meter.unwatch();
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
    this.controls.destroy();
    this.rig.destroy();
    this.hotkeys.destroy();
    this.entities.destroyAll();
    this.effects.destroy();
    this.fog.destroy();
    this.minimap.destroy();
  }
}
