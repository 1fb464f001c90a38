import { describeError } from "./describe-error.ts";
import * as prom from "./prom-metrics.ts";
import type { ServerSample } from "./report.ts";

/**
 * Samples the server's own /metrics every `everyMs` while a soak runs: its
 * resident memory, the p99 of the ticks between two samples, rooms and
 * clients, so the report shows drift over time (memory that only grows, ticks
 * that get slower). A failed scrape is kept as the sampler's error and the
 * run goes on: the bots' figures do not depend on it.
 */
export class ServerSampler {
  readonly samples: ServerSample[] = [];
  error: string | null = null;
  private readonly httpUrl: string;
  private readonly t0: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastTicks: prom.Buckets | null = null;
  private busy = false;

  constructor(httpUrl: string, t0: number) {
    this.httpUrl = httpUrl;
    this.t0 = t0;
  }

  start(everyMs: number): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), everyMs);
  }

  /** Stops sampling after one last sample. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sample();
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const s = await prom.scrape(this.httpUrl);
      const ticks = prom.buckets(s, "octet_tick_duration_seconds");
      const between = this.lastTicks ? prom.bucketsBetween(this.lastTicks, ticks) : ticks;
      this.lastTicks = ticks;
      const p99 = prom.quantile(between, 0.99);
      this.samples.push({
        t: Math.round((performance.now() - this.t0) / 100) / 10,
        rssBytes: prom.value(s, "process_resident_memory_bytes"),
        tickP99Ms: Number.isNaN(p99) ? null : p99 * 1000,
        rooms: prom.value(s, "octet_rooms"),
        clients: prom.value(s, "octet_clients"),
      });
    } catch (err) {
      this.error ??= `GET ${this.httpUrl}/metrics: ${describeError(err)}`;
    } finally {
      this.busy = false;
    }
  }
}
