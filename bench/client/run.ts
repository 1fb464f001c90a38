// npm run bench:client -- [--seconds S] [--warmup S] [--rtt MS] [--jitter MS] [--configs LIST] [--out FILE]
// The browser client's own CPU per frame and its interpolation health, in
// headless Chromium, in a full 8-player match (the page + 7 headless bots),
// with the page's socket delayed like a real network. Each configuration is
// its own match; they are printed side by side.
import { UPDATE_PARTS } from "../../packages/client/src/game/debug-types.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";
import { type ClientConfig, type ClientResult, measureClient } from "./measure.ts";

const HELP = `Usage: npm run bench:client -- [options]

  --seconds S    seconds measured per configuration (default 60)
  --warmup S     seconds of play before measuring, while armies are trained (default 15)
  --rtt MS       round trip added to the page's socket (default 150)
  --jitter MS    +- jitter on each direction's delay (default 30 round trip, i.e. 15 each way)
  --configs LIST comma-separated, run in this order (default effects-on,effects-off,sdk-predict,sdk-grid):
                   effects-on    combat effects (flashes, bolts, numbers, bursts) and sound cues on
                   effects-off   the same match with effects and sound cues off
                   sdk-predict   effects on, remote motion from @colyseus/sdk Predict (lerp,
                                 1.5 ticks) instead of Octet's jitter-buffered interpolation
                   sdk-grid      the same with Predict's tickInterval (stamps on a tick grid)
  --effects on|off  shorthand for --configs effects-on / effects-off
  --profile      also record a CPU profile of the page per configuration (test-artifacts/browser/)
                 and print its hottest functions (build with --minify false for names)
  --out FILE     JSON result path (default bench/results/client-<time>.json)

Needs a built client (npm run build). Chromium comes from npm (@sparticuz/chromium);
set CHROMIUM_PATH to use another build, e.g. CHROMIUM_PATH=/usr/bin/chromium.
`;

/** Per-frame CPU budget the client is held to (p99), ms. */
const TARGET_P99_MS = 4;
/** Interpolation underflows allowed, as a share of snapshots received. */
const TARGET_UNDERFLOW_SHARE = 0.01;

const CONFIGS: Record<string, Pick<ClientConfig, "effects" | "interpolation">> = {
  "effects-on": { effects: true, interpolation: "octet" },
  "effects-off": { effects: false, interpolation: "octet" },
  "sdk-predict": { effects: true, interpolation: "sdk" },
  "sdk-grid": { effects: true, interpolation: "sdk-grid" },
};

function table(results: ClientResult[]): string {
  const ms = (v: number) => fmt(v, 2);
  const row = (label: string, cell: (r: ClientResult) => string, target = "") => [
    label,
    ...results.map(cell),
    target,
  ];
  return markdownTable(
    ["metric", ...results.map((r) => r.config.name), "target"],
    [
      row(
        "client CPU per frame, net + update, p50 / p95",
        (r) => `${ms(r.cpuPerFrameMs.total.p50)} / ${ms(r.cpuPerFrameMs.total.p95)} ms`,
      ),
      row(
        "client CPU per frame, net + update, p99",
        (r) => `${ms(r.cpuPerFrameMs.total.p99)} ms`,
        `<= ${TARGET_P99_MS} ms`,
      ),
      row(
        "  update only p50 / p99",
        (r) => `${ms(r.cpuPerFrameMs.update.p50)} / ${ms(r.cpuPerFrameMs.update.p99)} ms`,
      ),
      row(
        "  net only (decode, reconcile, snapshots) p50 / p99",
        (r) => `${ms(r.cpuPerFrameMs.net.p50)} / ${ms(r.cpuPerFrameMs.net.p99)} ms`,
      ),
      ...UPDATE_PARTS.map((name) =>
        row(`    update part: ${name} p50 / p99`, (r) => {
          const p = r.cpuPerFrameMs.updateParts[name]!;
          return `${ms(p.p50)} / ${ms(p.p99)} ms`;
        }),
      ),
      row("frames measured (software WebGL)", (r) => `${r.framesSampled} (${fmt(r.fps)} FPS)`),
      row("entities drawn, mean / max", (r) => `${fmt(r.entitiesDrawn.mean)} / ${r.entitiesDrawn.max}`),
      row(
        "effect sprites + texts alive, mean / max",
        (r) => `${fmt(r.effectsAlive.mean)} / ${r.effectsAlive.max}`,
      ),
      row("sound cues played / sounds started on WebAudio", (r) => `${r.soundsPlayed} / ${r.soundNotes}`),
      row("interpolation underflows per minute", (r) => fmt(r.interpolation.underflowsPerMinute)),
      row(
        "  underflows / snapshots received",
        (r) => `${fmt(r.interpolation.underflowShareOfSnapshots * 100, 2)} %`,
        `< ${TARGET_UNDERFLOW_SHARE * 100} %`,
      ),
      row("  interpolation delay at the end", (r) => `${fmt(r.interpolation.delayMs)} ms`),
      row(
        "  drawn sample time off its server time, p95 (arrival jitter shown as motion)",
        (r) => `${fmt(r.interpolation.timingErrorMs)} ms`,
      ),
      row("prediction corrections per minute", (r) => fmt(r.prediction.correctionsPerMinute)),
      row("measured RTT", (r) => `${fmt(r.measuredRttMs, 0)} ms`),
      row(
        "patches / s, bytes / s received",
        (r) => `${fmt(r.patchesPerSecond)} / ${fmt(r.bytesPerSecond, 0)}`,
      ),
      row("meets both targets", (r) => (meets(r) ? "yes" : "no")),
    ],
  );
}

function meets(r: ClientResult): boolean {
  return (
    r.cpuPerFrameMs.total.p99 <= TARGET_P99_MS &&
    r.interpolation.underflowShareOfSnapshots < TARGET_UNDERFLOW_SHARE
  );
}

async function main(): Promise<void> {
  const values = benchArgs(
    HELP,
    { seconds: "60", warmup: "15", rtt: "150", jitter: "30", configs: "", effects: "" },
    ["profile"],
  );
  if (!values) return;
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const rtt = Number(values.rtt);
  const jitter = Number(values.jitter);
  for (const [name, v] of Object.entries({ seconds, warmup, rtt, jitter })) {
    if (!(v >= 0) || (name === "seconds" && v === 0)) throw new Error(`--${name} must be a positive number`);
  }
  if (values.effects !== "" && values.effects !== "on" && values.effects !== "off")
    throw new Error("--effects must be on or off");
  const names = (
    values.configs ||
    (values.effects ? `effects-${values.effects}` : "effects-on,effects-off,sdk-predict,sdk-grid")
  ).split(",");
  for (const n of names)
    if (!CONFIGS[n])
      throw new Error(`unknown configuration ${n} (known: ${Object.keys(CONFIGS).join(", ")})`);

  const results: ClientResult[] = [];
  for (const name of names) {
    results.push(
      await measureClient({
        name,
        seconds,
        warmup,
        rttMs: rtt,
        jitterMs: jitter,
        profile: values.profile,
        ...CONFIGS[name]!,
      }),
    );
  }
  const file = writeResult(
    "client",
    {
      conditions: { seconds, warmup, rttMs: rtt, jitterMs: jitter, players: 8, viewport: "1280x720" },
      targetP99Ms: TARGET_P99_MS,
      targetUnderflowShare: TARGET_UNDERFLOW_SHARE,
      results: results.map((r) => ({ ...r, meetsTargets: meets(r) })),
    },
    values.out,
  );
  let out = `\nbench:client: 1 page + 7 bots per configuration, ${seconds} s measured after ${warmup} s, page link ${rtt} ms RTT +-${jitter / 2} ms each way\n\n${table(results)}\n`;
  for (const r of results) {
    if (r.hotspots.length === 0) continue;
    out += `\nCPU profile, ${r.config.name} (${r.profileFile}): inclusive / self ms over ${seconds} s\n\n`;
    out += markdownTable(
      ["function", "inclusive", "self"],
      r.hotspots.slice(0, 30).map((h) => [h.fn, fmt(h.totalMs, 0), fmt(h.selfMs, 0)]),
    );
    out += "\n";
  }
  out += `\nJSON: ${file}\nscreenshots: ${results.map((r) => r.screenshot).join(", ")}\n`;
  progress("done");
  process.stdout.write(out);
}

main().catch((err) => {
  console.error("bench:client:", err);
  process.exit(1);
});
