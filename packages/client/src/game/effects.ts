import { Kind } from "@octet/shared/sim";
import type Phaser from "phaser";
import type { MatchConnection } from "../net/index.ts";
import { EffectSprites } from "./effect-sprites.ts";
import type { DrawnEntity, EntityLayer } from "./entity-layer.ts";
import { FloatingNumbers } from "./floating-numbers.ts";
import { type KindInfo, kindTable } from "./kinds.ts";
import { Tex } from "./textures.ts";

/** Things the effects want heard (the sound module listens). */
export type Cue = "hit" | "ownHit" | "death" | "ownDeath" | "kill" | "shot";

const BOLT_SPEED = 1100; // world units per second
const FLASH_MS = 150;
const SWING_MS = 180;
const DEATH_MS = 520;
const MARKER_MS = 600;
/** How far (world units) a hit's attacker may stand beyond its range: both are drawn interpolated. */
const REACH_SLACK = 48;
/** Where a vanished entity was last drawn, kept this long for its death effect. */
const LAST_SEEN_MS = 3000;

type KillSeen = { victimId: number; victimKind: number; victimOwner: string; killerOwner: string };

/**
 * Makes fights readable: a flash and a number where a hit lands, a bolt from
 * ranged attackers and a swing from melee ones, a burst where something dies,
 * and "+N" where the player scored. All of it is inferred from what the server
 * sends (hp going down in the state, kill events); nothing here feeds back
 * into the game. The attacker of a hit is the nearest enemy that deals exactly
 * that damage and stands in reach; when none matches, only the flash is shown.
 */
export class Effects {
  enabled = true;
  onCue: (cue: Cue) => void = () => {};
  private readonly conn: MatchConnection;
  private readonly entities: EntityLayer;
  private readonly kinds: Map<number, KindInfo>;
  private readonly sprites: EffectSprites;
  private readonly numbers: FloatingNumbers;
  private readonly lastSeen = new Map<
    number,
    { x: number; y: number; color: number; radius: number; at: number }
  >();
  private now = 0;
  private workMs = 0;
  private cueMs = 0;

  constructor(scene: Phaser.Scene, conn: MatchConnection, entities: EntityLayer) {
    this.conn = conn;
    this.entities = entities;
    this.kinds = kindTable(conn.rules);
    this.numbers = new FloatingNumbers(scene);
    this.sprites = new EffectSprites(scene);
  }

  /** Time (ms) spent on hits and kills, and on their sound cues within that, since the last take (bench:client). */
  takeSpent(): { work: number; cues: number } {
    const spent = { work: this.workMs, cues: this.cueMs };
    this.workMs = 0;
    this.cueMs = 0;
    return spent;
  }

  /** The state says `victim` lost `damage` hp since the last frame. */
  hit(victim: DrawnEntity, damage: number): void {
    if (!this.enabled) return;
    const t0 = performance.now();
    this.onHit(victim, damage);
    this.workMs += performance.now() - t0;
  }

  private onHit(victim: DrawnEntity, damage: number): void {
    const attacker = this.attackerOf(victim, damage);
    const me = this.conn.playerId;
    const mineInvolved = victim.owner === me || attacker?.owner === me;
    const land = () => {
      const v = this.entities.get(victim.id) ?? victim;
      this.sprites.spawn(
        Tex.disc,
        v.x,
        v.y,
        v.x,
        v.y,
        v.radius * 2 + 8,
        v.radius * 2 + 14,
        0.85,
        FLASH_MS,
        0xffffff,
      );
      if (mineInvolved)
        this.float(v.x, v.y - v.radius - 22, `-${damage}`, victim.owner === me ? 0xff8a7a : 0xffffff);
      this.cue(victim.owner === me ? "ownHit" : "hit");
    };
    const info = attacker ? this.kinds.get(attacker.kind) : undefined;
    if (!attacker || !info) {
      land();
      return;
    }
    if (info.ranged) {
      const dist = Math.hypot(victim.x - attacker.x, victim.y - attacker.y);
      const bolt = this.sprites.spawn(
        Tex.bolt,
        attacker.x,
        attacker.y,
        victim.x,
        victim.y,
        30,
        30,
        1,
        Math.max(60, (dist / BOLT_SPEED) * 1000),
        attacker.color,
      );
      if (bolt) {
        bolt.img.setRotation(Math.atan2(victim.y - attacker.y, victim.x - attacker.x));
        bolt.done = land;
        if (mineInvolved) this.cue("shot");
        return;
      }
    } else {
      const s = this.sprites.spawn(
        Tex.slash,
        attacker.x,
        attacker.y,
        attacker.x,
        attacker.y,
        attacker.radius * 2.6,
        attacker.radius * 3.2,
        0.95,
        SWING_MS,
        attacker.color,
      );
      s?.img.setRotation(Math.atan2(victim.y - attacker.y, victim.x - attacker.x));
    }
    land();
  }

  /** An entity's sprites went away (death, or out of view): remember where, for a kill event that follows. */
  gone(e: DrawnEntity): void {
    this.lastSeen.set(e.id, { x: e.x, y: e.y, color: e.color, radius: e.radius, at: this.now });
  }

  /** A kill the server reported: a burst where the victim was, "+N" if the player scored it. */
  kill(k: KillSeen): void {
    if (!this.enabled) return;
    const t0 = performance.now();
    this.onKill(k);
    this.workMs += performance.now() - t0;
  }

  private onKill(k: KillSeen): void {
    const seen = this.entities.get(k.victimId) ?? this.lastSeen.get(k.victimId);
    if (!seen) return;
    const { x, y, color, radius } = seen;
    this.sprites.spawn(Tex.ring, x, y, x, y, radius * 2, radius * 6, 0.9, DEATH_MS, color);
    for (let i = 0; i < 8; i++) {
      const a = (Math.PI / 4) * i + k.victimId;
      const d = radius * 2 + 30;
      this.sprites.spawn(Tex.pixel, x, y, x + Math.cos(a) * d, y + Math.sin(a) * d, 7, 2, 1, DEATH_MS, color);
    }
    const me = this.conn.playerId;
    if (k.killerOwner === me) {
      const score = this.conn.rules.score;
      const points =
        k.victimKind === Kind.Commander
          ? score.commanderKill
          : k.victimKind === Kind.Creep
            ? score.creepKill
            : score.unitKill;
      this.float(x, y - radius - 10, `+${points}`, 0xf2c94c);
    }
    this.cue(k.victimOwner === me ? "ownDeath" : k.killerOwner === me ? "kill" : "death");
  }

  /** Where an order went: a ring closing on the point (white: move) or on the target (red: attack). */
  marker(x: number, y: number, attack: boolean): void {
    this.sprites.spawn(
      Tex.ring,
      x,
      y,
      x,
      y,
      attack ? 70 : 56,
      attack ? 34 : 14,
      1,
      MARKER_MS,
      attack ? 0xff5a5a : 0xffffff,
    );
    if (!attack) this.sprites.spawn(Tex.disc, x, y, x, y, 10, 4, 0.9, MARKER_MS, 0xffffff);
  }

  /** Moves and fades everything alive; recycles what is done. */
  update(now: number): void {
    this.now = now;
    this.sprites.update(now);
    this.numbers.update(now);
    if (this.lastSeen.size > 0)
      for (const [id, s] of this.lastSeen) if (now - s.at > LAST_SEEN_MS) this.lastSeen.delete(id);
  }

  /** Sprites and texts alive (the debug hook and tests read it). */
  get count(): number {
    return this.sprites.count + this.numbers.count;
  }

  destroy(): void {
    this.sprites.destroy();
    this.numbers.destroy();
  }

  private attackerOf(victim: DrawnEntity, damage: number): DrawnEntity | undefined {
    let best: DrawnEntity | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    let loose: DrawnEntity | undefined;
    let looseD = Number.POSITIVE_INFINITY;
    for (const e of this.entities.all) {
      if (e.kind === Kind.Resource || e.owner === victim.owner) continue;
      if (e.owner === "" && victim.owner === "") continue;
      const info = this.kinds.get(e.kind);
      if (!info || info.damage <= 0) continue;
      const d = Math.hypot(e.x - victim.x, e.y - victim.y);
      if (d > info.range + victim.radius + REACH_SLACK) continue;
      if (Math.round(info.damage) === damage && d < bestD) {
        best = e;
        bestD = d;
      }
      if (d < looseD) {
        loose = e;
        looseD = d;
      }
    }
    return best ?? loose;
  }

  private cue(c: Cue): void {
    const t0 = performance.now();
    this.onCue(c);
    this.cueMs += performance.now() - t0;
  }

  private float(x: number, y: number, text: string, color: number): void {
    this.numbers.show(x, y, text, color, this.now);
  }
}
