import { commanderStrategy } from "../helpers.ts";
import type { Strategy } from "../seam.ts";

/** Walks its commander between random points of the map; never trains or fights on purpose. */
export function wanderer(): Strategy {
  // A new goal on arrival, when a wall blocks the way, and now and then on a whim.
  return commanderStrategy("wanderer", (ctx, c, walker) => walker.roam(ctx, c, 0.005));
}
