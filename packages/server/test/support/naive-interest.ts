import type { StateView } from "@colyseus/schema";
import type { Rules } from "../../../shared/src/rules/index.ts";
import type { World } from "../../../shared/src/sim/index.ts";
import type { StateSync } from "../../../shared/src/state/index.ts";

/**
 * Interest by brute force: every tick, for every player, scan every entity
 * against every one of that player's entities. Same visibility rule as
 * InterestManager (own entities always; radius to enter, radius + hysteresis
 * to stay). It is the reference InterestManager's property test compares
 * against, and the baseline bench:tick measures it beside.
 */
export class NaiveInterest {
  private readonly players = new Map<string, { view: StateView; visible: Set<number> }>();
  private readonly enterR2: number;
  private readonly leaveR2: number;
  private readonly sync: StateSync;

  constructor(rules: Rules, sync: StateSync) {
    this.enterR2 = rules.vision.radius ** 2;
    this.leaveR2 = (rules.vision.radius + rules.vision.hysteresis) ** 2;
    this.sync = sync;
  }

  attach(id: string, view: StateView): void {
    this.players.set(id, { view, visible: new Set() });
  }

  detach(id: string): void {
    this.players.get(id)?.view.dispose();
    this.players.delete(id);
  }

  visibleTo(id: string): ReadonlySet<number> | undefined {
    return this.players.get(id)?.visible;
  }

  update(world: World): void {
    for (const [pid, p] of this.players) {
      const own = [...world.entities.values()].filter((e) => e.owner === pid);
      for (const e of world.entities.values()) {
        let visible = e.owner === pid;
        if (!visible) {
          const limit = p.visible.has(e.id) ? this.leaveR2 : this.enterR2;
          visible = own.some((s) => s.hp > 0 && (s.x - e.x) ** 2 + (s.y - e.y) ** 2 <= limit);
        }
        const se = this.sync.entity(e.id);
        if (!se) continue;
        if (visible && !p.visible.has(e.id)) {
          p.visible.add(e.id);
          p.view.add(se);
        } else if (!visible && p.visible.has(e.id)) {
          p.visible.delete(e.id);
          p.view.remove(se);
        }
      }
      for (const id of p.visible) if (!world.entities.has(id)) p.visible.delete(id);
    }
  }
}
