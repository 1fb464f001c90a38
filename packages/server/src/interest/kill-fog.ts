import type { KillEvent } from "@octet/shared/sim";

/**
 * The kill events one player may hear of, cut down to what it could see: a
 * kill reaches a player who owned the victim or the killer, or saw the
 * victim (in its view last tick); the killer is named (id and owner) only to
 * a player who owned or saw it. Otherwise killerId is 0 (no entity has id 0)
 * and killerOwner is "": a kill through the fog says "something killed it",
 * never who or from where.
 */
export function killsSeenBy(
  kills: readonly KillEvent[],
  playerId: string,
  seen: ReadonlySet<number> | undefined,
): KillEvent[] {
  const out: KillEvent[] = [];
  for (const k of kills) {
    const killerKnown = k.killerOwner === playerId || seen?.has(k.killerId) === true;
    const victimKnown = k.victimOwner === playerId || seen?.has(k.victimId) === true;
    if (!victimKnown && k.killerOwner !== playerId) continue;
    out.push(killerKnown ? k : { ...k, killerId: 0, killerOwner: "" });
  }
  return out;
}
