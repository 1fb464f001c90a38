import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotsReport } from "../../packages/client/src/bots/report.ts";
import { runBotsCli } from "../bots/support/run-cli.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { ARTIFACTS_DIR, launchChromium } from "./support/browser.ts";

// The bots' HTML report is a file a tester opens (or a CI artefact): it must
// work offline from file://, with Chart.js inline, and draw all its charts.

let server: ServerHandle;
let browser: Browser;
let reportDir: string;

beforeAll(async () => {
  server = await startServer();
  reportDir = mkdtempSync(join(tmpdir(), "octet-bots-report-"));
  // A short real soak run with chaos bots, so every chart has something to draw.
  const run = await runBotsCli([
    "--url",
    server.url,
    "--rooms",
    "1",
    "--duration",
    "6",
    "--strategy",
    "wanderer:2,trainer:1,chaos:1",
    "--latency",
    "20",
    "--jitter",
    "10",
    "--report",
    reportDir,
    "--soak",
  ]);
  expect(run.code, run.stderr).toBe(0);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("bots HTML report", () => {
  it("opens offline without errors and draws its five charts", async () => {
    const report = JSON.parse(readFileSync(join(reportDir, "report.json"), "utf8")) as BotsReport;
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, offline: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await page.goto(pathToFileURL(join(reportDir, "report.html")).href);
    await page.waitForFunction("document.body.dataset.chartsReady === '5'", undefined, { timeout: 20_000 });

    // Each chart holds the report's data and has painted something on its canvas.
    const charts = (await page.evaluate(`(() => {
      const out = {};
      for (const id of ["latency", "bandwidth", "corrections", "rejections", "server"]) {
        const canvas = document.getElementById(id);
        const chart = Chart.getChart(canvas);
        const ctx = canvas.getContext("2d");
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        out[id] = {
          type: chart.config.type,
          points: chart.data.datasets.reduce((n, d) => n + d.data.length, 0),
          total: chart.data.datasets[0].data.reduce((s, v) => s + v, 0),
          painted,
          width: canvas.width,
        };
      }
      return out;
    })()`)) as Record<
      string,
      { type: string; points: number; total: number; painted: number; width: number }
    >;

    expect(charts.latency!.type).toBe("bar");
    expect(charts.latency!.total).toBe(report.ackLatencyMs.count);
    expect(charts.bandwidth!.points).toBe(2 * report.series.length);
    expect(charts.corrections!.points).toBe(report.series.length);
    // One bar per reject reason, stacked by strategy.
    expect(charts.rejections!.points).toBe(
      Object.keys(report.rejectedByReason).length * Object.keys(report.strategies).length,
    );
    expect(Object.keys(report.rejectedByReason).length).toBeGreaterThan(0);
    expect(charts.server!.points).toBe(3 * report.server!.samples.length);
    for (const [id, c] of Object.entries(charts)) {
      expect(c.width, id).toBeGreaterThan(100);
      expect(c.painted, id).toBeGreaterThan(1000);
    }

    // The figures table shows the run's numbers.
    const figures = await page.textContent("#figures");
    expect(figures).toContain(`${report.bots.joined} / ${report.bots.target}`);
    expect(figures).toContain(
      `${report.actions.sent} / ${report.actions.accepted} / ${report.actions.rejected}`,
    );

    // One row per room, with its match.
    expect(await page.locator("#rooms tr").count()).toBe(1 + report.rooms.length);

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, "bots-report.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
