// One bench:client configuration: a server, a page behind a delayed link, 7
// headless bots, a warm-up, then the page's own CPU per frame and its
// interpolation health over the measured seconds.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { LatencyHistogram } from "../../packages/client/src/bots/latency-histogram.ts";
import { type FrameCost, UPDATE_PARTS } from "../../packages/client/src/game/debug-types.ts";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import {
  ARTIFACTS_DIR,
  joinFromLobby,
  launchBrowser,
  octet,
  openGame,
  screenshot,
  waitForOctet,
} from "../../test/browser/support/browser.ts";
import { startLinkProxy } from "../../test/support/link-proxy.ts";
import { startServer } from "../../test/support/server-process.ts";
import { progress } from "../support/report.ts";
import { type ProfileRow, startProfile } from "./profile.ts";

export interface ClientConfig {
  name: string;
  seconds: number;
  warmup: number;
  rttMs: number;
  jitterMs: number;
  /** combat effects and sound cues */
  effects: boolean;
  /** remote motion: Octet's jitter-buffered Interpolator, or @colyseus/sdk's Predict (lerp; sdk-grid: with tickInterval) */
  interpolation: "octet" | "sdk" | "sdk-grid";
  /** record a CPU profile of the page while measuring */
  profile: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

export function summary(values: number[]) {
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

export async function measureClient(cfg: ClientConfig) {
  progress(`[${cfg.name}] starting server`);
  // Gold from the start so the armies (up to 24 units each) are on the map while
  // measuring; no score limit, so no bot ends the match before the measurement does.
  const server = await startServer({
    rules: { players: { startGold: 1500, lobbyWaitSeconds: 0 }, match: { scoreLimit: 65535 } },
  });
  const proxy = await startLinkProxy(
    { host: "127.0.0.1", port: server.port },
    { oneWayMs: cfg.rttMs / 2, jitterMs: cfg.jitterMs / 2 },
  );
  const browser = await launchBrowser();
  const bots: HeadlessBot[] = [];
  let stop = false;
  let playing: Promise<void> | null = null;
  try {
    const query = `${cfg.effects ? "" : "&effects=0"}${cfg.interpolation === "octet" ? "" : `&interp=${cfg.interpolation}`}`;
    const { page, errors } = await openGame(browser, proxy.httpUrl, query);
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
    await waitForOctet(
      page,
      (o) => o.phase === "playing" && o.commanderWorld() !== null,
      undefined,
      30_000,
    ).catch((err) => {
      throw new Error(
        `the match did not start on the page (${err}); page errors: ${errors.join("; ") || "none"}`,
      );
    });
    progress(`[${cfg.name}] 8 players in room ${roomId}; warming up ${cfg.warmup} s`);
    playing = play(page, () => stop);
    await page.waitForTimeout(cfg.warmup * 1000);

    const profiler = cfg.profile ? await startProfile(page) : null;
    const start = await octet(page, (o) => ({ frame: o.frame, stats: o.stats()!, at: performance.now() }));
    progress(`[${cfg.name}] measuring ${cfg.seconds} s`);
    const drawn: number[] = [];
    const effectsAlive: number[] = [];
    const measureEnd = Date.now() + cfg.seconds * 1000;
    while (Date.now() < measureEnd) {
      await page.waitForTimeout(1000);
      const s = await octet(page, (o) => ({ drawn: o.entities().length, effects: o.effects() }));
      drawn.push(s.drawn);
      effectsAlive.push(s.effects);
    }
    const end = await octet(page, (o) => ({
      frame: o.frame,
      stats: o.stats()!,
      at: performance.now(),
      phase: o.phase,
    }));
    if (end.phase !== "playing") throw new Error(`the match ended while measuring (phase ${end.phase})`);
    let hotspots: ProfileRow[] = [];
    let profileFile: string | null = null;
    if (profiler) {
      profileFile = join(ARTIFACTS_DIR, `bench-client-${cfg.name}.cpuprofile`);
      hotspots = (await profiler.stop(profileFile)).slice(0, 40);
    }
    const costs: FrameCost[] = await octet(
      page,
      (o, range) => o.frameCosts(range.from).filter((c) => c.frame <= range.to),
      { from: start.frame, to: end.frame },
    );
    const shot = await screenshot(page, `bench-client-${cfg.name}`);
    stop = true;
    await playing;
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join("\n")}`);

    const minutes = (end.at - start.at) / 60_000;
    const d = (k: string) => (end.stats[k] ?? 0) - (start.stats[k] ?? 0);
    return {
      config: cfg,
      frames: end.frame - start.frame,
      framesSampled: costs.length,
      fps: (end.frame - start.frame) / (minutes * 60),
      entitiesDrawn: summary(drawn),
      effectsAlive: summary(effectsAlive),
      soundsPlayed: d("soundsPlayed"),
      soundNotes: d("soundNotes"),
      cpuPerFrameMs: {
        total: summary(costs.map((c) => c.netMs + c.updateMs)),
        update: summary(costs.map((c) => c.updateMs)),
        net: summary(costs.map((c) => c.netMs)),
        updateParts: Object.fromEntries(
          UPDATE_PARTS.map((name, i) => [name, summary(costs.map((c) => c.parts[i] ?? 0))]),
        ),
      },
      prediction: {
        correctionsPerMinute: d("corrections") / minutes,
        meanCorrection: d("corrections") > 0 ? d("correctionTotal") / d("corrections") : 0,
        snaps: d("snaps"),
      },
      interpolation: {
        underflowsPerMinute: d("underflows") / minutes,
        underflowShareOfSnapshots: d("patches") > 0 ? d("underflows") / d("patches") : 0,
        delayMs: end.stats.interpolationDelayMs ?? Number.NaN,
        timingErrorMs: end.stats.interpolationTimingErrorMs ?? Number.NaN,
        extrapolatedFrames: d("extrapolatedFrames"),
        heldFrames: d("heldFrames"),
      },
      measuredRttMs: end.stats.rttMs ?? Number.NaN,
      patchesPerSecond: d("patches") / (minutes * 60),
      bytesPerSecond: d("bytesReceived") / (minutes * 60),
      screenshot: shot,
      profileFile,
      hotspots,
    };
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

export type ClientResult = Awaited<ReturnType<typeof measureClient>>;
