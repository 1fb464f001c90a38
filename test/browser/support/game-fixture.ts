import type { Browser, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type LinkProxy, startLinkProxy } from "../../support/link-proxy.ts";
import { type ServerHandle, type StartOptions, startServer } from "../../support/server-process.ts";
import { type GamePage, joinFromLobby, launchBrowser, openGame, waitForOctet } from "./browser.ts";

/** What a browser test of the game works with; filled in by the describe block's beforeAll. */
export interface GameFixture {
  readonly server: ServerHandle;
  readonly browser: Browser;
  /** the link proxy between pages and server (only with `proxy: true`) */
  readonly proxy: LinkProxy;
  /** Opens the built client in a fresh context (a phone's, say), through the proxy when there is one. */
  open(query?: string, contextOptions?: BrowserContextOptions): Promise<GamePage>;
  /** Opens a page and quick-joins as `name`; resolves once its match plays and its commander is drawn. */
  play(name: string): Promise<GamePage>;
  /** Opens two pages and quick-joins them one after the other, into the first one's room. */
  joinPair(first: string, second: string): Promise<[GamePage, GamePage]>;
}

/**
 * The setup every game test in Chromium shares, registered as the enclosing
 * block's beforeAll/afterAll: a server with `server` options, a link proxy in
 * front of it when asked, and headless Chromium; all stopped afterwards.
 */
export function useGame(opts: StartOptions & { proxy?: boolean } = {}): GameFixture {
  let server: ServerHandle | undefined;
  let proxy: LinkProxy | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const { proxy: withProxy, ...serverOptions } = opts;
    server = await startServer(serverOptions);
    if (withProxy) proxy = await startLinkProxy({ host: "127.0.0.1", port: server.port });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.stop();
  });
  const need = <T>(what: string, v: T | undefined): T => {
    if (v === undefined) throw new Error(`the game fixture has no ${what} (not started, or not asked for)`);
    return v;
  };
  const open = (query = "", contextOptions: BrowserContextOptions = {}): Promise<GamePage> => {
    const url = proxy ? proxy.httpUrl : need("server", server).httpUrl;
    return openGame(need("browser", browser), url, query, contextOptions);
  };
  return {
    get server() {
      return need("server", server);
    },
    get browser() {
      return need("browser", browser);
    },
    get proxy() {
      return need("proxy", proxy);
    },
    open,
    async play(name) {
      const game = await open();
      await joinFromLobby(game.page, name, "quick");
      await waitForOctet(game.page, (o) => o.phase === "playing" && o.commanderWorld() !== null);
      return game;
    },
    async joinPair(first, second) {
      const a = await open();
      const b = await open();
      await joinFromLobby(a.page, first, "quick");
      // The first one's room exists before the second looks for a quick match.
      await waitForOctet(a.page, (o) => o.roomId !== null);
      await joinFromLobby(b.page, second, "quick");
      return [a, b];
    },
  };
}
