import { existsSync } from "node:fs";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import express from "express";
import type { LiveMatches } from "../resume/live-matches.ts";
import { mountMatchStatus } from "./match-status.ts";
import { collectProcessMetrics, registry } from "./metrics.ts";

export interface RouteOptions {
  clientDir: string;
  startedAt: number;
  /** the cluster's running matches (resume/): one whose process died is being resumed, not gone */
  live?: Pick<LiveMatches, "get"> | null;
}

/** Health, metrics, match status, and the built browser client as static files. */
export function mountRoutes(app: express.Application, opts: RouteOptions): void {
  app.get("/healthz", async (_req, res) => {
    const stats = matchMaker.stats.local;
    res.json({
      ok: true,
      uptimeSeconds: Math.round((Date.now() - opts.startedAt) / 1000),
      rooms: stats.roomCount,
      ccu: stats.ccu,
      processId: matchMaker.processId,
    });
  });
  mountMatchStatus(app, opts.live ?? null);
  collectProcessMetrics();
  // Prometheus text format; ?format=json gives prom-client's JSON form (benchmarks read it).
  app.get("/metrics", async (req, res) => {
    if (req.query.format === "json") res.json(await registry.getMetricsAsJSON());
    else res.type(registry.contentType).send(await registry.metrics());
  });
  const index = join(opts.clientDir, "index.html");
  if (existsSync(index)) {
    app.use(express.static(opts.clientDir, { index: "index.html", maxAge: "1h" }));
  } else {
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text/plain")
        .send(`The browser client is not built (${index} is missing). Run "npm start" or "npm run build".\n`);
    });
  }
}
