import { buildReport } from "./build-report.ts";
import { Fleet, type FleetTotals } from "./fleet.ts";
import type { BotsOptions } from "./options.ts";
import { httpBase } from "./preflight.ts";
import { createProgress, type ProgressState } from "./progress.ts";
import type { BotsReport, SeriesPoint } from "./report.ts";
import { ServerSampler } from "./server-sampler.ts";
import { assignStrategies } from "./strategy-mix.ts";

/** A --soak run reads the server's /metrics this often. */
const SOAK_SAMPLE_MS = 5000;
/** After a stop signal, answers to actions in flight get this long (CI kills soon after its SIGTERM). */
const SIGNAL_DRAIN_MS = 1000;

export interface RunIo {
  /** where the progress goes (a bar on a terminal, plain lines otherwise) */
  progress: NodeJS.WriteStream;
  /**
   * Aborting stops the run wherever it is (joining, playing): the bots stop
   * cleanly and the report covers what was measured, marked interrupted with
   * the abort's reason (the signal's name).
   */
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
 * One bots run: join rooms of bots with the strategy mix (over the ramp), let
 * them play for the duration with a progress display, a per-second series
 * and (soak) the server's own metrics, stop them cleanly, and make the report.
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
    rampSeconds: opts.rampSeconds,
  });
  const startedAt = new Date();
  const t0 = performance.now();
  const series: SeriesPoint[] = [];
  const progress = createProgress(io.progress, opts.durationSeconds);
  const sampler = opts.soak ? new ServerSampler(httpBase(opts.url), t0) : null;
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
      errors: t.errorCount - prev.errorCount,
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
      errors: t.errorCount,
    });
    prev = t;
    prevAt = now;
  };
  const timer = setInterval(sample, 1000);
  sampler?.start(SOAK_SAMPLE_MS);
  let playStart = performance.now();
  let playedSeconds = 0;
  // A stop signal while joining stops the joins too, not only the play.
  const onAbort = () => fleet.haltJoins();
  io.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    await fleet.start();
    playStart = performance.now();
    phase = "playing";
    if (fleet.totals().joined > 0) await sleep(opts.durationSeconds * 1000, io.signal);
    playedSeconds = (performance.now() - playStart) / 1000;
    phase = "stopping";
    // Long enough for a message sent at the last moment to be answered, over the added latency.
    const link = 2 * (opts.latencyMs + opts.jitterMs);
    await fleet.stop(io.signal?.aborted ? SIGNAL_DRAIN_MS + link : 3000 + link, 250 + link);
  } finally {
    io.signal?.removeEventListener("abort", onAbort);
    clearInterval(timer);
    sample();
    progress.stop();
    await sampler?.stop();
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
      rampSeconds: opts.rampSeconds,
      soak: opts.soak,
    },
    startedAt,
    finishedAt: new Date(),
    playedSeconds,
    bots: fleet.records(),
    latency: fleet.latency,
    series,
    interrupted: io.signal?.aborted
      ? { signal: String(io.signal.reason ?? "abort"), afterSeconds: (performance.now() - t0) / 1000 }
      : null,
    server: sampler ? { samples: sampler.samples, error: sampler.error } : null,
  });
}
