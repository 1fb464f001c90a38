import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { BotsReport } from "./report.ts";

/**
 * Chart.js's standalone (UMD) build, read from the installed package so the
 * page carries it inline and opens offline, from a file or a CI artefact.
 */
export function chartJsSource(): string {
  const main = createRequire(import.meta.url).resolve("chart.js"); // .../chart.js/dist/chart.cjs
  return readFileSync(join(dirname(main), "chart.umd.min.js"), "utf8");
}

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const ms = (v: number | null) => (v === null ? "–" : `${v.toFixed(1)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** Text inside a <script> element must not close it early. */
export const scriptSafe = (s: string) => s.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

/** The page's charts: one canvas per id, drawn later by the page's script from the embedded report. */
export function chartGrid(ids: readonly string[]): string {
  const charts = ids.map((id) => `  <div class="chart"><canvas id="${id}"></canvas></div>`);
  return `<h2>Charts</h2>\n<div class="charts">\n${charts.join("\n")}\n</div>`;
}

function rows(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join("\n");
}

/** The report as one self-contained HTML page: figures, tables and four charts. */
export function renderHtmlReport(r: BotsReport, chartJs = chartJsSource()): string {
  const s = r.settings;
  const figures = rows([
    ["server", s.url],
    ["bots joined / target", `${r.bots.joined} / ${r.bots.target}`],
    ["rooms", String(r.bots.rooms)],
    ["played", `${r.playedSeconds.toFixed(1)} s`],
    ["strategy mix", s.strategy],
    ["added latency each way", `${s.latencyMs} ms ± ${s.jitterMs} ms`],
    ["join time p50 / p95 / max", `${ms(r.joinMs.p50)} / ${ms(r.joinMs.p95)} / ${ms(r.joinMs.max)}`],
    [
      "input → ack p50 / p95 / p99",
      `${ms(r.ackLatencyMs.p50)} / ${ms(r.ackLatencyMs.p95)} / ${ms(r.ackLatencyMs.p99)} (${r.ackLatencyMs.count} acks)`,
    ],
    [
      "actions sent / accepted / rejected / lost / unanswered",
      `${r.actions.sent} / ${r.actions.accepted} / ${r.actions.rejected} / ${r.actions.lost} / ${r.actions.unanswered}`,
    ],
    ["bytes received per bot per second", kb(r.bandwidth.bytesPerBotPerSecond)],
    [
      "prediction corrections / max size",
      `${r.corrections.count} / ${r.corrections.maxSize.toFixed(2)} units`,
    ],
    [
      "drops / reconnects / seats lost / unexpected leaves",
      `${r.connection.drops} / ${r.connection.reconnects} / ${r.connection.seatsLost} / ${r.connection.unexpectedLeaves}`,
    ],
    ["errors", String(r.errors.count)],
  ]);
  const strategies = Object.entries(r.strategies)
    .map(
      ([name, st]) =>
        `<tr><td>${esc(name)}</td><td>${st.bots}</td><td>${st.sent}</td><td>${st.accepted}</td>` +
        `<td>${st.rejected}</td><td>${ms(st.ackLatencyMs.p50)}</td><td>${ms(st.ackLatencyMs.p99)}</td><td>${st.errors}</td></tr>`,
    )
    .join("\n");
  const errors =
    r.errors.messages.length === 0
      ? "<p>No errors.</p>"
      : `<ul>${r.errors.messages
          .map((e) => `<li>${e.count} × ${esc(e.message)} <small>(${esc(e.bots.join(", "))})</small></li>`)
          .join("")}</ul>`;
  const num = (v: number | null) => (v === null ? "none" : String(+v.toFixed(2)));
  const thresholds =
    r.thresholds.length === 0
      ? ""
      : `<h2>Thresholds</h2><ul>${r.thresholds
          .map((t) => {
            const failed = t.crossed || t.missing !== null;
            const verdict = t.missing ? "FAILED" : t.crossed ? "CROSSED" : "ok";
            return `<li class="${failed ? "bad" : "ok"}">${verdict}: ${esc(t.expression)} (${esc(t.missing ?? `value ${num(t.value)}`)})</li>`;
          })
          .join("")}</ul>`;
  const baseline = r.baseline
    ? `<h2>Against the baseline</h2><p><small>${esc(r.baseline.file)}</small></p>` +
      `<table id="baseline"><tr><th>metric</th><th>baseline</th><th>now</th><th>margin</th><th>limit</th><th>verdict</th></tr>${r.baseline.checks
        .map((c) => {
          const bad = c.regressed || c.missing !== null;
          const verdict = c.missing ? `FAILED (${c.missing})` : c.regressed ? "REGRESSED" : "ok";
          return `<tr><td>${esc(c.metric)}</td><td>${num(c.baseline)}</td><td>${num(c.value)}</td><td>${esc(c.margin)}</td><td>${num(c.limit)}</td><td class="${bad ? "bad" : "ok"}">${esc(verdict)}</td></tr>`;
        })
        .join("")}</table>`
    : "";
  const status = [
    r.interrupted
      ? `<p class="bad">Interrupted by ${esc(r.interrupted.signal)} after ${r.interrupted.afterSeconds.toFixed(1)} s: the figures cover what was measured until then.</p>`
      : "",
    r.play.ok ? "" : `<p class="bad">The bots did not play: ${esc(r.play.problems.join("; "))}</p>`,
  ].join("");
  const rooms = r.rooms
    .map((room) => {
      const match = room.end
        ? `ended (${room.end.reason}): ${room.end.ranking.map((e) => `${e.rank}. ${e.name} ${e.score}`).join(", ")}`
        : room.started
          ? "playing when the bots left"
          : "never started";
      return (
        `<tr><td>${esc(room.roomId)}</td><td>${room.bots.length}</td><td>${room.actions.sent}</td><td>${room.actions.accepted}</td>` +
        `<td>${room.errors}</td><td>${room.playingSeconds.toFixed(1)} s</td><td>${esc(match)}</td></tr>`
      );
    })
    .join("\n");
  const charts = ["latency", "bandwidth", "corrections", "rejections"];
  if (r.server && r.server.samples.length > 0) charts.push("server");
  const data = JSON.stringify(r).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Octet bots report — ${esc(r.startedAt)}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1d2330; background: #f7f8fa; }
  h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
  table { border-collapse: collapse; background: #fff; }
  th, td { padding: 4px 10px; border-bottom: 1px solid #e3e6eb; text-align: left; }
  td { font-variant-numeric: tabular-nums; }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
  .chart { background: #fff; border: 1px solid #e3e6eb; padding: 8px; height: 300px; position: relative; }
  .bad { color: #b3261e; font-weight: 600; } .ok { color: #1e7b34; }
  small { color: #667; }
</style>
</head>
<body>
<h1>Octet bots report</h1>
<p>${esc(r.startedAt)} → ${esc(r.finishedAt)}</p>
${status}
<table id="figures">${figures}</table>
${thresholds}
${baseline}
${chartGrid(charts)}
<h2>Rooms (matches)</h2>
<table id="rooms"><tr><th>room</th><th>bots</th><th>sent</th><th>accepted</th><th>errors</th><th>played</th><th>match</th></tr>
${rooms}</table>
<h2>By strategy</h2>
<table><tr><th>strategy</th><th>bots</th><th>sent</th><th>accepted</th><th>rejected</th><th>ack p50</th><th>ack p99</th><th>errors</th></tr>
${strategies}</table>
<h2>Errors</h2>
${errors}
<script type="application/json" id="report-data">${data}</script>
<script>${scriptSafe(chartJs)}</script>
<script>
(function () {
  const r = JSON.parse(document.getElementById("report-data").textContent);
  const base = { animation: false, responsive: true, maintainAspectRatio: false };
  const title = (text) => ({ title: { display: true, text }, legend: { display: true } });
  const t = r.series.map((p) => p.t.toFixed(1));
  const h = r.ackLatencyMs.histogram;
  new Chart(document.getElementById("latency"), {
    type: "bar",
    data: {
      labels: h.counts.map((_, i) => String(i * h.binMs)),
      datasets: [{ label: "acks", data: h.counts, backgroundColor: "#3b6fd4" }],
    },
    options: { ...base, plugins: title("Input → ack latency (ms, bins of " + h.binMs + " ms)"),
      scales: { x: { title: { display: true, text: "ms" } }, y: { beginAtZero: true, title: { display: true, text: "acks" } } } },
  });
  new Chart(document.getElementById("bandwidth"), {
    type: "line",
    data: {
      labels: t,
      datasets: [
        { label: "KB/s received, all bots", data: r.series.map((p) => p.bytesPerSecond / 1024), borderColor: "#1e7b34", yAxisID: "y" },
        { label: "bots connected", data: r.series.map((p) => p.connected), borderColor: "#999", borderDash: [4, 4], yAxisID: "y1" },
      ],
    },
    options: { ...base, plugins: title("Bytes received per second"),
      scales: { x: { title: { display: true, text: "s" } }, y: { beginAtZero: true, title: { display: true, text: "KB/s" } },
        y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "bots" } } } },
  });
  new Chart(document.getElementById("corrections"), {
    type: "bar",
    data: { labels: t, datasets: [{ label: "prediction corrections", data: r.series.map((p) => p.corrections), backgroundColor: "#d48a3b" }] },
    options: { ...base, plugins: title("Prediction corrections per second"),
      scales: { x: { title: { display: true, text: "s" } }, y: { beginAtZero: true } } },
  });
  const reasons = Object.keys(r.rejectedByReason).sort((a, b) => r.rejectedByReason[b] - r.rejectedByReason[a]);
  const palette = ["#b3261e", "#3b6fd4", "#1e7b34", "#d48a3b", "#7b3bd4", "#3bb3d4", "#666"];
  new Chart(document.getElementById("rejections"), {
    type: "bar",
    data: {
      labels: reasons,
      datasets: Object.entries(r.strategies).map(([name, s], i) => ({
        label: name, data: reasons.map((k) => s.rejectedByReason[k] || 0), backgroundColor: palette[i % palette.length],
      })),
    },
    options: { ...base, indexAxis: "y", plugins: title(reasons.length ? "Rejected actions by reason" : "Rejected actions by reason (none)"),
      scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } },
  });
  let charts = 4;
  const samples = r.server ? r.server.samples : [];
  if (samples.length > 0) {
    charts++;
    new Chart(document.getElementById("server"), {
      type: "line",
      data: {
        labels: samples.map((p) => p.t.toFixed(0)),
        datasets: [
          { label: "server RSS (MB)", data: samples.map((p) => p.rssBytes / 1024 / 1024), borderColor: "#7b3bd4", yAxisID: "y" },
          { label: "tick p99 (ms)", data: samples.map((p) => p.tickP99Ms), borderColor: "#b3261e", yAxisID: "y1" },
          { label: "clients", data: samples.map((p) => p.clients), borderColor: "#999", borderDash: [4, 4], yAxisID: "y1" },
        ],
      },
      options: { ...base, plugins: title("Server /metrics over the run"),
        scales: { x: { title: { display: true, text: "s" } }, y: { beginAtZero: true, title: { display: true, text: "MB" } },
          y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "ms / clients" } } } },
    });
  }
  document.body.dataset.chartsReady = String(charts);
})();
</script>
</body>
</html>
`;
}
