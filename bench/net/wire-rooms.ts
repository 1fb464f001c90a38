import type { Client } from "@colyseus/core";
import { schema, t } from "@colyseus/schema";
import { MatchRoom } from "../../packages/server/src/rooms/MatchRoom.ts";
import { phaseCode } from "../../packages/shared/src/sim/index.ts";
import {
  type EntityState,
  type MatchState,
  type PlayerState,
  StateSync,
} from "../../packages/shared/src/state/index.ts";

/** Message type the JSON baseline uses for its full-state snapshots. */
export const JSON_STATE = 9;

/** Totals every bench room adds to, read by the bench server's /bench/stats. */
export const totals = { ticks: 0, floorBits: 0, floorMs: 0 };

// (b) Plain @colyseus/schema: the same entities and fields with the everyday
// types (number, string) and no StateView: everyone receives everything.
const PlainEntity = schema(
  {
    id: t.number(),
    kind: t.number(),
    owner: t.string(),
    x: t.number(),
    y: t.number(),
    hp: t.number(),
    gold: t.number(),
  },
  "Entity",
);
const PlainPlayer = schema(
  {
    ackSeq: t.number(),
    name: t.string(),
    slot: t.number(),
    commanderId: t.number(),
    gold: t.number(),
    score: t.number(),
    kills: t.number(),
    connected: t.boolean(),
    left: t.boolean(),
  },
  "Player",
);
const PlainMatchState = schema(
  {
    phase: t.number(),
    secondsLeft: t.number(),
    tick: t.number(),
    entities: t.map(PlainEntity),
    players: t.map(PlainPlayer),
  },
  "MatchState",
);

/**
 * The baselines' shared tick: no interest (everyone sees everything, so no
 * per-client view to keep), the same kills and results as the real room,
 * then the whole state sent the baseline's way.
 */
abstract class SeeAllRoom extends MatchRoom {
  protected override watch(_client: Client): void {}
  protected override publish(_ambient: boolean): void {
    totals.ticks++;
    this.sendKills();
    this.sync.sync(this.world, { players: true });
    this.flushResults();
    this.sendState();
  }
  protected abstract sendState(): void;
}

export class PlainSchemaRoom extends SeeAllRoom {
  override state = new PlainMatchState() as unknown as MatchState;
  protected override createSync(): StateSync {
    return new StateSync(this.state, {
      Entity: PlainEntity as unknown as new () => EntityState,
      Player: PlainPlayer as unknown as new () => PlayerState,
    });
  }
  protected sendState(): void {
    this.broadcastPatch();
  }
}

/** (a) The naive pattern: JSON of the full state to every client, every tick. */
export class JsonRoom extends SeeAllRoom {
  protected sendState(): void {
    const snapshot = new TextEncoder().encode(JSON.stringify(this.state.toJSON()));
    this.broadcastBytes(JSON_STATE, snapshot, {});
  }
}

interface Seen {
  x: number;
  y: number;
  hp: number;
  gold: number;
}

const bitsFor = (max: number) => Math.max(1, Math.ceil(Math.log2(max + 1)));

/**
 * (c) Octet itself, plus the bit-packed floor for the same ticks: for every
 * client and tick, each visible entity that changed costs its id plus, per
 * changed field, a field tag and the field's bits; an entity entering a view
 * costs all its fields; one leaving costs its id. Scoreboard and clock changes
 * cost the same way. No framing, no headers: a floor no real protocol reaches.
 */
export class FloorRoom extends MatchRoom {
  private readonly seen = new Map<string, Map<number, Seen>>();
  private lastPlayers = "";
  private readonly lastGold = new Map<string, number>();
  private lastClock = "";

  protected override publish(ambient: boolean): void {
    totals.ticks++;
    super.publish(ambient);
    // Counting the floor is the benchmark's own work: timed, and taken out of (c)'s CPU.
    const started = performance.now();
    totals.floorBits += this.floorBitsThisTick();
    totals.floorMs += performance.now() - started;
  }

  private floorBitsThisTick(): number {
    const w = this.world;
    const idBits = bitsFor(w.nextId);
    const hpBits = bitsFor(
      Math.max(w.rules.commander.hp, w.rules.creeps.hp, ...Object.values(w.rules.units).map((u) => u.hp)),
    );
    const goldBits = bitsFor(w.rules.resources.maxGold);
    const FIELD_TAG = 3;
    const enterBits = idBits + 8 /* kind */ + 3 /* owner slot */ + 16 + 16 + hpBits + goldBits;
    let bits = 0;
    for (const client of this.clients) {
      const visible = this.interest.visibleTo(client.sessionId);
      if (!visible) continue;
      let prev = this.seen.get(client.sessionId);
      if (!prev) {
        prev = new Map();
        this.seen.set(client.sessionId, prev);
      }
      for (const id of visible) {
        const e = w.entities.get(id);
        if (!e) continue;
        const now: Seen = { x: e.x, y: e.y, hp: Math.round(e.hp), gold: Math.floor(e.gold) };
        const before = prev.get(id);
        prev.set(id, now);
        if (!before) {
          bits += enterBits;
          continue;
        }
        let fields = 0;
        if (before.x !== now.x) fields += FIELD_TAG + 16;
        if (before.y !== now.y) fields += FIELD_TAG + 16;
        if (before.hp !== now.hp) fields += FIELD_TAG + hpBits;
        if (before.gold !== now.gold) fields += FIELD_TAG + goldBits;
        if (fields > 0) bits += idBits + fields;
      }
      for (const id of prev.keys()) {
        if (visible.has(id)) continue;
        prev.delete(id);
        bits += idBits + 1;
      }
    }
    // Scoreboard and clock: the same bits for every client when they change;
    // a player's gold goes to that player alone.
    const players = [...w.players.values()].map((p) => `${p.score},${p.kills},${p.connected}`);
    const changedPlayers = changedCount(players, this.lastPlayers);
    this.lastPlayers = players.join("|");
    for (const client of this.clients) {
      const gold = Math.floor(w.players.get(client.sessionId)?.gold ?? 0);
      if (gold !== this.lastGold.get(client.sessionId)) bits += 3 + FIELD_TAG + 16;
      this.lastGold.set(client.sessionId, gold);
    }
    const clock = `${phaseCode(w.phase)},${this.state.secondsLeft}`;
    const clockBits = clock !== this.lastClock ? FIELD_TAG + 16 : 0;
    this.lastClock = clock;
    // Every patch carries the server tick (16 bits) so clients can time snapshots.
    const tickBits = FIELD_TAG + 16;
    bits += this.clients.length * (changedPlayers * (3 + 3 * (FIELD_TAG + 16)) + clockBits + tickBits);
    return bits;
  }
}

function changedCount(players: string[], last: string): number {
  const before = last.split("|");
  return players.filter((p, i) => before[i] !== p).length;
}
