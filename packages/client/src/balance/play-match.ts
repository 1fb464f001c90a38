import { PLAY_STRATEGIES, SimSeat, WorldSight } from "@octet/shared/bots";
import type { Action } from "@octet/shared/protocol";
import type { Rules } from "@octet/shared/rules";
import {
  addPlayer,
  createWorld,
  isUnitKind,
  kindName,
  nextRandom,
  step,
  type World,
} from "@octet/shared/sim";

/** Gold held is sampled this often (match seconds). */
export const SAMPLE_SECONDS = 30;

/** One match to play: its index in the run, its world seed, a strategy per seat, the bots' seed. */
export interface MatchSpec {
  index: number;
  seed: number;
  botSeed: number;
  /** strategy name per slot (slot = join order) */
  seats: string[];
}

export interface SeatResult {
  slot: number;
  strategy: string;
  rank: number;
  score: number;
  kills: number;
}

export interface KindFigures {
  trained: number;
  /** entities killed by this kind */
  kills: number;
  /** entities of this kind killed */
  lost: number;
  /** hp taken by this kind's blows */
  damage: number;
}

/** Everything the report needs from one match: plain data, so it crosses a worker boundary. */
export interface MatchResult {
  index: number;
  seed: number;
  seats: SeatResult[];
  winnerSlot: number;
  endReason: string;
  /** match seconds played (start to end) */
  seconds: number;
  /** match seconds until a player first killed another player's commander or unit; null when nobody did */
  firstKillSeconds: number | null;
  byKind: Record<string, KindFigures>;
  /** gold held per slot, every SAMPLE_SECONDS from the start: goldSamples[sample][slot] */
  goldSamples: number[][];
  ticks: number;
}

/** A seed derived from a base seed and some indices, spread by the sim's own generator. */
export function deriveSeed(base: number, ...parts: number[]): number {
  const state = { rng: base >>> 0 };
  for (const p of parts) {
    state.rng = (state.rng ^ Math.imul(p + 1, 0x9e3779b1)) >>> 0;
    nextRandom(state);
  }
  return state.rng;
}

function figures(byKind: Record<string, KindFigures>, kind: string): KindFigures {
  let f = byKind[kind];
  if (!f) {
    f = { trained: 0, kills: 0, lost: 0, damage: 0 };
    byKind[kind] = f;
  }
  return f;
}

/** Plays one full match of sim seats at full speed and measures it. Deterministic in its spec and rules. */
export function playMatch(rules: Rules, spec: MatchSpec): MatchResult {
  const world: World = createWorld(rules, spec.seed);
  const sight = new WorldSight(world);
  const queues = new Map<string, Action[]>();
  const seats = spec.seats.map((name, slot) => {
    const id = `p${slot}`;
    addPlayer(world, id, name);
    const queue: Action[] = [];
    queues.set(id, queue);
    const factory = PLAY_STRATEGIES[name];
    if (!factory) throw new Error(`unknown strategy ${name}`);
    return new SimSeat(sight, id, factory(), deriveSeed(spec.botSeed, slot), (a) => queue.push(a));
  });
  const byKind: Record<string, KindFigures> = {};
  const goldSamples: number[][] = [];
  const hz = rules.ticks.criticalHz;
  const sampleEvery = Math.max(1, Math.round(SAMPLE_SECONDS * hz));
  let startTick = -1;
  let firstKill: number | null = null;
  while (world.phase !== "ended") {
    const idBefore = world.nextId;
    step(world, queues);
    if (world.phase === "waiting") continue;
    // The step whose phase update started the match: play begins with the next one.
    if (startTick < 0) {
      startTick = world.tick;
      for (const s of seats) s.think();
      continue;
    }
    for (let id = idBefore; id < world.nextId; id++) {
      const e = world.entities.get(id);
      if (e && isUnitKind(e.kind)) figures(byKind, kindName(world, e.kind)).trained++;
    }
    for (const h of world.hits) {
      const attacker = figures(byKind, kindName(world, h.attackerKind));
      attacker.damage += h.damage;
      if (!h.killed) continue;
      attacker.kills++;
      figures(byKind, kindName(world, h.victimKind)).lost++;
      const pvp = h.attackerOwner !== "" && h.victimOwner !== "" && h.attackerOwner !== h.victimOwner;
      if (pvp && firstKill === null) firstKill = (world.tick - startTick) / hz;
    }
    if ((world.tick - startTick) % sampleEvery === 0)
      goldSamples.push(spec.seats.map((_, slot) => Math.floor(world.players.get(`p${slot}`)?.gold ?? 0)));
    if (world.phase === "playing") for (const s of seats) s.think();
  }
  const rankOf = new Map(world.ranking.map((r) => [r.playerId, r]));
  const results: SeatResult[] = spec.seats.map((strategy, slot) => {
    const r = rankOf.get(`p${slot}`);
    return { slot, strategy, rank: r?.rank ?? spec.seats.length, score: r?.score ?? 0, kills: r?.kills ?? 0 };
  });
  const winner = world.ranking[0];
  return {
    index: spec.index,
    seed: spec.seed,
    seats: results,
    winnerSlot: winner ? Number(winner.playerId.slice(1)) : -1,
    endReason: world.endReason,
    // startTick is the step that started the match: play is the steps after it.
    seconds: (world.tick - startTick) / hz,
    firstKillSeconds: firstKill,
    byKind,
    goldSamples,
    ticks: world.tick,
  };
}
