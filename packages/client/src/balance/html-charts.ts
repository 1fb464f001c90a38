/**
 * The browser side of the balance report: reads the embedded report.json and
 * draws its charts with the inlined Chart.js. Plain ES2020, no imports.
 */
export const BALANCE_CHARTS_JS = `
(function () {
  const r = JSON.parse(document.getElementById("report-data").textContent);
  const V = r.variants;
  const colours = ["#3b6fd4", "#d48a3b", "#1e7b34", "#b3261e", "#7b3bd4", "#3bb3d4", "#666", "#c9b03b"];
  const variantColour = ["#3b6fd4", "#d48a3b"];
  const base = { animation: false, responsive: true, maintainAspectRatio: false };
  const title = (text) => ({ title: { display: true, text: text }, legend: { display: true } });
  const pct = (v) => Math.round(v * 1000) / 10;
  // Draws each bar's 95% interval (dataset.ci: [[low, high], ...] in chart units) as a capped line.
  const ciBars = {
    id: "ciBars",
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const y = chart.scales.y;
      chart.data.datasets.forEach((ds, d) => {
        if (!ds.ci) return;
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          const ci = ds.ci[i];
          if (!ci) return;
          const top = y.getPixelForValue(ci[1]);
          const bottom = y.getPixelForValue(ci[0]);
          ctx.save();
          ctx.strokeStyle = "#1d2330";
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(bar.x, top); ctx.lineTo(bar.x, bottom);
          ctx.moveTo(bar.x - 5, top); ctx.lineTo(bar.x + 5, top);
          ctx.moveTo(bar.x - 5, bottom); ctx.lineTo(bar.x + 5, bottom);
          ctx.stroke();
          ctx.restore();
        });
      });
    },
  };
  const rateChart = (id, text, labels, rateOf) => {
    const top = Math.max(1, ...V.flatMap((v) => labels.map((l, i) => (rateOf(v, l, i) ? pct(rateOf(v, l, i).high) : 0))));
    return new Chart(document.getElementById(id), {
      type: "bar",
      plugins: [ciBars],
      data: {
        labels: labels,
        datasets: V.map((v, k) => ({
          label: v.label + ": " + v.file,
          data: labels.map((l, i) => (rateOf(v, l, i) ? pct(rateOf(v, l, i).rate) : null)),
          ci: labels.map((l, i) => (rateOf(v, l, i) ? [pct(rateOf(v, l, i).low), pct(rateOf(v, l, i).high)] : null)),
          backgroundColor: variantColour[k],
        })),
      },
      options: { ...base, plugins: title(text),
        scales: { y: { beginAtZero: true, suggestedMax: Math.ceil(top * 1.05), title: { display: true, text: "% of seat-matches won" } } } },
    });
  };
  const strategies = Object.keys(V[0].summary.byStrategy);
  rateChart("win-strategy", "Win rate by strategy (95% interval)", strategies, (v, name) => v.summary.byStrategy[name] && v.summary.byStrategy[name].winRate);
  const seats = V[0].summary.bySeat.map((_, i) => "seat " + i);
  rateChart("win-seat", "Win rate by seat (95% interval)", seats, (v, _, i) => v.summary.bySeat[i]);

  const bin = 30;
  const maxLen = Math.max(...V.flatMap((v) => v.matches.map((m) => m.seconds)));
  const bins = Math.max(1, Math.ceil((maxLen + 0.001) / bin));
  new Chart(document.getElementById("length"), {
    type: "bar",
    data: {
      labels: Array.from({ length: bins }, (_, i) => i * bin + "-" + (i + 1) * bin),
      datasets: V.map((v, k) => {
        const counts = new Array(bins).fill(0);
        v.matches.forEach((m) => counts[Math.min(bins - 1, Math.floor(m.seconds / bin))]++);
        return { label: v.label, data: counts, backgroundColor: variantColour[k] };
      }),
    },
    options: { ...base, plugins: title("Match length (s)"),
      scales: { x: { title: { display: true, text: "seconds" } }, y: { beginAtZero: true, title: { display: true, text: "matches" } } } },
  });

  const reasons = [...new Set(V.flatMap((v) => Object.keys(v.summary.endReasons)))].sort();
  new Chart(document.getElementById("end-reasons"), {
    type: "bar",
    data: { labels: reasons, datasets: V.map((v, k) => ({ label: v.label, data: reasons.map((x) => v.summary.endReasons[x] || 0), backgroundColor: variantColour[k] })) },
    options: { ...base, plugins: title("End reasons"), scales: { y: { beginAtZero: true, title: { display: true, text: "matches" } } } },
  });

  const kinds = [...new Set(V.flatMap((v) => Object.keys(v.summary.byKind)))].sort();
  const fields = ["trained", "kills", "lost"];
  new Chart(document.getElementById("kinds"), {
    type: "bar",
    data: {
      labels: kinds,
      datasets: V.flatMap((v, k) => fields.map((f, j) => ({
        label: v.label + " " + f,
        data: kinds.map((x) => (v.summary.byKind[x] ? v.summary.byKind[x][f] / v.summary.matches : 0)),
        // One colour per figure; B is the same colour, lighter.
        backgroundColor: ["#3b6fd4", "#1e7b34", "#b3261e"][j] + (k === 1 ? "80" : ""),
      }))),
    },
    options: { ...base, plugins: title("Units trained / killed / lost by kind, per match"),
      scales: { y: { beginAtZero: true, title: { display: true, text: "per match" } } } },
  });
  new Chart(document.getElementById("damage"), {
    type: "bar",
    data: {
      labels: kinds,
      datasets: V.map((v, k) => ({
        label: v.label,
        data: kinds.map((x) => (v.summary.byKind[x] ? v.summary.byKind[x].damage / v.summary.matches : 0)),
        backgroundColor: variantColour[k],
      })),
    },
    options: { ...base, plugins: title("Damage dealt by kind, per match (hp)"), scales: { y: { beginAtZero: true } } },
  });

  const g = V[0].summary.goldOverTime;
  new Chart(document.getElementById("gold"), {
    type: "line",
    data: {
      labels: g.seconds,
      datasets: V.flatMap((v, k) => Object.entries(v.summary.goldOverTime.byStrategy).map(([name, series], i) => ({
        label: v.label + " " + name,
        data: series,
        borderColor: colours[i % colours.length],
        borderDash: k === 1 ? [5, 4] : [],
        pointRadius: 0,
      }))),
    },
    options: { ...base, plugins: title("Gold held by a seat, mean over matches still running"),
      scales: { x: { title: { display: true, text: "match seconds" } }, y: { beginAtZero: true, title: { display: true, text: "gold" } } } },
  });

  new Chart(document.getElementById("first-kill"), {
    type: "bar",
    data: {
      labels: V.map((v) => v.label),
      datasets: [
        { label: "mean s", data: V.map((v) => Math.round(v.summary.firstKill.mean * 10) / 10), backgroundColor: "#3b6fd4" },
        { label: "median s", data: V.map((v) => v.summary.firstKill.p50), backgroundColor: "#d48a3b" },
      ],
    },
    options: { ...base, plugins: title("Time to the first kill between players (s)"), scales: { y: { beginAtZero: true } } },
  });
  document.body.dataset.chartsReady = "8";
})();
`;
