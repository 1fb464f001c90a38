/**
 * mulberry32: a small, fast, seedable PRNG. The state is a plain uint32 kept in
 * the world, so a world copied or serialised replays exactly.
 */
export function nextRandom(state: { rng: number }): number {
  state.rng = (state.rng + 0x6d2b79f5) >>> 0;
  let t = state.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A float in [min, max). */
export function randomRange(state: { rng: number }, min: number, max: number): number {
  return min + nextRandom(state) * (max - min);
}

/** Turns any number into a uint32 seed. */
export function seedFrom(n: number): number {
  return (Math.floor(Math.abs(n)) % 4294967296) >>> 0;
}
