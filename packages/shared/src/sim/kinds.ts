import type { Rules, UnitStats } from "../rules/index.ts";
import type { World } from "./world.ts";

/** Entity kind codes as they travel on the wire. Unit kinds follow, in rules order. */
export const Kind = { Commander: 0, Creep: 1, Resource: 2, FirstUnit: 3 } as const;

export function isUnitKind(kind: number): boolean {
  return kind >= Kind.FirstUnit;
}

export function unitStats(world: World, kind: number): UnitStats | undefined {
  const name = world.unitKinds[kind - Kind.FirstUnit];
  return name === undefined ? undefined : world.rules.units[name];
}

/** Speed, damage, range, cooldown and radius of anything that fights. */
export function combatStats(world: World, kind: number) {
  if (kind === Kind.Commander) return world.rules.commander;
  if (kind === Kind.Creep) return world.rules.creeps;
  return unitStats(world, kind);
}

/** A kind code's name for people: "commander", "creep", "resource" or the unit kind's name. */
export function kindName(world: World, kind: number): string {
  if (kind === Kind.Commander) return "commander";
  if (kind === Kind.Creep) return "creep";
  if (kind === Kind.Resource) return "resource";
  return world.unitKinds[kind - Kind.FirstUnit] ?? `kind${kind}`;
}

const KIND_NAMES = new WeakMap<Rules, readonly string[]>();

/** Unit kind names in code order under `rules`: the unit with code Kind.FirstUnit + i is names[i]. */
export function unitKindNames(rules: Rules): readonly string[] {
  let names = KIND_NAMES.get(rules);
  if (!names) {
    names = Object.keys(rules.units);
    KIND_NAMES.set(rules, names);
  }
  return names;
}

/** The stats of unit kind code `kind` under `rules` (undefined for anything but a unit). */
export function unitStatsOf(rules: Rules, kind: number): UnitStats | undefined {
  const name = unitKindNames(rules)[kind - Kind.FirstUnit];
  return name === undefined ? undefined : rules.units[name];
}
