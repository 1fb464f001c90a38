import type { Browser } from "playwright-core";
import type { GamePage } from "./browser.ts";

/**
 * Opens the client with its game script (the Phaser chunk) held back until
 * `release()`: a slow phone on a slow link, whose page joins a match before
 * its game can start.
 */
export async function openWithGameHeld(
  browser: Browser,
  httpUrl: string,
): Promise<GamePage & { release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.route(/phaser-game-[^/]*\.js$/, async (route) => {
    // Fetched now, delivered on release: slow to arrive, whatever happens to the server meanwhile.
    const response = await route.fetch();
    await released;
    await route.fulfill({ response }).catch(() => {}); // the page may be gone by then
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${httpUrl}/?debug=1`);
  await page.waitForSelector("#lobby-name");
  return { page, errors, release };
}
