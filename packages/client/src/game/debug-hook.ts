import type { App, Screen } from "./app.ts";
import type { FrameCost } from "./frame-cost.ts";
import type { FrameRecord } from "./match-scene.ts";

/** Read-only view of the client for tests and benchmarks (installed with ?debug in the URL). */
export interface OctetDebug {
  readonly screen: Screen;
  /** frames the match scene has rendered */
  readonly frame: number;
  /** performance.now() when the newest state patch arrived, and the scene's frame count then */
  readonly lastServerPatchAt: number;
  readonly lastServerPatchFrame: number;
  readonly playerId: string | null;
  readonly roomId: string | null;
  readonly phase: number | null;
  /** the reconnect banner's text, "" when hidden */
  readonly banner: string;
  /** own commander where it was drawn in the last frame (screen pixels / world units) */
  commanderScreen(): { x: number; y: number } | null;
  commanderWorld(): { x: number; y: number } | null;
  /** the newest rendered frames, oldest first */
  frames(): FrameRecord[];
  /** entities drawn in the last frame */
  entities(): Array<{ id: number; kind: number; owner: string; x: number; y: number; mine: boolean }>;
  /** net/ health figures */
  stats(): Record<string, number> | null;
  /** client CPU per frame (net + update), for frames after `afterFrame` */
  frameCosts(afterFrame?: number): FrameCost[];
}

declare global {
  interface Window {
    __octet?: OctetDebug;
  }
}

export function installDebugHook(app: App): void {
  const scene = () => app.session?.scene ?? null;
  const hook: OctetDebug = {
    get screen() {
      return app.screen;
    },
    get frame() {
      return scene()?.frame ?? 0;
    },
    get lastServerPatchAt() {
      return app.session?.lastPatchAt ?? 0;
    },
    get lastServerPatchFrame() {
      return app.session?.lastPatchFrame ?? 0;
    },
    get playerId() {
      return app.session?.conn.playerId ?? null;
    },
    get roomId() {
      return app.session?.conn.room.roomId ?? null;
    },
    get phase() {
      return app.session?.conn.state.phase ?? null;
    },
    get banner() {
      const el = document.getElementById("reconnect-banner");
      return el && !el.hidden ? (el.textContent ?? "") : "";
    },
    commanderScreen() {
      const f = scene()?.frames.at(-1);
      return f?.screen ? { ...f.screen } : null;
    },
    commanderWorld() {
      const f = scene()?.frames.at(-1);
      return f?.world ? { ...f.world } : null;
    },
    frames() {
      return (scene()?.frames ?? []).map((f) => ({ ...f }));
    },
    entities() {
      const s = scene();
      if (!s) return [];
      return [...s.entities.all].map((e) => ({
        id: e.id,
        kind: e.kind,
        owner: e.owner,
        x: e.x,
        y: e.y,
        mine: e.mine,
      }));
    },
    stats() {
      const conn = app.session?.conn;
      return conn ? { ...conn.stats } : null;
    },
    frameCosts(afterFrame = 0) {
      return scene()?.meter.since(afterFrame) ?? [];
    },
  };
  Object.defineProperty(window, "__octet", { value: Object.freeze(hook), configurable: false });
}
