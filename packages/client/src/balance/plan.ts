import { deriveSeed, type MatchSpec } from "./play-match.ts";

/**
 * The matches of a run: match i gets a world seed and a bots' seed derived
 * from the run's seed, and the strategy mix laid over the seats. With
 * `rotate`, match i shifts the mix by i seats, so every strategy plays from
 * every spawn point and seat and strategy figures do not mix.
 */
export function planMatches(opts: {
  matches: number;
  seed: number;
  mix: readonly string[];
  seats: number;
  rotate: boolean;
}): MatchSpec[] {
  const { matches, seed, mix, seats, rotate } = opts;
  return Array.from({ length: matches }, (_, index) => {
    const shift = rotate ? index % seats : 0;
    return {
      index,
      seed: deriveSeed(seed, index, 0),
      botSeed: deriveSeed(seed, index, 1),
      seats: Array.from({ length: seats }, (_, slot) => mix[(slot + shift) % mix.length]!),
    };
  });
}
