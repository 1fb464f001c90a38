import { Fleet, type FleetTotals } from "./fleet.ts";
import type { BotsOptions } from "./options.ts";
import { createProgress, type ProgressState } from "./progress.ts";
import { type BotsReport, buildReport, type SeriesPoint } from "./report.ts";
import { assignStrategies } from "./strategy-mix.ts";

export interface RunIo {
  /** where the progress goes (a bar on a terminal, plain lines otherwise) */
  progress: NodeJS.WriteStream;
  /** aborting ends the play time early; the bots still stop cleanly and the report is made */
  signal?: AbortSignal;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

/**
 * One bots run: join rooms of bots with the strategy mix, let them play for
 * the duration with a progress display and a per-second series, stop them
 * cleanly, and make the report.
 */
export async function runBots(opts: BotsOptions, io: RunIo): Promise<BotsReport> {
  const count = opts.rooms * opts.botsPerRoom;
  const fleet = new Fleet({
    url: opts.url,
    botsPerRoom: opts.botsPerRoom,
    strategies: assignStrategies(opts.mix, count),
    link: { latencyMs: opts.latencyMs, jitterMs: opts.jitterMs },
    seed: opts.seed,
    privateRooms: opts.privateRooms,
  });
  const startedAt = new Date();
  const t0 = performance.now();
  const series: SeriesPoint[] = [];
  const progress = createProgress(io.progress, opts.durationSeconds);
  let phase: ProgressState["phase"] = "joining";
  let prev: FleetTotals = fleet.totals();
  let prevAt = t0;

  const sample = () => {
    const now = performance.now();
    const t = fleet.totals();
    const dt = Math.max(0.001, (now - prevAt) / 1000);
    const point: SeriesPoint = {
      t: Math.round((now - t0) / 100) / 10,
      connected: t.connected,
      bytesPerSecond: (t.bytesReceived - prev.bytesReceived) / dt,
      messagesPerSecond: (t.messagesReceived - prev.messagesReceived) / dt,
      actionsPerSecond: (t.sent - prev.sent) / dt,
      corrections: t.corrections - prev.corrections,
      rejections: t.rejected - prev.rejected,
      errors: t.errors - prev.errors,
    };
    series.push(point);
    progress.update({
      phase,
      connected: t.connected,
      target: count,
      rooms: t.rooms,
      elapsedSeconds: (now - t0) / 1000,
      messagesPerSecond: point.messagesPerSecond,
      bytesPerSecond: point.bytesPerSecond,
      errors: t.errors,
    });
    prev = t;
    prevAt = now;
  };
  const timer = setInterval(sample, 1000);
  let playStart = performance.now();
  let playedSeconds = 0;
  try {
    await fleet.start();
    playStart = performance.now();
    phase = "playing";
    if (fleet.totals().joined > 0) await sleep(opts.durationSeconds * 1000, io.signal);
    playedSeconds = (performance.now() - playStart) / 1000;
    phase = "stopping";
    // Long enough for a message sent at the last moment to be answered, over the added latency.
    await fleet.stop(3000 + 2 * (opts.latencyMs + opts.jitterMs), 250 + 2 * (opts.latencyMs + opts.jitterMs));
  } finally {
    clearInterval(timer);
    sample();
    progress.stop();
  }
  return buildReport({
    settings: {
      url: opts.url,
      rooms: opts.rooms,
      botsPerRoom: opts.botsPerRoom,
      durationSeconds: opts.durationSeconds,
      strategy: opts.strategy,
      latencyMs: opts.latencyMs,
      jitterMs: opts.jitterMs,
      seed: opts.seed,
      privateRooms: opts.privateRooms,
    },
    startedAt,
    finishedAt: new Date(),
    playedSeconds,
    bots: fleet.records(),
    latency: fleet.latency,
    series,
  });
}
