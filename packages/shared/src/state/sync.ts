import { secondsLeft } from "../sim/match.ts";
import { phaseCode } from "../sim/phase.ts";
import type { Entity, Player, World } from "../sim/world.ts";
import { EntityState, type MatchState, PlayerState } from "./schema.ts";

const U16 = 65535;
const u16 = (v: number) => (v <= 0 ? 0 : v >= U16 ? U16 : Math.floor(v));

/**
 * Copies a simulation world into the schema state that travels to clients.
 * Writes only fields whose value changed, so unchanged fields cost no bytes.
 */
export class StateSync {
  readonly state: MatchState;
  private readonly entities = new Map<number, EntityState>();
  private readonly players = new Map<string, PlayerState>();
  private readonly Entity: new () => EntityState;
  private readonly Player: new () => PlayerState;

  /**
   * `classes` swaps in other schema classes with the same fields (the
   * bandwidth benchmark's plain-typed baseline uses it).
   */
  constructor(
    state: MatchState,
    classes: { Entity: new () => EntityState; Player: new () => PlayerState } = {
      Entity: EntityState,
      Player: PlayerState,
    },
  ) {
    this.state = state;
    this.Entity = classes.Entity;
    this.Player = classes.Player;
  }

  /** The schema object for a player id, if it is in the state. */
  player(id: string): PlayerState | undefined {
    return this.players.get(id);
  }

  /** The schema object for a world entity id, if it is in the state. */
  entity(id: number): EntityState | undefined {
    return this.entities.get(id);
  }

  /**
   * Mirrors the world. Players (gold, score, kills: the scoreboard) are ambient
   * fields: pass `players: false` on critical-only ticks so they change, and
   * cost bytes, only at the ambient rate.
   */
  sync(world: World, opts: { players: boolean } = { players: true }): void {
    const s = this.state;
    const phase = phaseCode(world.phase);
    if (s.phase !== phase) s.phase = phase;
    const left = secondsLeft(world);
    if (s.secondsLeft !== left) s.secondsLeft = left;
    const tick = world.tick & U16;
    if (s.tick !== tick) s.tick = tick;
    this.syncEntities(world);
    if (opts.players) this.syncPlayers(world);
    else this.syncAcks(world);
  }

  private syncEntities(world: World): void {
    for (const e of world.entities.values()) {
      let se = this.entities.get(e.id);
      if (!se) {
        se = new this.Entity();
        se.id = e.id;
        se.kind = e.kind;
        se.owner = e.owner;
        writeEntity(se, e);
        this.entities.set(e.id, se);
        this.state.entities.set(String(e.id), se);
      } else writeEntity(se, e);
    }
    if (this.entities.size !== world.entities.size) {
      for (const id of this.entities.keys()) {
        if (world.entities.has(id)) continue;
        this.entities.delete(id);
        this.state.entities.delete(String(id));
      }
    }
  }

  /** Acks are critical: they change every tick a player acts, unlike the scoreboard. */
  private syncAcks(world: World): void {
    for (const p of world.players.values()) {
      const sp = this.players.get(p.id);
      if (sp && sp.ackSeq !== p.lastSeq) sp.ackSeq = p.lastSeq;
    }
  }

  private syncPlayers(world: World): void {
    for (const p of world.players.values()) {
      let sp = this.players.get(p.id);
      if (!sp) {
        sp = new this.Player();
        sp.name = p.name;
        sp.slot = p.slot;
        writePlayer(sp, p);
        this.players.set(p.id, sp);
        this.state.players.set(p.id, sp);
      } else writePlayer(sp, p);
    }
    if (this.players.size !== world.players.size) {
      for (const id of this.players.keys()) {
        if (world.players.has(id)) continue;
        this.players.delete(id);
        this.state.players.delete(id);
      }
    }
  }
}

function writeEntity(se: EntityState, e: Entity): void {
  if (se.x !== e.x) se.x = e.x;
  if (se.y !== e.y) se.y = e.y;
  const hp = u16(e.hp);
  if (se.hp !== hp) se.hp = hp;
  const gold = u16(e.gold);
  if (gold !== 0 || se.gold !== undefined) {
    if (se.gold !== gold) se.gold = gold;
  }
}

function writePlayer(sp: PlayerState, p: Player): void {
  if (sp.ackSeq !== p.lastSeq) sp.ackSeq = p.lastSeq;
  const gold = u16(p.gold);
  if (sp.gold !== gold) sp.gold = gold;
  const score = u16(p.score);
  if (sp.score !== score) sp.score = score;
  const kills = u16(p.kills);
  if (sp.kills !== kills) sp.kills = kills;
  if (sp.commanderId !== p.commanderId) sp.commanderId = p.commanderId;
  if (sp.connected !== p.connected) sp.connected = p.connected;
  if (sp.bot !== p.bot) sp.bot = p.bot;
  if (sp.left !== p.left) sp.left = p.left;
}
