import { existsSync } from "node:fs";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import type { Rules } from "@octet/shared/rules";
import type express from "express";
import expressStaticGzip from "express-static-gzip";
import type { LiveMatches } from "../resume/live-matches.ts";
import { mountMatchStatus } from "./match-status.ts";
import { collectProcessMetrics, registry } from "./metrics.ts";

export interface RouteOptions {
  clientDir: string;
  startedAt: number;
  /** the cluster's running matches (resume/): one whose process died is being resumed, not gone */
  live?: Pick<LiveMatches, "get"> | null;
  /** the rules the next match will play (they change when a watched RULES_FILE is saved) */
  rules: () => Rules;
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
  // What the next match plays, for the lobby (match length, score limit) and tools.
  // Players receive the same document on joining, so it reveals nothing.
  app.get("/rules", (_req, res) => {
    // Any origin may read it: the Vite dev server serves the lobby from another port.
    res.set({ "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" }).json(opts.rules());
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
    // The build writes x.br and x.gz next to every text file: the smallest one the
    // browser accepts goes out as is (Content-Encoding set, Vary: Accept-Encoding).
    app.use(
      expressStaticGzip(opts.clientDir, {
        enableBrotli: true,
        orderPreference: ["br", "gz"],
        index: "index.html",
        serveStatic: {
          // Hashed file names under assets/ never change content; the page itself must be re-checked.
          setHeaders: (res, path) =>
            res.setHeader(
              "Cache-Control",
              /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
            ),
        },
      }),
    );
  } else {
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text/plain")
        .send(`The browser client is not built (${index} is missing). Run "npm start" or "npm run build".\n`);
    });
  }
}
