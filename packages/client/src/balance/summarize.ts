import { type KindFigures, type MatchResult, SAMPLE_SECONDS } from "./play-match.ts";
import { type Moments, moments, quantile, type Rate, wilson } from "./stats.ts";

export interface StrategyFigures {
  /** seat-matches played by this strategy */
  seats: number;
  /** a seat wins a match by ranking first; interval over seat-matches */
  winRate: Rate;
  meanScore: number;
  meanRank: number;
}

/** One rules variant's figures over all its matches. Deterministic in the results. */
export interface VariantSummary {
  matches: number;
  byStrategy: Record<string, StrategyFigures>;
  /** win rate per slot (spawn point), over matches */
  bySeat: Rate[];
  length: Moments & { p50: number; min: number; max: number };
  endReasons: Record<string, number>;
  /** totals over all matches */
  byKind: Record<string, KindFigures>;
  firstKill: Moments & { p50: number; never: number };
  /** mean gold held by a seat of each strategy at each sample time */
  goldOverTime: { seconds: number[]; byStrategy: Record<string, number[]> };
}

export function summarize(results: readonly MatchResult[]): VariantSummary {
  const seatCount = results[0]?.seats.length ?? 0;
  const acc = new Map<string, { seats: number; wins: number; score: number; rank: number }>();
  const seatWins = new Array<number>(seatCount).fill(0);
  const endReasons: Record<string, number> = {};
  const byKind: Record<string, KindFigures> = {};
  const firstKills: number[] = [];
  let never = 0;
  const gold = new Map<string, Array<{ sum: number; n: number }>>();
  let samples = 0;
  for (const m of results) {
    if (m.winnerSlot >= 0) seatWins[m.winnerSlot] = (seatWins[m.winnerSlot] ?? 0) + 1;
    endReasons[m.endReason] = (endReasons[m.endReason] ?? 0) + 1;
    for (const s of m.seats) {
      const a = acc.get(s.strategy) ?? { seats: 0, wins: 0, score: 0, rank: 0 };
      a.seats++;
      a.score += s.score;
      a.rank += s.rank;
      if (s.slot === m.winnerSlot) a.wins++;
      acc.set(s.strategy, a);
    }
    for (const [kind, f] of Object.entries(m.byKind)) {
      const t = byKind[kind] ?? { trained: 0, kills: 0, lost: 0, damage: 0 };
      byKind[kind] = t;
      t.trained += f.trained;
      t.kills += f.kills;
      t.lost += f.lost;
      t.damage += f.damage;
    }
    if (m.firstKillSeconds === null) never++;
    else firstKills.push(m.firstKillSeconds);
    samples = Math.max(samples, m.goldSamples.length);
    m.goldSamples.forEach((row, k) => {
      row.forEach((g, slot) => {
        const name = m.seats[slot]!.strategy;
        const series = gold.get(name) ?? [];
        const cell = series[k] ?? { sum: 0, n: 0 };
        series[k] = cell;
        cell.sum += g;
        cell.n++;
        gold.set(name, series);
      });
    });
  }
  const byStrategy: Record<string, StrategyFigures> = {};
  for (const name of [...acc.keys()].sort()) {
    const a = acc.get(name)!;
    byStrategy[name] = {
      seats: a.seats,
      winRate: wilson(a.wins, a.seats),
      meanScore: a.score / a.seats,
      meanRank: a.rank / a.seats,
    };
  }
  const lengths = results.map((m) => m.seconds);
  const sortedKinds = Object.fromEntries(
    Object.keys(byKind)
      .sort()
      .map((k) => [k, byKind[k]!]),
  );
  return {
    matches: results.length,
    byStrategy,
    bySeat: seatWins.map((w) => wilson(w, results.length)),
    length: {
      ...moments(lengths),
      p50: quantile(lengths, 0.5),
      min: Math.min(...lengths),
      max: Math.max(...lengths),
    },
    endReasons,
    byKind: sortedKinds,
    firstKill: { ...moments(firstKills), p50: quantile(firstKills, 0.5), never },
    goldOverTime: {
      seconds: Array.from({ length: samples }, (_, k) => (k + 1) * SAMPLE_SECONDS),
      byStrategy: Object.fromEntries(
        [...gold.keys()].sort().map((name) => [
          name,
          Array.from({ length: samples }, (_, k) => {
            const c = gold.get(name)![k];
            return c ? Math.round(c.sum / c.n) : 0;
          }),
        ]),
      ),
    },
  };
}
