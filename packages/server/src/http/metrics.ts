import { matchMaker } from "@colyseus/core";
import { rejectName } from "@octet/shared/protocol";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's Prometheus metrics, served at GET /metrics: how long match
 * ticks take and how late they start (the two signs of an overloaded
 * process), rooms and clients, action outcomes, and prom-client's process
 * metrics (CPU seconds, resident memory, event-loop lag, GC).
 */
export const registry = new Registry();

// Ticks take well under a millisecond when all is well; the upper buckets
// catch a process whose event loop is saturated.
const TICK_BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0015, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05,
  0.075, 0.1, 0.15, 0.25, 0.5, 1,
];

const tickDuration = new Histogram({
  name: "octet_tick_duration_seconds",
  help: "Time one match tick takes: simulation step, interest, encoding and sending the patch",
  buckets: TICK_BUCKETS_SECONDS,
  registers: [registry],
});

const tickStartDelay = new Histogram({
  name: "octet_tick_start_delay_seconds",
  help: "How much later than one tick interval after the previous one a match tick starts",
  buckets: TICK_BUCKETS_SECONDS,
  registers: [registry],
});

new Gauge({
  name: "octet_rooms",
  help: "Match rooms in this process",
  registers: [registry],
  collect() {
    this.set(matchMaker.stats.local.roomCount);
  },
});

new Gauge({
  name: "octet_clients",
  help: "Clients connected to this process",
  registers: [registry],
  collect() {
    this.set(matchMaker.stats.local.ccu);
  },
});

const actions = new Counter({
  name: "octet_actions_total",
  help: "Player actions decided by the server, by result (accepted, rejected) and reject reason",
  labelNames: ["result", "reason"] as const,
  registers: [registry],
});

let defaultsOn = false;

/** Turns on prom-client's process metrics once; done when the routes are mounted, not on import. */
export function collectProcessMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ register: registry });
}

/**
 * Wraps a room's tick callback so each call records its duration and its
 * start delay: the time past one interval since the previous tick started
 * (Node's setInterval schedules from each callback's start, so that is when
 * the tick was due).
 */
export function timedTick(intervalMs: number, tick: () => void): () => void {
  let lastStart = -1;
  return () => {
    const start = performance.now();
    if (lastStart >= 0) tickStartDelay.observe(Math.max(0, start - lastStart - intervalMs) / 1000);
    lastStart = start;
    try {
      tick();
    } finally {
      tickDuration.observe((performance.now() - start) / 1000);
    }
  };
}

// Looked up once: accepted actions are counted many thousand times a second.
const accepted = actions.labels({ result: "accepted", reason: "" });

/** Counts one action the server accepted. */
export function countAccepted(): void {
  accepted.inc();
}

/** Counts one action the server rejected, by reason name (the names bots report). */
export function countRejected(reason: number): void {
  actions.inc({ result: "rejected", reason: rejectName(reason) });
}
