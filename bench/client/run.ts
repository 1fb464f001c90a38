// npm run bench:client -- [--seconds S] [--warmup S] [--rtt MS] [--jitter MS] [--out FILE]
// The browser client's own CPU per frame and its prediction corrections, in
// headless Chromium, in a full 8-player match (the page + 7 headless bots),
// with the page's socket delayed like a real network.
import type { Page } from "playwright-core";
import { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { LatencyHistogram } from "../../packages/client/src/bots/latency-histogram.ts";
import { type FrameCost, UPDATE_PARTS } from "../../packages/client/src/game/debug-types.ts";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import {
  joinFromLobby,
  launchBrowser,
  octet,
  openGame,
  screenshot,
  waitForOctet,
} from "../../test/browser/support/browser.ts";
import { startLinkProxy } from "../../test/support/link-proxy.ts";
import { startServer } from "../../test/support/server-process.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";

const HELP = `Usage: npm run bench:client -- [options]

  --seconds S   seconds measured (default 60)
  --warmup S    seconds of play before measuring, while armies are trained (default 15)
  --rtt MS      round trip added to the page's socket (default 150)
  --jitter MS   +- jitter on each direction's delay (default 30 round trip, i.e. 15 each way)
  --effects on|off  combat effects (flashes, bolts, numbers, bursts) and sound cues (default on)
  --out FILE    JSON result path (default bench/results/client-<time>.json)

Needs a built client (npm run build). Chromium comes from npm (@sparticuz/chromium);
set CHROMIUM_PATH to use another build, e.g. CHROMIUM_PATH=/usr/bin/chromium.
`;

/** Per-frame CPU budget the client is held to (p99), ms. */
const TARGET_P99_MS = 4;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
    max: s.at(-1) ?? Number.NaN,
    mean,
  };
}

/**
 * Plays like a person: the commander walks a square (keys held, then
 * switched), units are trained now and then and sent to a point on screen.
 */
async function play(page: Page, until: () => boolean): Promise<void> {
  const legs = ["d", "s", "a", "w"];
  let leg = 0;
  while (!until()) {
    const key = legs[leg++ % legs.length]!;
    await page.keyboard.down(key);
    await page.waitForTimeout(1500);
    await page.keyboard.up(key);
    if (leg % 2 === 0) await page.keyboard.press(String(1 + (leg % 3)));
    if (leg % 3 === 0)
      await page.mouse.click(640 + ((leg * 137) % 400) - 200, 360 + ((leg * 71) % 240) - 120, {
        button: "right",
      });
  }
}

async function main(): Promise<void> {
  const values = benchArgs(HELP, { seconds: "60", warmup: "15", rtt: "150", jitter: "30", effects: "on" });
  if (!values) return;
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const rtt = Number(values.rtt);
  const jitter = Number(values.jitter);
  if (values.effects !== "on" && values.effects !== "off") throw new Error("--effects must be on or off");
  const effects = values.effects === "on";
  for (const [name, v] of Object.entries({ seconds, warmup, rtt, jitter })) {
    if (!(v >= 0) || (name === "seconds" && v === 0)) throw new Error(`--${name} must be a positive number`);
  }

  progress("starting server");
  // Gold from the start so the armies (up to 24 units each) are on the map while measuring.
  const server = await startServer({ rules: { players: { startGold: 1500, lobbyWaitSeconds: 0 } } });
  const proxy = await startLinkProxy(
    { host: "127.0.0.1", port: server.port },
    { oneWayMs: rtt / 2, jitterMs: jitter / 2 },
  );
  const browser = await launchBrowser();
  const bots: HeadlessBot[] = [];
  let stop = false;
  let playing: Promise<void> | null = null;
  try {
    const { page, errors } = await openGame(browser, proxy.httpUrl, effects ? "" : "&effects=0");
    await joinFromLobby(page, "bench", "quick");
    await waitForOctet(page, (o) => o.roomId !== null, undefined, 30_000);
    const roomId = (await octet(page, (o) => o.roomId))!;
    const latency = new LatencyHistogram();
    for (let i = 0; i < 7; i++) {
      const bot = new HeadlessBot({
        name: `bot-${i + 1}`,
        strategy: "marcher",
        seed: 1000 + i,
        link: { latencyMs: 0, jitterMs: 0 },
        latency,
        join: (name) => MatchConnection.join({ url: server.url, name, roomId }),
      });
      bots.push(bot);
      if (!(await bot.start())) throw new Error(`${bot.name}: ${bot.record().errors[0]}`);
    }
    await waitForOctet(page, (o) => o.phase === "playing" && o.commanderWorld() !== null, undefined, 30_000);
    progress(
      `8 players in room ${roomId}; page link ${rtt} ms RTT +-${jitter / 2} ms each way; warming up ${warmup} s`,
    );
    playing = play(page, () => stop);
    await page.waitForTimeout(warmup * 1000);

    const start = await octet(page, (o) => ({ frame: o.frame, stats: o.stats()!, at: performance.now() }));
    progress(`measuring ${seconds} s`);
    const drawn: number[] = [];
    const measureEnd = Date.now() + seconds * 1000;
    while (Date.now() < measureEnd) {
      await page.waitForTimeout(1000);
      drawn.push(await octet(page, (o) => o.entities().length));
    }
    const end = await octet(page, (o) => ({ frame: o.frame, stats: o.stats()!, at: performance.now() }));
    const costs: FrameCost[] = await octet(
      page,
      (o, range) => o.frameCosts(range.from).filter((c) => c.frame <= range.to),
      { from: start.frame, to: end.frame },
    );
    const shot = await screenshot(page, "bench-client-8-players");
    stop = true;
    await playing;
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join("\n")}`);

    const minutes = (end.at - start.at) / 60_000;
    const frames = end.frame - start.frame;
    const total = summary(costs.map((c) => c.netMs + c.updateMs));
    const update = summary(costs.map((c) => c.updateMs));
    const net = summary(costs.map((c) => c.netMs));
    const parts = Object.fromEntries(
      UPDATE_PARTS.map((name, i) => [name, summary(costs.map((c) => c.parts[i] ?? 0))]),
    );
    const d = (k: string) => (end.stats[k] ?? 0) - (start.stats[k] ?? 0);
    const result = {
      conditions: {
        seconds,
        warmup,
        rttMs: rtt,
        jitterMs: jitter,
        players: 8,
        viewport: "1280x720",
        effects,
      },
      frames,
      framesSampled: costs.length,
      fps: frames / (minutes * 60),
      entitiesDrawn: summary(drawn),
      cpuPerFrameMs: { total, update, net, updateParts: parts },
      targetP99Ms: TARGET_P99_MS,
      meetsTarget: total.p99 <= TARGET_P99_MS,
      prediction: {
        correctionsPerMinute: d("corrections") / minutes,
        corrections: d("corrections"),
        meanCorrection: d("corrections") > 0 ? d("correctionTotal") / d("corrections") : 0,
        maxCorrectionEver: end.stats.correctionMax ?? 0,
        snaps: d("snaps"),
      },
      interpolation: {
        underflowsPerMinute: d("underflows") / minutes,
        underflowShareOfSnapshots: d("patches") > 0 ? d("underflows") / d("patches") : 0,
        delayMs: end.stats.interpolationDelayMs ?? Number.NaN,
        extrapolatedFrames: d("extrapolatedFrames"),
        heldFrames: d("heldFrames"),
      },
      measuredRttMs: end.stats.rttMs ?? Number.NaN,
      patchesPerSecond: d("patches") / (minutes * 60),
      bytesPerSecond: d("bytesReceived") / (minutes * 60),
    };
    const ms = (v: number) => fmt(v, 2);
    const table = markdownTable(
      ["metric", "value", "target"],
      [
        ["client CPU per frame, net + update, p50 / p95", `${ms(total.p50)} / ${ms(total.p95)} ms`, ""],
        ["client CPU per frame, net + update, p99", `${ms(total.p99)} ms`, `<= ${TARGET_P99_MS} ms`],
        [
          "  update only (input, sprites, fog, minimap, HUD) p50 / p99",
          `${ms(update.p50)} / ${ms(update.p99)} ms`,
          "",
        ],
        ["  net only (decode, reconcile, interpolation) p50 / p99", `${ms(net.p50)} / ${ms(net.p99)} ms`, ""],
        ...UPDATE_PARTS.map((name) => [
          `    update part: ${name} p50 / p99`,
          `${ms(parts[name]!.p50)} / ${ms(parts[name]!.p99)} ms`,
          "",
        ]),
        ["frames measured (software WebGL)", `${costs.length} (${fmt(result.fps)} FPS)`, ""],
        ["entities drawn, mean / max", `${fmt(result.entitiesDrawn.mean)} / ${result.entitiesDrawn.max}`, ""],
        ["prediction corrections per minute", fmt(result.prediction.correctionsPerMinute), ""],
        [
          "  mean correction / snaps",
          `${fmt(result.prediction.meanCorrection, 2)} units / ${result.prediction.snaps}`,
          "",
        ],
        ["interpolation underflows per minute", fmt(result.interpolation.underflowsPerMinute), ""],
        [
          "  underflows / snapshots received",
          `${fmt(result.interpolation.underflowShareOfSnapshots * 100, 2)} %`,
          "< 1 %",
        ],
        ["  interpolation delay at the end (jitter buffer)", `${fmt(result.interpolation.delayMs)} ms`, ""],
        ["effects and sound cues", effects ? "on" : "off", ""],
        ["measured RTT (min input -> ack)", `${fmt(result.measuredRttMs, 0)} ms`, ""],
        [
          "patches / s, bytes / s received",
          `${fmt(result.patchesPerSecond)} / ${fmt(result.bytesPerSecond, 0)}`,
          "",
        ],
      ],
    );
    const file = writeResult("client", result, values.out);
    process.stdout.write(
      `\nbench:client: 1 page + 7 bots, ${seconds} s measured after ${warmup} s, page link ${rtt} ms RTT +-${jitter / 2} ms each way\n\n${table}\n\nJSON: ${file}\nscreenshot: ${shot}\n`,
    );
  } finally {
    stop = true;
    // The player loop ends at its next step; on an error it may be mid-step.
    await playing?.catch(() => {});
    await Promise.allSettled(bots.map((b) => b.leave()));
    await browser.close();
    await proxy.close();
    await server.stop();
  }
}

main().catch((err) => {
  console.error("bench:client:", err);
  process.exit(1);
});
