import type { World } from "./world.ts";

const PRIME = 0x01000193;
// Numbers are mixed as their exact IEEE-754 bits (two 32-bit words), not as
// text: the same value hashes the same in every engine, and a replay that
// hashes every few ticks pays no string building for it. (Every engine Octet
// runs on is little-endian, so the word order is the same everywhere.)
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * FNV-1a over everything that matters in a world. Two worlds with the same
 * hash evolved identically; used by determinism tests and match records.
 */
export function hashWorld(world: World): string {
  let h = 0x811c9dc5;
  const num = (n: number) => {
    f64[0] = n === 0 ? 0 : n; // -0 and 0 are the same state
    h = Math.imul(h ^ u32[0]!, PRIME) >>> 0;
    h = Math.imul(h ^ u32[1]!, PRIME) >>> 0;
  };
  const str = (s: string) => {
    num(s.length);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME) >>> 0;
  };
  num(world.tick);
  str(world.phase);
  num(world.phaseEndTick);
  num(world.rng);
  num(world.nextId);
  const ids = [...world.entities.keys()].sort((a, b) => a - b);
  for (const id of ids) {
    const e = world.entities.get(id)!;
    num(e.id);
    num(e.kind);
    str(e.owner);
    num(e.x);
    num(e.y);
    num(e.hp);
    num(e.cooldown);
    num(e.gold);
    num(e.respawnTick);
    if (e.order === null) num(-1);
    else if (e.order.type === "move") {
      num(-2);
      num(e.order.x);
      num(e.order.y);
    } else if (e.order.type === "guard") {
      num(-4);
      num(e.order.slot);
      num(e.order.targetId);
    } else {
      num(-3);
      num(e.order.targetId);
      num(e.order.lastX);
      num(e.order.lastY);
    }
  }
  const players = [...world.players.keys()].sort();
  for (const id of players) {
    const p = world.players.get(id)!;
    str(p.id);
    num(p.slot);
    num(p.gold);
    num(p.score);
    num(p.kills);
    num(p.lastSeq);
    num(p.moveCredits);
    num(p.commanderId);
    num(p.left ? 1 : 0);
  }
  return h.toString(16).padStart(8, "0");
}
