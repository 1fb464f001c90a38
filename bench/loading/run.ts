// npm run bench:loading -- [--runs N] [--out FILE]
// How fast the lobby appears: first contentful paint, the lobby form on
// screen, and the bytes it took, in headless Chromium with a cold cache, with
// the precompressed assets (brotli) and, side by side, without compression,
// on loopback and on a throttled link (1.6 Mbit/s down, 150 ms RTT).
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../test/browser/support/browser.ts";
import { startServer } from "../../test/support/server-process.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";

const HELP = `Usage: npm run bench:loading -- [options]

  --runs N      cold-cache page loads per setting (default 5)
  --out FILE    JSON result path (default bench/results/loading-<time>.json)

Needs a built client (npm run build) and /usr/bin/chromium.
`;

interface Setting {
  name: string;
  compressed: boolean;
  /** CDP network throttling, or null for plain loopback */
  link: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const SLOW_LINK = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const SETTINGS: Setting[] = [
  { name: "loopback, brotli", compressed: true, link: null },
  { name: "loopback, uncompressed", compressed: false, link: null },
  { name: "1.6 Mbit/s 150 ms, brotli", compressed: true, link: SLOW_LINK },
  { name: "1.6 Mbit/s 150 ms, uncompressed", compressed: false, link: SLOW_LINK },
];

interface Load {
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  /** the lobby form is in the page (the client's performance mark "octet:lobby") */
  lobbyMs: number;
  /** bytes on the wire before the lobby showed (page, styles, lobby script) */
  lobbyBytes: number;
  /** the Phaser chunk, fetched after the lobby: when it finished, and its bytes */
  gameScriptDoneMs: number;
  gameScriptBytes: number;
}

/**
 * Runs in the page (as source text: the bench is compiled without DOM types).
 * Bytes are transferSize, what travelled, headers included.
 */
const MEASURE_IN_PAGE = `(() => {
  const lobbyAt = performance.getEntriesByName("octet:lobby")[0]?.startTime ?? NaN;
  const paint = (name) => performance.getEntriesByType("paint").find((p) => p.name === name)?.startTime ?? NaN;
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource");
  const game = res.find((r) => /phaser-game-/.test(r.name));
  const before = res.filter((r) => r.responseEnd <= lobbyAt && r !== game);
  return {
    firstPaintMs: paint("first-paint"),
    firstContentfulPaintMs: paint("first-contentful-paint"),
    lobbyMs: lobbyAt,
    lobbyBytes: nav.transferSize + before.reduce((a, r) => a + r.transferSize, 0),
    gameScriptDoneMs: game.responseEnd,
    gameScriptBytes: game.transferSize,
  };
})()`;

async function loadOnce(browser: Browser, url: string, s: Setting): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (!s.compressed)
      await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": "identity" } });
    if (s.link) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...s.link });
    await page.goto(url);
    await page.waitForSelector("#lobby-name", { state: "visible" });
    await page.waitForFunction(
      `performance.getEntriesByType("resource").some((r) => /phaser-game-/.test(r.name))`,
      undefined,
      { timeout: 120_000, polling: 100 },
    );
    return (await page.evaluate(MEASURE_IN_PAGE)) as Load;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const values = benchArgs(HELP, { runs: "5" });
  if (!values) return;
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error("--runs must be an integer 1-50");
  progress("starting server");
  const server = await startServer();
  const browser = await launchBrowser();
  const results: Array<{ setting: string; runs: Load[]; median: Load }> = [];
  try {
    for (const s of SETTINGS) {
      progress(`${s.name}: ${runs} cold loads`);
      const loads: Load[] = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, `${server.httpUrl}/`, s));
      const med = Object.fromEntries(
        (Object.keys(loads[0]!) as Array<keyof Load>).map((k) => [k, median(loads.map((l) => l[k]))]),
      ) as unknown as Load;
      results.push({ setting: s.name, runs: loads, median: med });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const kb = (b: number) => `${fmt(b / 1024)} KB`;
  const ms = (v: number) => `${Math.round(v)} ms`;
  const table = markdownTable(
    [
      "setting (median of runs)",
      "first contentful paint",
      "lobby on screen",
      "lobby bytes",
      "game script",
      "game script bytes",
    ],
    results.map((r) => [
      r.setting,
      ms(r.median.firstContentfulPaintMs),
      ms(r.median.lobbyMs),
      kb(r.median.lobbyBytes),
      `done at ${ms(r.median.gameScriptDoneMs)}`,
      kb(r.median.gameScriptBytes),
    ]),
  );
  process.stdout.write(`${table}\n`);
  const file = writeResult("loading", { runs, settings: SETTINGS, results }, values.out);
  process.stdout.write(`\nJSON: ${file}\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
