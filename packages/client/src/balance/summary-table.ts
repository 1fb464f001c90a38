import { formatChange } from "@octet/shared/rules";
import type { BalanceReport, VariantReport } from "./report.ts";
import type { Rate } from "./stats.ts";

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const interval = (r: Rate) => `${pct(r.rate)} [${pct(r.low)}, ${pct(r.high)}]`;
const signed = (v: number, digits = 1) => `${v >= 0 ? "+" : ""}${v.toFixed(digits)}`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function variantText(v: VariantReport): string {
  const s = v.summary;
  const changes =
    v.changes.length === 0
      ? "  (the default rules)"
      : v.changes.map((c) => `  ${formatChange(c)}`).join("\n");
  const strategies = table(
    ["strategy", "seats", "win rate [95% CI]", "mean score", "mean rank"],
    Object.entries(s.byStrategy).map(([name, f]) => [
      name,
      String(f.seats),
      interval(f.winRate),
      f.meanScore.toFixed(1),
      f.meanRank.toFixed(2),
    ]),
  );
  const kinds = table(
    ["kind", "trained", "kills", "lost", "damage"],
    Object.entries(s.byKind).map(([k, f]) => [
      k,
      String(f.trained),
      String(f.kills),
      String(f.lost),
      String(f.damage),
    ]),
  );
  const reasons = Object.entries(s.endReasons)
    .map(([r, n]) => `${r} ${n}`)
    .join(", ");
  const seats = s.bySeat.map((r, i) => `${i}: ${pct(r.rate)}`).join("  ");
  const fk = s.firstKill;
  return [
    `${v.label}: ${v.file}`,
    changes,
    "",
    strategies,
    "",
    `win rate by seat   ${seats}`,
    `match length       mean ${s.length.mean.toFixed(1)} s, median ${s.length.p50.toFixed(1)} s, ${s.length.min.toFixed(1)}-${s.length.max.toFixed(1)} s; ended by ${reasons}`,
    `first kill         mean ${fk.mean.toFixed(1)} s, median ${Number.isNaN(fk.p50) ? "-" : fk.p50.toFixed(1)} s; no kill in ${fk.never} matches`,
    "",
    kinds,
  ].join("\n");
}

/** What a designer reads in the terminal after a run. */
export function summaryTable(r: BalanceReport): string {
  const parts = r.variants.map(variantText);
  const c = r.comparison;
  if (c) {
    const mark = (sig: boolean) => (sig ? " *" : "");
    parts.push(
      [
        "B against A (* = significant, p < 0.05)",
        table(
          ["strategy", "A win rate", "B win rate", "change", "p"],
          Object.entries(c.byStrategy).map(([name, d]) => [
            name,
            pct(d.a.rate),
            pct(d.b.rate),
            `${signed(d.diff * 100)} pts${mark(d.significant)}`,
            d.p < 0.001 ? "<0.001" : d.p.toFixed(3),
          ]),
        ),
        `match length  ${signed(c.length.diff)} s${mark(c.length.significant)} (p ${c.length.p.toFixed(3)})`,
        `first kill    ${signed(c.firstKill.diff)} s${mark(c.firstKill.significant)} (p ${c.firstKill.p.toFixed(3)})`,
      ].join("\n"),
    );
  }
  const run = r.run;
  parts.push(
    `${r.settings.matches} matches per rules file, seed ${r.settings.seed}, ${run.workers} workers: ` +
      `${run.seconds.toFixed(1)} s, ${run.matchesPerSecond.toFixed(2)} matches/s, ${run.cpuSeconds.toFixed(1)} s of CPU`,
  );
  return `${parts.join("\n\n")}\n`;
}
