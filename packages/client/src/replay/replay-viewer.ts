import "./replay-viewer.css";
import {
  type MatchRecord,
  RecordError,
  readRecord,
  type VerifyResult,
  verifyRecord,
} from "@octet/shared/record";
import { createGame } from "../game/phaser-game.ts";
import { h } from "../lobby/dom.ts";
import { ReplayControls } from "./replay-controls.ts";
import { ReplayModel } from "./replay-model.ts";
import { REPLAY_SCENE, ReplayScene, type ReplaySceneData, type ReplayView } from "./replay-scene.ts";

/** window.__octetReplay with ?debug: what tests and benchmarks read and drive. */
export interface ReplayDebug {
  readonly tick: number;
  readonly lastTick: number;
  readonly playing: boolean;
  /** a live match's record still arriving (a spectator's) */
  readonly live: boolean;
  /** entities and players in the replayed world at this tick (a spectator's: the whole map) */
  readonly entities: number;
  readonly players: number;
  /** frames drawn per second (Phaser's count) */
  readonly fps: number;
  readonly view: Readonly<ReplayView>;
  set(view: Partial<ReplayView>): void;
  seek(tick: number): void;
  /** fetches records and re-simulates them in this page's engine */
  verify(urls: string[]): Promise<Array<VerifyResult & { url: string }>>;
}

declare global {
  interface Window {
    __octetReplay?: ReplayDebug;
  }
}

/** The server's HTTP origin for its ws:// address. */
export function httpOrigin(serverUrl: string): string {
  return serverUrl.replace(/^ws(s?):/, "http$1:");
}

async function fetchRecord(url: string): Promise<MatchRecord> {
  const res = await fetch(url);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `the server answered ${res.status}`);
  }
  return readRecord(new Uint8Array(await res.arrayBuffer()));
}

/**
 * /?replay=<matchId> (the server redirects /replay/<id> here): fetches the
 * record once and plays it with the shared sim in the page. Nothing else
 * comes from the server.
 */
export async function startReplayViewer(
  ui: HTMLElement,
  gameParent: HTMLElement,
  serverUrl: string,
  matchId: string,
  debug: boolean,
): Promise<void> {
  const origin = httpOrigin(serverUrl);
  const status = h(
    "section",
    { id: "replay-status", class: "panel" },
    h("p", {}, `Loading the record of ${matchId}…`),
  );
  ui.append(status);
  let record: MatchRecord;
  try {
    record = await fetchRecord(`${origin}/replays/${encodeURIComponent(matchId)}`);
  } catch (err) {
    const why =
      err instanceof RecordError ? `the record cannot be read: ${err.message}` : (err as Error).message;
    status.replaceChildren(
      h("h2", {}, "No replay"),
      h("p", { id: "replay-error", class: "error" }, `Match ${matchId}: ${why}.`),
      h("a", { href: "./" }, "Back to the lobby"),
    );
    return;
  }
  status.remove();
  const when = new Date(record.header.startTimeMs).toLocaleString();
  await mountViewer({
    ui,
    gameParent,
    model: new ReplayModel(record),
    title: `Replay of ${matchId}, ${when}`,
    origin,
    debug,
  });
}

export interface ViewerParts {
  ui: HTMLElement;
  gameParent: HTMLElement;
  model: ReplayModel;
  title: string;
  /** the server's HTTP origin (the debug hook's verify fetches from it) */
  origin: string;
  debug: boolean;
}

/** The viewer on a model: its controls, the Phaser scene, the debug hook with ?debug. */
export async function mountViewer(p: ViewerParts): Promise<ReplayControls> {
  const { model } = p;
  const view: ReplayView = { playing: true, speed: 1, follow: null, fogOf: null };
  const controls = new ReplayControls(p.ui, model, view, p.title);
  p.gameParent.classList.remove("idle"); // the page starts with the game area hidden, for the lobby
  const game = await createGame(p.gameParent);
  const data: ReplaySceneData = { model, view, onFrame: () => controls.update() };
  game.scene.add(REPLAY_SCENE, ReplayScene, true, data);
  if (p.debug) installReplayDebug(model, view, p.origin, () => game.loop.actualFps);
  return controls;
}

function installReplayDebug(model: ReplayModel, view: ReplayView, origin: string, fps: () => number): void {
  const hook: ReplayDebug = {
    get tick() {
      return model.tick;
    },
    get lastTick() {
      return model.lastTick;
    },
    get playing() {
      return view.playing;
    },
    get live() {
      return model.live;
    },
    get entities() {
      return model.world.entities.size;
    },
    get players() {
      return model.world.players.size;
    },
    get fps() {
      return fps();
    },
    get view() {
      return { ...view };
    },
    set(v) {
      Object.assign(view, v);
    },
    seek(tick) {
      model.seek(tick);
    },
    async verify(urls) {
      const out: Array<VerifyResult & { url: string }> = [];
      for (const url of urls)
        out.push({ url, ...verifyRecord(await fetchRecord(new URL(url, origin).toString())) });
      return out;
    },
  };
  Object.defineProperty(window, "__octetReplay", { value: Object.freeze(hook), configurable: false });
}
