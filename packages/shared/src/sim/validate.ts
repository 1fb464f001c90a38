import { ACCEPT, type Action, Reject, reject, type Verdict } from "../protocol/actions.ts";
import { isUnitKind, Kind } from "./kinds.ts";
import { canSee } from "./vision.ts";
import { countUnits, isAlive, type World } from "./world.ts";

/**
 * Game-state checks for one decoded action by one player: the match is on, the
 * player's commander is alive, the units are theirs, they can pay. The server
 * runs it on receipt (for a quick rejection) and again when the tick applies
 * the action, since the world may have changed in between.
 */
export function validateAction(world: World, playerId: string, action: Action): Verdict {
  const player = world.players.get(playerId);
  if (!player || player.left) return reject(Reject.NotPlaying, "you are not in this match");
  if (world.phase !== "playing") return reject(Reject.NotPlaying, `the match is ${world.phase}`);
  const commander = world.entities.get(player.commanderId);
  switch (action.kind) {
    case "commanderMove":
      if (!commander || !isAlive(commander)) return reject(Reject.NotAlive, "your commander is dead");
      return ACCEPT;
    case "moveUnits":
    case "guard":
      return checkUnits(world, playerId, action.unitIds);
    case "attack": {
      const units = checkUnits(world, playerId, action.unitIds);
      if (!units.ok) return units;
      const target = world.entities.get(action.targetId);
      // Hidden and missing answer alike, so ids cannot be probed through the fog.
      if (!target || !isAlive(target) || !canSee(world, playerId, target)) return unseen(action.targetId);
      if (target.owner === playerId) return reject(Reject.InvalidTarget, "you cannot attack your own entity");
      if (target.kind === Kind.Resource)
        return reject(Reject.InvalidTarget, "resource nodes cannot be attacked");
      return ACCEPT;
    }
    case "train": {
      if (!commander || !isAlive(commander)) return reject(Reject.NotAlive, "your commander is dead");
      const stats = world.rules.units[action.unitKind];
      if (!stats) return reject(Reject.OutOfRange, `unknown unit kind ${action.unitKind}`);
      if (countUnits(world, playerId) >= world.rules.players.maxUnits) {
        return reject(Reject.UnitLimit, `you already have ${world.rules.players.maxUnits} units`);
      }
      if (player.gold < stats.cost) {
        return reject(
          Reject.InsufficientGold,
          `${action.unitKind} costs ${stats.cost} gold, you have ${Math.floor(player.gold)}`,
        );
      }
      return ACCEPT;
    }
  }
}

function checkUnits(world: World, playerId: string, ids: number[]): Verdict {
  for (const id of ids) {
    const e = world.entities.get(id);
    if (!e || (e.owner !== playerId && !canSee(world, playerId, e))) return unseen(id);
    if (e.owner !== playerId) return reject(Reject.NotOwner, `entity ${id} is not yours`);
    if (!isUnitKind(e.kind)) return reject(Reject.InvalidTarget, `entity ${id} is not a unit you can order`);
    if (!isAlive(e)) return reject(Reject.NotAlive, `unit ${id} is dead`);
  }
  return ACCEPT;
}

/** The one answer for an id the player cannot see, whether it exists or not. */
function unseen(id: number): Verdict {
  return reject(Reject.UnknownEntity, `no living entity ${id} in sight`);
}
