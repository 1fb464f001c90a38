import type { Rules } from "@octet/shared/rules";
import { Kind, unitKindNames } from "@octet/shared/sim";

/** What an entity kind code means to the player: its name and, for fighters, its combat numbers. */
export interface KindInfo {
  name: string;
  damage: number;
  range: number;
  radius: number;
  /** arrows and bolts fly; everything else swings */
  ranged: boolean;
}

/** A fighter whose range is at least this (world units) shoots rather than swings. */
const RANGED_FROM = 100;

/** Kind code -> KindInfo for every kind in the rules (commander, creep, resource, units in rules order). */
export function kindTable(rules: Rules): Map<number, KindInfo> {
  const table = new Map<number, KindInfo>();
  const add = (kind: number, name: string, s: { damage: number; range: number; radius: number }) =>
    table.set(kind, {
      name,
      damage: s.damage,
      range: s.range,
      radius: s.radius,
      ranged: s.range >= RANGED_FROM,
    });
  add(Kind.Commander, "commander", rules.commander);
  add(Kind.Creep, "creep", rules.creeps);
  table.set(Kind.Resource, { name: "gold node", damage: 0, range: 0, radius: 22, ranged: false });
  unitKindNames(rules).forEach((name, i) => {
    add(Kind.FirstUnit + i, name, rules.units[name]!);
  });
  return table;
}
