import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotsReport } from "../../packages/client/src/bots/report.ts";
import { botsRun, runBotsCli } from "../bots/support/run-cli.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { ARTIFACTS_DIR, launchChromium } from "./support/browser.ts";
import { openOfflineReport, readCharts } from "./support/offline-report.ts";

// The bots' HTML report is a file a tester opens (or a CI artefact): it must
// work offline from file://, with Chart.js inline, and draw all its charts.

let server: ServerHandle;
let browser: Browser;
let reportDir: string;

beforeAll(async () => {
  server = await startServer();
  reportDir = mkdtempSync(join(tmpdir(), "octet-bots-report-"));
  // A short real soak run with chaos bots, so every chart has something to draw.
  const run = await runBotsCli(
    botsRun(
      server.url,
      1,
      6,
      "--strategy",
      "wanderer:2,trainer:1,chaos:1",
      "--latency",
      "20",
      "--jitter",
      "10",
      "--report",
      reportDir,
      "--soak",
    ),
  );
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
    const { context, page, errors, requests } = await openOfflineReport(
      browser,
      join(reportDir, "report.html"),
      5,
    );

    // Each chart holds the report's data and has painted something on its canvas.
    const charts = await readCharts(page, ["latency", "bandwidth", "corrections", "rejections", "server"]);

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
