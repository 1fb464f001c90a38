import type { Action, Verdict } from "../protocol/actions.ts";
import { snap } from "./geometry.ts";
import { moveCommander } from "./movement.ts";
import { validateAction } from "./validate.ts";
import { Kind, spawnEntity, type World } from "./world.ts";

/**
 * Applies one action for one player if it is still valid. Returns the verdict;
 * a rejected action changes nothing.
 */
export function applyAction(world: World, playerId: string, action: Action): Verdict {
  const verdict = validateAction(world, playerId, action);
  const player = world.players.get(playerId);
  if (player && action.seq > player.lastSeq) player.lastSeq = action.seq;
  if (!verdict.ok || !player) return verdict;
  switch (action.kind) {
    case "commanderMove": {
      const c = world.entities.get(player.commanderId)!;
      const next = moveCommander(world.rules, c, action.dx, action.dy);
      c.x = next.x;
      c.y = next.y;
      player.moveCredits--;
      break;
    }
    case "moveUnits":
      for (const id of action.unitIds) {
        const e = world.entities.get(id)!;
        e.order = { type: "move", x: snap(action.x), y: snap(action.y) };
      }
      break;
    case "attack": {
      // Validation made sure the target is alive and in sight: that is where it was last seen.
      const target = world.entities.get(action.targetId)!;
      for (const id of action.unitIds)
        world.entities.get(id)!.order = {
          type: "attack",
          targetId: action.targetId,
          lastX: target.x,
          lastY: target.y,
        };
      break;
    }
    case "train": {
      const stats = world.rules.units[action.unitKind]!;
      const c = world.entities.get(player.commanderId)!;
      player.gold -= stats.cost;
      const code = Kind.FirstUnit + world.unitKinds.indexOf(action.unitKind);
      spawnEntity(world, code, playerId, c.x, c.y, stats.hp);
      break;
    }
  }
  return verdict;
}
