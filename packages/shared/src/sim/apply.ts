import type { Action, Verdict } from "../protocol/actions.ts";
import { formationPoint } from "./formation.ts";
import { freeGuardSlot, freeGuardSlots } from "./guard.ts";
import { Kind, unitStats } from "./kinds.ts";
import { moveCommander } from "./movement.ts";
import { validateAction } from "./validate.ts";
import { countUnits, spawnEntity, type World } from "./world.ts";

function unitRadius(world: World, kind: number): number {
  return unitStats(world, kind)?.radius ?? 0;
}

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
      // A group spreads out around the point (in the order's unit order) instead of piling onto it.
      action.unitIds.forEach((id, i) => {
        const e = world.entities.get(id)!;
        const at = formationPoint(world.rules, i, action.x, action.y, unitRadius(world, e.kind));
        e.order = { type: "move", x: at.x, y: at.y };
      });
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
      // A new unit takes the next free-looking slot around its commander, so a
      // batch does not stack into one: the count of units it already has, or,
      // when it guards from the start, the lowest guard slot none of its
      // guards holds (one that died leaves its place to the next recruit).
      // Guard slot i stands at formation point i + 1 (point 0 is the commander's).
      const guarding = world.rules.orders.guardOnTrain;
      const slot = guarding ? freeGuardSlot(world, playerId) : countUnits(world, playerId);
      const at = formationPoint(world.rules, slot + 1, c.x, c.y, stats.radius);
      const unit = spawnEntity(world, code, playerId, at.x, at.y, stats.hp);
      if (guarding) unit.order = { type: "guard", slot, targetId: 0 };
      break;
    }
    case "guard": {
      // The units take, in the order's unit order, the lowest slots around the commander that
      // none of the player's other guards holds: calling back some of the guards must not
      // stack them onto the others' places (for a player's first guards: slot i for the i-th id).
      const slots = freeGuardSlots(world, playerId, new Set(action.unitIds), action.unitIds.length);
      action.unitIds.forEach((id, i) => {
        world.entities.get(id)!.order = { type: "guard", slot: slots[i]!, targetId: 0 };
      });
      break;
    }
  }
  return verdict;
}
