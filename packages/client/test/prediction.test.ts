import type { Action } from "@octet/shared/protocol";
import { defaultRulesWith, type Rules } from "@octet/shared/rules";
import {
  addPlayer,
  createWorld,
  endMatch,
  moveCommander,
  nextRandom,
  type Point,
  seedFrom,
  startMatch,
  step,
  type World,
} from "@octet/shared/sim";
import { describe, expect, it } from "vitest";
import { CommanderPrediction } from "../src/net/prediction.ts";
import { SimulatedLink, VirtualTime } from "./support/simulated-link.ts";

// No creeps: nothing but the player's own inputs moves or hurts the commander.
const RULES: Rules = defaultRulesWith({ creeps: { count: 0 } }, "test rules");
const TICK_MS = 1000 / RULES.ticks.criticalHz;

interface Snapshot {
  tick: number;
  ackSeq: number;
  /** the commander, when it can move (alive, match playing) */
  commander: Point | null;
  /** where the commander is, whatever its state */
  at: Point;
}

interface Record {
  time: number;
  lastSent: number;
  ackSeq: number;
  predicted: Point | null;
  drawn: Point;
  server: Point;
  serverCanMove: boolean;
}

interface Scenario {
  seed: number;
  /** one-way latency and jitter: 75 +- 30 ms each way gives 150 ms RTT +- jitter */
  latencyMs: number;
  jitterMs: number;
  inputsUntilMs: number;
  /** server-side events (kill the commander, end the match) at a tick */
  onTick?: (world: World) => void;
  /** input direction for the n-th input */
  direction?: (n: number, rng: { rng: number }) => [-1 | 0 | 1, -1 | 0 | 1];
}

/**
 * A server running the shared simulation at its tick rate, a client sending one
 * commander move per tick with prediction, and a slow link between them.
 */
function run(s: Scenario) {
  const time = new VirtualTime();
  const up = new SimulatedLink<Action>(time, { latencyMs: s.latencyMs, jitterMs: s.jitterMs, seed: s.seed });
  const down = new SimulatedLink<Snapshot>(time, {
    latencyMs: s.latencyMs,
    jitterMs: s.jitterMs,
    seed: s.seed + 1,
  });
  const world = createWorld(RULES, s.seed);
  addPlayer(world, "me", "Me");
  addPlayer(world, "other", "Other");
  startMatch(world);
  const me = world.players.get("me")!;
  const queues = new Map<string, Action[]>([["me", []]]);
  const sent = new Map<number, Action>();
  // The server's position after each of my inputs, folded from its verdicts.
  const serverAfter = new Map<number, Point>();
  const start = world.entities.get(me.commanderId)!;
  let running: Point = { x: start.x, y: start.y };
  const rejected: number[] = [];

  const prediction = new CommanderPrediction(RULES);
  const records: Record[] = [];
  let seq = 0;
  let seenSnapshot = false;
  const rng = { rng: seedFrom(s.seed) };
  let dir: [-1 | 0 | 1, -1 | 0 | 1] = [1, 0];
  const end = s.inputsUntilMs + 2000;

  time.every(TICK_MS, TICK_MS, end, () => {
    s.onTick?.(world);
    for (const o of step(world, queues)) {
      if (o.playerId !== "me") continue;
      const a = sent.get(o.seq)!;
      if (o.verdict.ok && a.kind === "commanderMove") running = moveCommander(RULES, running, a.dx, a.dy);
      if (!o.verdict.ok) rejected.push(o.seq);
      serverAfter.set(o.seq, running);
    }
    const c = world.entities.get(me.commanderId)!;
    const canMove = c.hp > 0 && world.phase === "playing";
    const snap: Snapshot = {
      tick: world.tick,
      ackSeq: me.lastSeq,
      commander: canMove ? { x: c.x, y: c.y } : null,
      at: { x: c.x, y: c.y },
    };
    down.send(snap, (m) => {
      seenSnapshot = true;
      prediction.reconcile(m.ackSeq, m.commander, time.now);
      records.push({
        time: time.now,
        lastSent: seq,
        ackSeq: m.ackSeq,
        predicted: prediction.position,
        drawn: prediction.display(time.now) ?? m.at,
        server: m.at,
        serverCanMove: m.commander !== null,
      });
    });
  });

  // The client's input loop runs at the tick rate too, out of phase with the server.
  let n = 0;
  time.every(37, TICK_MS, s.inputsUntilMs, () => {
    if (!seenSnapshot) return;
    const last = records[records.length - 1];
    if (last && !last.serverCanMove) return; // the client does not steer a dead commander
    if (s.direction) dir = s.direction(n++, rng);
    else if (nextRandom(rng) < 0.1) {
      dir = [
        (Math.floor(nextRandom(rng) * 3) - 1) as -1 | 0 | 1,
        (Math.floor(nextRandom(rng) * 3) - 1) as -1 | 0 | 1,
      ];
    }
    if (dir[0] === 0 && dir[1] === 0) return;
    const action: Action = { seq: ++seq, kind: "commanderMove", dx: dir[0], dy: dir[1] };
    sent.set(action.seq, action);
    prediction.input(action.seq, action.dx, action.dy);
    up.send(action, (a) => queues.get("me")!.push(a));
  });

  time.run(end);
  return { records, serverAfter, rejected, prediction, world };
}

describe("commander prediction over a 150 ms RTT link with +-30 ms jitter", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`matches the server within 1 world unit on every snapshot (seed ${seed})`, () => {
      const { records, serverAfter, prediction } = run({
        seed,
        latencyMs: 75,
        jitterMs: 30,
        inputsUntilMs: 20_000,
      });
      expect(records.length).toBeGreaterThan(150);
      let compared = 0;
      for (const r of records) {
        if (r.lastSent === 0) continue;
        // What the server ends up with once it has applied everything the client had sent.
        const server = serverAfter.get(r.lastSent);
        expect(server, `server never decided seq ${r.lastSent}`).toBeDefined();
        expect(r.predicted).not.toBeNull();
        expect(Math.hypot(r.predicted!.x - server!.x, r.predicted!.y - server!.y)).toBeLessThanOrEqual(1);
        compared++;
      }
      expect(compared).toBeGreaterThan(150);
      // The shared simulation replays exactly: nothing ever needed correcting.
      expect(prediction.stats.corrections).toBe(0);
    });
  }

  it("is actually ahead of the server: the drawn position leads the last snapshot", () => {
    // 2.5 s of walking right from the spawn point stays clear of the walls.
    const { records } = run({
      seed: 9,
      latencyMs: 75,
      jitterMs: 30,
      inputsUntilMs: 2_500,
      direction: () => [1, 0],
    });
    const moving = records.filter((r) => r.lastSent > r.ackSeq + 1);
    expect(moving.length).toBeGreaterThan(10);
    for (const r of moving) expect(r.predicted!.x).toBeGreaterThan(r.server.x);
  });

  it("stops at a wall exactly where the server does", () => {
    // Slot 0 spawns near (988, 988): walking right runs into the wall at x = 1900..2196
    // (default rules) after about 4 s; then it keeps pushing against it.
    const { records, serverAfter, prediction, world } = run({
      seed: 11,
      latencyMs: 75,
      jitterMs: 30,
      inputsUntilMs: 8_000,
      direction: () => [1, 0],
    });
    const c = world.entities.get(world.players.get("me")!.commanderId)!;
    expect(c.x).toBeLessThan(1900);
    expect(c.x).toBeGreaterThan(1850);
    const last = records[records.length - 1]!;
    expect(last.predicted).toEqual({ x: c.x, y: c.y });
    const pushing = records.filter((r) => r.lastSent > 0 && serverAfter.get(r.lastSent)?.x === c.x);
    expect(pushing.length).toBeGreaterThan(20);
    for (const r of records.filter((r) => r.lastSent > 0))
      expect(r.predicted).toEqual(serverAfter.get(r.lastSent));
    expect(prediction.stats.corrections).toBe(0);
  });
});

describe("when the server rejects predicted inputs", () => {
  it("a killed commander: the client converges to the server within one snapshot", () => {
    // Walking left from the spawn point (988, 988): still in the open when it dies.
    const killTick = 30;
    const { records, rejected } = run({
      seed: 21,
      latencyMs: 75,
      jitterMs: 30,
      inputsUntilMs: 6_000,
      direction: () => [-1, 0],
      onTick: (w) => {
        if (w.tick !== killTick) return;
        const c = w.entities.get(w.players.get("me")!.commanderId)!;
        c.hp = 0;
        c.respawnTick = w.tick + 80;
      },
    });
    // Inputs already in flight when the commander died were rejected (NotAlive) after being predicted.
    expect(rejected.length).toBeGreaterThan(0);
    const firstRejected = Math.min(...rejected);
    const i = records.findIndex((r) => r.ackSeq >= firstRejected);
    expect(i).toBeGreaterThan(0);
    const r = records[i]!;
    expect(r.serverCanMove).toBe(false);
    expect(r.drawn).toEqual(r.server);
    // The snapshot before still showed the predicted, now rejected, movement ahead of the server.
    expect(records[i - 1]!.predicted).not.toEqual(records[i - 1]!.server);
  });

  it("the match ended: inputs rejected as NotPlaying, the client converges within one snapshot", () => {
    const { records, rejected } = run({
      seed: 22,
      latencyMs: 75,
      jitterMs: 30,
      inputsUntilMs: 10_000,
      direction: () => [-1, 0],
      onTick: (w) => {
        if (w.tick === 50) endMatch(w, "time");
      },
    });
    expect(rejected.length).toBeGreaterThan(0);
    const i = records.findIndex((r) => r.ackSeq >= Math.min(...rejected));
    const r = records[i]!;
    expect(r.drawn).toEqual(r.server);
    for (const later of records.slice(i)) expect(later.drawn).toEqual(later.server);
  });

  it("smooths a small correction and snaps a large one", () => {
    const prediction = new CommanderPrediction(RULES, { snapDistance: 50, smoothingHalfLifeMs: 100 });
    prediction.reconcile(0, { x: 1000, y: 1000 }, 0);
    prediction.input(1, 1, 0);
    // The server says the move did not happen (e.g. rejected): 24 units of error, smoothed.
    prediction.reconcile(1, { x: 1000, y: 1000 }, 100);
    expect(prediction.position).toEqual({ x: 1000, y: 1000 });
    expect(prediction.display(100)!.x).toBeCloseTo(1024, 5);
    expect(prediction.display(200)!.x).toBeCloseTo(1012, 5);
    expect(prediction.display(2000)).toEqual({ x: 1000, y: 1000 });
    // A 500-unit jump (a respawn) is drawn at once.
    prediction.reconcile(1, { x: 1500, y: 1000 }, 2100);
    expect(prediction.display(2100)).toEqual({ x: 1500, y: 1000 });
    expect(prediction.stats).toMatchObject({ corrections: 2, snaps: 1, correctionMax: 500 });
  });
});
