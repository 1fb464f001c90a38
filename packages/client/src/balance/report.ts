import type { RulesChange } from "@octet/shared/rules";
import { type Comparison, compare } from "./compare.ts";
import type { MatchResult } from "./play-match.ts";
import { summarize, type VariantSummary } from "./summarize.ts";

/** One rules file's part of a run. */
export interface VariantReport {
  /** "A" for the rules, "B" for --against */
  label: string;
  /** the file as given, or "default rules" */
  file: string;
  /** settings that differ from the default rules */
  changes: RulesChange[];
  summary: VariantSummary;
  /** one line per match, enough to find and replay it (world seed, seats) */
  matches: Array<{
    index: number;
    seed: number;
    seats: string[];
    winner: string;
    endReason: string;
    seconds: number;
  }>;
}

/** report.json. Everything but `run` is a function of the settings and rules: same seed, same report. */
export interface BalanceReport {
  version: 1;
  settings: {
    matches: number;
    seed: number;
    strategy: string;
    seats: number;
    rotate: boolean;
  };
  variants: VariantReport[];
  /** B against A; null without --against */
  comparison: Comparison | null;
  /** how the run went on this machine (not reproducible) */
  run: { seconds: number; cpuSeconds: number; matchesPerSecond: number; workers: number };
}

export function variantReport(
  label: string,
  file: string,
  changes: RulesChange[],
  results: readonly MatchResult[],
): VariantReport {
  return {
    label,
    file,
    changes,
    summary: summarize(results),
    matches: results.map((m) => ({
      index: m.index,
      seed: m.seed,
      seats: m.seats.map((s) => s.strategy),
      winner: m.seats[m.winnerSlot]?.strategy ?? "",
      endReason: m.endReason,
      seconds: m.seconds,
    })),
  };
}

export function buildReport(
  settings: BalanceReport["settings"],
  variants: VariantReport[],
  run: BalanceReport["run"],
): BalanceReport {
  const [a, b] = variants;
  return {
    version: 1,
    settings,
    variants,
    comparison: a && b ? compare(a.summary, b.summary) : null,
    run,
  };
}
