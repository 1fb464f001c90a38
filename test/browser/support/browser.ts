import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import type { OctetDebug } from "../../../packages/client/src/game/debug-types.ts";
import { chromiumLaunch } from "../../support/chromium.ts";
import { REPO_ROOT } from "../../support/server-process.ts";

export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts", "browser");

/** Starts headless Chromium for the game; the built client must exist, since the server under test serves it. */
export async function launchBrowser(): Promise<Browser> {
  const index = join(REPO_ROOT, "packages", "client", "dist", "index.html");
  if (!existsSync(index))
    throw new Error(`the browser client is not built (${index}): run \`npm run build\` first`);
  return launchChromium();
}

/** Starts headless Chromium (from npm, or CHROMIUM_PATH): see test/support/chromium.ts. */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await chromiumLaunch();
  return chromium.launch({ executablePath, args });
}

export interface GamePage {
  page: Page;
  /** uncaught errors and console errors the page reported */
  errors: string[];
}

/**
 * Opens the built client (served by the server or a proxy in front of it) in
 * a fresh browser context, with the read-only debug hook on.
 */
export async function openGame(
  browser: Browser,
  baseUrl: string,
  query = "",
  contextOptions: BrowserContextOptions = {},
): Promise<GamePage> {
  const game = await openPage(browser, `${baseUrl}/?debug=1${query}`, contextOptions);
  await game.page.waitForSelector("#lobby-name");
  return game;
}

/** Opens any page of the client (the lobby, a replay) in a fresh context, collecting its errors. */
export async function openPage(
  browser: Browser,
  url: string,
  contextOptions: BrowserContextOptions = {},
): Promise<GamePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...contextOptions });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // The favicon 404 and software-GL performance notes are not the client's errors.
    if (m.type() === "error" && !/favicon|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

export type JoinHow = "quick" | "create" | { code: string };

/** Fills the lobby form and presses the button for `how`. */
export async function joinFromLobby(page: Page, name: string, how: JoinHow): Promise<void> {
  await page.fill("#lobby-name", name);
  if (how === "quick") await page.click("#quick-match");
  else if (how === "create") await page.click("#create-private");
  else {
    await page.fill("#lobby-code", how.code);
    await page.click("#join-code");
  }
}

/**
 * Runs `fn` on the page's debug hook (window.__octet) and returns its result.
 * `fn` is sent as source text: it must not use anything from the test's
 * scope; pass what it needs as `arg` (JSON).
 */
export function octet<T, A = undefined>(page: Page, fn: (o: OctetDebug, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    `(${fn.toString()})(globalThis.__octet, ${JSON.stringify(arg ?? null)})`,
  ) as Promise<T>;
}

/**
 * Waits until `fn` on the page's debug hook returns something truthy. The
 * default wait is long because a join waits for the page's Phaser game to
 * boot in software WebGL: over 20 s once in a CI run, three pages on two busy cores.
 */
export async function waitForOctet<A = undefined>(
  page: Page,
  fn: (o: OctetDebug, arg: A) => unknown,
  arg?: A,
  timeoutMs = 45_000,
): Promise<void> {
  const src = `globalThis.__octet && (${fn.toString()})(globalThis.__octet, ${JSON.stringify(arg ?? null)})`;
  await page.waitForFunction(src, undefined, { timeout: timeoutMs, polling: 50 });
}

/** Saves a screenshot under test-artifacts/browser/ (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
