import type { Action } from "../../src/protocol/index.ts";
import { MatchRecorder } from "../../src/record/index.ts";
import { DEFAULT_RULES_DOCUMENT, mergeRules, parseRules, type Rules } from "../../src/rules/index.ts";
import {
  addPlayer,
  createWorld,
  Kind,
  nextRandom,
  removePlayer,
  step,
  type World,
} from "../../src/sim/index.ts";

export interface ScriptedMatch {
  world: World;
  recorder: MatchRecorder;
  bytes: Uint8Array;
}

/** Short, busy matches: players can afford a lot, and the match ends in `seconds`. */
export function shortRules(seconds: number, extra: object = {}): Rules {
  return parseRules(
    mergeRules(
      mergeRules(DEFAULT_RULES_DOCUMENT, {
        players: { startGold: 2000, lobbyWaitSeconds: 1 },
        match: { durationSeconds: seconds },
      }),
      extra,
    ),
  );
}

/**
 * Plays a whole match with the sim directly, feeding a MatchRecorder the way
 * MatchRoom does: roster changes between ticks, then step, then the outcomes.
 * Players join over time, send several actions a tick (so commander moves
 * wait for move credit), some of them invalid (rejections are recorded too),
 * drop and come back, and some leave for good.
 */
export function playScriptedMatch(rules: Rules, seed: number, players = 8): ScriptedMatch {
  const world = createWorld(rules, seed);
  const recorder = new MatchRecorder({
    matchId: `m${seed}`,
    roomId: `r${seed}`,
    rulesJson: JSON.stringify(rules),
    seed,
    startTimeMs: 1_700_000_000_000,
    hashEvery: 10,
  });
  const rng = { rng: seed ^ 0x5bd1e995 };
  const r = () => nextRandom(rng);
  const queues = new Map<string, Action[]>();
  const seqs = new Map<string, number>();
  let joined = 0;
  const maxTicks = Math.ceil((rules.match.durationSeconds + 30) * rules.ticks.criticalHz);
  while (world.phase !== "ended" && world.tick < maxTicks) {
    if (joined < players && r() < 0.3) {
      const id = `p${seed}-${joined++}`;
      const p = addPlayer(world, id, `Bot ${joined}`);
      if (p) {
        recorder.join(p);
        queues.set(id, []);
        seqs.set(id, 0);
      }
    }
    for (const p of world.players.values()) {
      if (p.left) continue;
      if (r() < 0.002) {
        removePlayer(world, p.id);
        recorder.leave(p.id);
        queues.delete(p.id);
        continue;
      }
      if (r() < 0.01) {
        p.connected = !p.connected;
        recorder.connected(p.id, p.connected);
      }
      const q = queues.get(p.id)!;
      const next = () => {
        const s = seqs.get(p.id)! + 1;
        seqs.set(p.id, s);
        return s;
      };
      const n = Math.floor(r() * 3);
      for (let i = 0; i < n; i++) q.push(scriptedAction(world, p.id, next(), r));
    }
    const outcomes = step(world, queues);
    recorder.tick(world, outcomes);
  }
  recorder.end(world, world.endReason === "" ? "abandoned" : world.endReason, 1_700_000_600_000);
  return { world, recorder, bytes: recorder.bytes() };
}

function scriptedAction(world: World, id: string, seq: number, r: () => number): Action {
  const pick = r();
  const dir = () => (Math.floor(r() * 3) - 1) as -1 | 0 | 1;
  if (pick < 0.55) return { seq, kind: "commanderMove", dx: dir(), dy: dir() };
  if (pick < 0.7)
    return { seq, kind: "train", unitKind: world.unitKinds[Math.floor(r() * world.unitKinds.length)]! };
  const mine = [...world.entities.values()].filter((e) => e.owner === id && e.kind >= Kind.FirstUnit);
  // Now and then someone else's or no unit at all: a rejection, which the record keeps too.
  const ids = mine.length > 0 && r() < 0.9 ? mine.slice(0, 8).map((e) => e.id) : [1 + Math.floor(r() * 400)];
  // Guard orders too (trained units guard from the start under the default rules).
  if (pick < 0.75) return { seq, kind: "guard", unitIds: ids };
  if (pick < 0.85) {
    const x = Math.floor(r() * world.rules.map.width);
    const y = Math.floor(r() * world.rules.map.height);
    return { seq, kind: "moveUnits", unitIds: ids, x, y };
  }
  const targets = [...world.entities.values()].filter((e) => e.owner !== id && e.kind !== Kind.Resource);
  const target = targets[Math.floor(r() * targets.length)];
  return { seq, kind: "attack", unitIds: ids, targetId: target?.id ?? 9999 };
}
