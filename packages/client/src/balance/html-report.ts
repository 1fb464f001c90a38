import { formatChange } from "@octet/shared/rules";
import { chartGrid, chartJsSource, esc, scriptSafe } from "../bots/html-report.ts";
import { BALANCE_CHARTS_JS } from "./html-charts.ts";
import type { BalanceReport, VariantReport } from "./report.ts";
import type { Rate } from "./stats.ts";

/** The charts BALANCE_CHARTS_JS draws, by canvas id. */
const BALANCE_CHART_IDS = [
  "win-strategy",
  "win-seat",
  "length",
  "end-reasons",
  "kinds",
  "damage",
  "gold",
  "first-kill",
];

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const interval = (r: Rate) => `${pct(r.rate)} <small>[${pct(r.low)}, ${pct(r.high)}]</small>`;

function variantTables(v: VariantReport): string {
  const s = v.summary;
  const changes =
    v.changes.length === 0
      ? "<p>The default rules.</p>"
      : `<ul>${v.changes.map((c) => `<li><code>${esc(formatChange(c))}</code></li>`).join("")}</ul>`;
  const strategies = Object.entries(s.byStrategy)
    .map(
      ([name, f]) =>
        `<tr><td>${esc(name)}</td><td>${f.seats}</td><td>${interval(f.winRate)}</td>` +
        `<td>${f.meanScore.toFixed(1)}</td><td>${f.meanRank.toFixed(2)}</td></tr>`,
    )
    .join("");
  const kinds = Object.entries(s.byKind)
    .map(
      ([k, f]) =>
        `<tr><td>${esc(k)}</td><td>${f.trained}</td><td>${f.kills}</td><td>${f.lost}</td><td>${f.damage}</td></tr>`,
    )
    .join("");
  const reasons = Object.entries(s.endReasons)
    .map(([r, n]) => `${esc(r)} ${n}`)
    .join(", ");
  return `<h2>${esc(v.label)}: ${esc(v.file)}</h2>
${changes}
<table class="strategies"><tr><th>strategy</th><th>seats</th><th>win rate [95% CI]</th><th>mean score</th><th>mean rank</th></tr>${strategies}</table>
<p>Match length: mean ${s.length.mean.toFixed(1)} s, median ${s.length.p50.toFixed(1)} s (${s.length.min.toFixed(1)}–${s.length.max.toFixed(1)} s); ended by ${reasons}.
First kill between players: mean ${s.firstKill.mean.toFixed(1)} s; none in ${s.firstKill.never} matches.</p>
<table><tr><th>kind</th><th>trained</th><th>kills</th><th>lost</th><th>damage</th></tr>${kinds}</table>`;
}

function comparisonTable(r: BalanceReport): string {
  const c = r.comparison;
  if (!c) return "";
  const p = (v: number) => (v < 0.001 ? "&lt;0.001" : v.toFixed(3));
  const mark = (sig: boolean) => (sig ? ' <b class="sig">significant</b>' : "");
  const rows = Object.entries(c.byStrategy)
    .map(
      ([name, d]) =>
        `<tr><td>${esc(name)}</td><td>${interval(d.a)}</td><td>${interval(d.b)}</td>` +
        `<td>${d.diff >= 0 ? "+" : ""}${(d.diff * 100).toFixed(1)} pts${mark(d.significant)}</td><td>${p(d.p)}</td></tr>`,
    )
    .join("");
  return `<h2>B against A, on the same seeds</h2>
<table id="comparison"><tr><th>strategy</th><th>A win rate</th><th>B win rate</th><th>change</th><th>p (two-proportion z-test)</th></tr>${rows}</table>
<p>Match length ${c.length.diff >= 0 ? "+" : ""}${c.length.diff.toFixed(1)} s${mark(c.length.significant)} (p ${p(c.length.p)});
first kill ${c.firstKill.diff >= 0 ? "+" : ""}${c.firstKill.diff.toFixed(1)} s${mark(c.firstKill.significant)} (p ${p(c.firstKill.p)}).</p>`;
}

/** The balance report as one self-contained page: tables, eight charts, Chart.js inline; opens offline. */
export function renderBalanceHtml(r: BalanceReport, chartJs = chartJsSource()): string {
  const st = r.settings;
  const data = JSON.stringify(r).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Octet balance report — ${st.matches} matches, seed ${st.seed}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1d2330; background: #f7f8fa; }
  h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
  table { border-collapse: collapse; background: #fff; margin: 8px 0; }
  th, td { padding: 4px 10px; border-bottom: 1px solid #e3e6eb; text-align: left; }
  td { font-variant-numeric: tabular-nums; }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
  .chart { background: #fff; border: 1px solid #e3e6eb; padding: 8px; height: 300px; position: relative; }
  .sig { color: #b3261e; } small { color: #667; }
</style>
</head>
<body>
<h1>Octet balance report</h1>
<p>${st.matches} matches per rules file, seed ${st.seed}, strategies <code>${esc(st.strategy)}</code> over ${st.seats} seats
(${st.rotate ? "rotating one seat per match" : "fixed seats"}). Played in ${r.run.seconds.toFixed(1)} s on ${r.run.workers} workers
(${r.run.matchesPerSecond.toFixed(2)} matches/s). A seat wins a match by ranking first; intervals are Wilson 95%.</p>
${comparisonTable(r)}
${chartGrid(BALANCE_CHART_IDS)}
${r.variants.map(variantTables).join("\n")}
<script type="application/json" id="report-data">${data}</script>
<script>${scriptSafe(chartJs)}</script>
<script>${scriptSafe(BALANCE_CHARTS_JS)}</script>
</body>
</html>
`;
}
