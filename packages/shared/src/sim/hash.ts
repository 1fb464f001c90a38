import type { World } from "./world.ts";

/**
 * FNV-1a over a canonical dump of everything that matters in a world. Two worlds
 * with the same hash evolved identically; used by determinism tests and replays.
 */
export function hashWorld(world: World): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  mix(`${world.tick}|${world.phase}|${world.phaseEndTick}|${world.rng}|${world.nextId}|`);
  const ids = [...world.entities.keys()].sort((a, b) => a - b);
  for (const id of ids) {
    const e = world.entities.get(id)!;
    const o =
      e.order === null
        ? "-"
        : e.order.type === "move"
          ? `m${e.order.x},${e.order.y}`
          : `a${e.order.targetId}@${e.order.lastX},${e.order.lastY}`;
    mix(`${e.id}:${e.kind}:${e.owner}:${e.x}:${e.y}:${e.hp}:${e.cooldown}:${e.gold}:${e.respawnTick}:${o};`);
  }
  const players = [...world.players.keys()].sort();
  for (const id of players) {
    const p = world.players.get(id)!;
    mix(`${p.id}:${p.slot}:${p.gold}:${p.score}:${p.kills}:${p.lastSeq}:${p.left};`);
  }
  return h.toString(16).padStart(8, "0");
}
