import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { runBotsCli } from "../bots/support/run-cli.ts";
import { fetchRecord, listRecords } from "../support/records.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { launchBrowser, openPage, screenshot } from "./support/browser.ts";

// Bot matches recorded by a real server, then replayed by the page's own V8.
let server: ServerHandle;
let browser: Browser;
let ended: string[] = [];

beforeAll(async () => {
  server = await startServer({
    rules: { players: { lobbyWaitSeconds: 0 }, match: { durationSeconds: 10, endGraceSeconds: 1 } },
  });
  const run = await runBotsCli(
    // Twice the match's length: a server slowed by a busy machine still gets to the end by time.
    ["--url", server.url, "--rooms", "1", "--duration", "20", "--private"],
    60_000,
  );
  if (run.code !== 0) throw new Error(`bots failed: ${run.stderr}`);
  ended = (await listRecords(server.httpUrl)).filter((m) => m.endReason === "time").map((m) => m.matchId);
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openReplay(id: string): Promise<{ page: Page; errors: string[] }> {
  // The link players share: /replay/<id> (the server sends the page to /?replay=<id>).
  const { page, errors } = await openPage(browser, `${server.httpUrl}/replay/${id}?debug=1`);
  await page.waitForFunction("window.__octetReplay !== undefined", undefined, { timeout: 20_000 });
  return { page, errors };
}

// The page's code runs as source text: the tests' tsconfig has no DOM types.
const replay = <T>(page: Page, expr: string) => page.evaluate(expr) as Promise<T>;
const waitForTick = (page: Page, above: number) =>
  page.waitForFunction(`window.__octetReplay.tick > ${above}`, undefined, { timeout: 20_000 });
/** Sets a control's value and fires the event a user's input does ("input" for the timeline, "change" for a select). */
const setControl = (page: Page, selector: string, value: string | number, event: "input" | "change") =>
  replay(
    page,
    `(() => { const i = document.querySelector(${JSON.stringify(selector)}); i.value = ${JSON.stringify(String(value))}; i.dispatchEvent(new Event("${event}", { bubbles: true })); })()`,
  );
const scrub = (page: Page, tick: number) => setControl(page, "#replay-time", tick, "input");

interface BrowserVerify {
  url: string;
  ok: boolean;
  ticks: number;
  hashesChecked: number;
  mismatch: unknown;
  error: string | null;
}

describe("replays in Chromium", () => {
  it("re-simulates every record in the browser's engine with the same hashes as Node", async () => {
    expect(ended.length).toBeGreaterThanOrEqual(1);
    const { page, errors } = await openReplay(ended[0]!);
    const urls = ended.map((id) => `/replays/${id}`);
    const results = await replay<BrowserVerify[]>(
      page,
      `window.__octetReplay.verify(${JSON.stringify(urls)})`,
    );
    let guards = 0;
    for (const id of ended) {
      const record = readRecord(await fetchRecord(server.httpUrl, id));
      // The trainers' guard orders are in it: Chromium replays the guard logic too.
      guards += record.ticks.flatMap((t) => t.actions).filter((a) => a.action.kind === "guard").length;
      const node = verifyRecord(record);
      const browserResult = results.find((r) => r.url === `/replays/${id}`)!;
      expect(browserResult).toMatchObject({ ok: true, mismatch: null, error: null });
      expect(browserResult.ticks).toBe(node.ticks);
      expect(browserResult.hashesChecked).toBe(node.hashesChecked);
      expect(browserResult.hashesChecked).toBeGreaterThan(5);
    }
    expect(guards).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("plays a record, scrubs to the middle and back, follows a player, draws one player's fog", async () => {
    const { page, errors } = await openReplay(ended[0]!);
    const last = await replay<number>(page, "window.__octetReplay.lastTick");
    expect(last).toBeGreaterThan(50);
    // It plays on its own (at half speed, so it is still playing when we pause it).
    await setControl(page, "#replay-speed", "0.5", "change");
    await waitForTick(page, 20);
    // The map is on screen (not the hidden game area of the lobby page).
    expect(await page.isVisible("#game canvas")).toBe(true);
    await screenshot(page, "replay-playing");

    // Pause, then scrub with the timeline to the middle and back to the start.
    await page.click("#replay-play");
    expect(await replay<boolean>(page, "window.__octetReplay.playing")).toBe(false);
    const middle = Math.floor(last / 2);
    await scrub(page, middle);
    expect(await replay<number>(page, "window.__octetReplay.tick")).toBe(middle);
    await page.waitForTimeout(300);
    await screenshot(page, "replay-middle");
    await scrub(page, 5);
    expect(await replay<number>(page, "window.__octetReplay.tick")).toBe(5);

    // Follow one player with its fog of war drawn, at 4x.
    const options = await replay<string[]>(
      page,
      `[...document.querySelectorAll("#replay-follow option")].map((o) => o.value)`,
    );
    expect(options.length).toBe(9);
    await setControl(page, "#replay-follow", options[3]!, "change");
    await setControl(page, "#replay-fog", options[3]!, "change");
    await setControl(page, "#replay-speed", "4", "change");
    await page.click("#replay-play");
    const view = await replay<{ follow: string; fogOf: string; speed: number }>(
      page,
      "window.__octetReplay.view",
    );
    expect(view).toMatchObject({ follow: options[3], fogOf: options[3], speed: 4 });
    await waitForTick(page, middle);
    await screenshot(page, "replay-follow-fog");
    expect(errors).toEqual([]);
  });

  it("says so when there is no such record", async () => {
    const { page } = await openPage(browser, `${server.httpUrl}/replay/nosuchmatch`);
    await page.waitForSelector("#replay-error");
    expect(await page.textContent("#replay-error")).toContain("no record of that match here");
  });
});
