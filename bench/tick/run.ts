// npm run bench:tick -- [--ticks N] [--orders move|guard]
// Where one match tick's server CPU goes, without sockets: the simulation step,
// the world -> schema sync, interest upkeep (Octet's grid, and the naive
// all-entities scan side by side), and the per-view patch encoding.
import { parseArgs } from "node:util";
import { Encoder, StateView } from "@colyseus/schema";
import { InterestManager } from "../../packages/server/src/interest/interest-manager.ts";
import { NaiveInterest } from "../../packages/server/test/support/naive-interest.ts";
import type { Action } from "../../packages/shared/src/protocol/index.ts";
import { defaultRulesWith } from "../../packages/shared/src/rules/index.ts";
import {
  addPlayer,
  createWorld,
  Kind,
  nextRandom,
  step,
  type World,
} from "../../packages/shared/src/sim/index.ts";
import { MatchState, OWNER_TAG, StateSync } from "../../packages/shared/src/state/index.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";

type Phase = "step" | "sync" | "interest" | "encode";

type Orders = "move" | "guard";

function scenario(ticks: number, interestKind: "grid" | "naive", orders: Orders = "move") {
  // Guarding armies stay together and fight, so that match would end by score within the run.
  const scoreLimit = orders === "guard" ? { match: { scoreLimit: 65535 } } : {};
  const rules = defaultRulesWith({ players: { startGold: 5000, lobbyWaitSeconds: 0 }, ...scoreLimit });
  const world: World = createWorld(rules, 1);
  const state = new MatchState();
  const sync = new StateSync(state);
  const ids = Array.from({ length: 8 }, (_, i) => `p${i}`);
  for (const id of ids) addPlayer(world, id, id);
  sync.sync(world);
  const interest =
    interestKind === "grid" ? new InterestManager(rules, sync) : new NaiveInterest(rules, sync);
  const encoder = new Encoder(state);
  const views = ids.map((id) => {
    const v = new StateView();
    v.add(sync.player(id)!, OWNER_TAG);
    interest.attach(id, v);
    return v;
  });
  const queues = new Map<string, Action[]>(ids.map((id) => [id, []]));
  const rng = { rng: 5 };
  let seq = 0;
  const samples: Record<Phase, number[]> = { step: [], sync: [], interest: [], encode: [] };
  let bytes = 0;
  for (let tick = 0; tick < ticks; tick++) {
    // The same busy bots as bench:net: walk, train when possible, re-order armies every second.
    for (const id of ids) {
      const q = queues.get(id)!;
      q.push({ seq: ++seq, kind: "commanderMove", dx: 1, dy: tick % 40 < 20 ? 1 : -1 });
      if (tick % 2 === 0) q.push({ seq: ++seq, kind: "train", unitKind: "soldier" });
      if (tick % 10 === 0) {
        const mine = [...world.entities.values()].filter((e) => e.owner === id && e.kind >= Kind.FirstUnit);
        const c = world.entities.get(world.players.get(id)!.commanderId)!;
        const around = (v: number) =>
          Math.round(Math.max(20, Math.min(4076, v + (nextRandom(rng) - 0.5) * 1200)));
        // --orders guard: the armies guard their commanders instead (the step's guard cost).
        if (mine.length > 0 && orders === "guard")
          q.push({ seq: ++seq, kind: "guard", unitIds: mine.map((e) => e.id) });
        else if (mine.length > 0) {
          q.push({
            seq: ++seq,
            kind: "moveUnits",
            unitIds: mine.map((e) => e.id),
            x: around(c.x),
            y: around(c.y),
          });
        }
      }
    }
    let t = performance.now();
    const lap = (phase: Phase) => {
      const now = performance.now();
      samples[phase].push(now - t);
      t = now;
    };
    step(world, queues);
    lap("step");
    sync.sync(world, { players: tick % 5 === 0 });
    lap("sync");
    interest.update(world);
    lap("interest");
    const it = { offset: 0 };
    encoder.encode(it);
    const shared = it.offset;
    for (const v of views) bytes += encoder.encodeView(v, shared, it).byteLength - shared;
    encoder.discardChanges();
    lap("encode");
  }
  return { samples, entities: world.entities.size, bytesPerViewTick: bytes / ticks / views.length };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

function main(): void {
  const { values } = parseArgs({
    options: {
      ticks: { type: "string", default: "1200" },
      orders: { type: "string", default: "move" },
      out: { type: "string" },
    },
  });
  const orders = values.orders as Orders;
  if (orders !== "move" && orders !== "guard") throw new Error("--orders must be move or guard");
  const ticks = Number(values.ticks);
  if (!Number.isInteger(ticks) || ticks < 100) throw new Error("--ticks must be a whole number >= 100");
  const warm = Math.floor(ticks / 4); // JIT warm-up ticks left out of the statistics
  const rows: Array<Array<string | number>> = [];
  const json: Record<string, unknown> = {};
  for (const kind of ["naive", "grid"] as const) {
    progress(`${kind} interest: ${ticks} ticks`);
    const r = scenario(ticks, kind, orders);
    const phases = Object.fromEntries(
      (Object.keys(r.samples) as Phase[]).map((ph) => {
        const xs = r.samples[ph].slice(warm);
        return [
          ph,
          { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: pct(xs, 0.5), p99: pct(xs, 0.99) },
        ];
      }),
    ) as Record<Phase, { mean: number; p50: number; p99: number }>;
    const total = Object.values(phases).reduce((a, p) => a + p.mean, 0);
    rows.push([
      kind === "grid" ? "Octet (grid interest)" : "baseline (naive scan interest)",
      r.entities,
      ...(["step", "sync", "interest", "encode"] as const).map((ph) => fmt(phases[ph].mean, 3)),
      fmt(phases.interest.p99, 3),
      fmt(total * 10, 2),
    ]);
    json[kind] = { entities: r.entities, phases, totalMsPerTick: total, msPerRoomSecondAt10Hz: total * 10 };
  }
  const table = markdownTable(
    [
      "interest",
      "entities",
      "step ms",
      "sync ms",
      "interest ms",
      "encode ms (8 views)",
      "interest p99 ms",
      "ms per room-s at 10 Hz",
    ],
    rows,
  );
  process.stdout.write(
    `\nbench:tick: one room, 8 busy bots, default rules (startGold 5000), armies ordered to ${orders}, ${ticks} ticks (first ${warm} left out); mean ms per tick\n\n${table}\n`,
  );
  const file = writeResult("tick", { ticks, warm, orders, ...json }, values.out);
  process.stdout.write(`\nJSON: ${file}\n`);
}

main();
