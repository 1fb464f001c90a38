import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** A report file opened the way a tester or designer opens it: from disk, with no network. */
export interface OfflineReport {
  context: BrowserContext;
  page: Page;
  /** uncaught errors and console errors */
  errors: string[];
  /** every request that left file://: an offline report makes none */
  requests: string[];
}

/** Opens an HTML report from disk in an offline context and waits until it has drawn `charts` charts. */
export async function openOfflineReport(
  browser: Browser,
  file: string,
  charts: number,
): Promise<OfflineReport> {
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
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(`document.body.dataset.chartsReady === '${charts}'`, undefined, {
    timeout: 20_000,
  });
  return { context, page, errors, requests };
}

/** What one Chart.js chart holds, and how many pixels its canvas has painted. */
export interface ChartReading {
  type: string;
  datasets: number;
  /** the first dataset's values */
  first: Array<number | null>;
  /** values over all datasets */
  points: number;
  /** the sum of the first dataset's values */
  total: number;
  painted: number;
  width: number;
}

/** Reads the charts with these canvas ids from the page's Chart.js instances. */
export async function readCharts(page: Page, ids: readonly string[]): Promise<Record<string, ChartReading>> {
  return (await page.evaluate(`(() => {
    const out = {};
    for (const id of ${JSON.stringify(ids)}) {
      const canvas = document.getElementById(id);
      const chart = Chart.getChart(canvas);
      const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
      const first = chart.data.datasets[0].data;
      out[id] = {
        type: chart.config.type,
        datasets: chart.data.datasets.length,
        first,
        points: chart.data.datasets.reduce((n, d) => n + d.data.length, 0),
        total: first.reduce((s, v) => s + (v ?? 0), 0),
        painted,
        width: canvas.width,
      };
    }
    return out;
  })()`)) as Record<string, ChartReading>;
}
