import { compareMeans, compareRates, type Difference, type Rate } from "./stats.ts";
import type { VariantSummary } from "./summarize.ts";

export interface RateChange extends Difference {
  a: Rate;
  b: Rate;
}

/** What changed from variant A (the rules) to variant B (--against), on the same seeds. */
export interface Comparison {
  byStrategy: Record<string, RateChange>;
  bySeat: RateChange[];
  /** match length in seconds */
  length: Difference;
  /** seconds to the first kill between players */
  firstKill: Difference;
}

export function compare(a: VariantSummary, b: VariantSummary): Comparison {
  const byStrategy: Record<string, RateChange> = {};
  for (const name of Object.keys(a.byStrategy)) {
    const ra = a.byStrategy[name]!.winRate;
    const rb = b.byStrategy[name]?.winRate;
    if (rb) byStrategy[name] = { a: ra, b: rb, ...compareRates(ra, rb) };
  }
  return {
    byStrategy,
    bySeat: a.bySeat.map((ra, i) => {
      const rb = b.bySeat[i] ?? ra;
      return { a: ra, b: rb, ...compareRates(ra, rb) };
    }),
    length: compareMeans(a.length, b.length),
    firstKill: compareMeans(a.firstKill, b.firstKill),
  };
}
