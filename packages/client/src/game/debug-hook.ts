import { phaseName } from "@octet/shared/sim";
import type { App } from "./app.ts";
import type { OctetDebug } from "./debug-types.ts";

declare global {
  interface Window {
    __octet?: OctetDebug;
  }
}

/** Installs window.__octet: a read-only view of the client for tests and benchmarks. */
export function installDebugHook(app: App): void {
  app.debug = true;
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
      const code = app.session?.conn.state.phase;
      return code === undefined ? null : (phaseName(code) ?? null);
    },
    get banner() {
      const el = document.getElementById("reconnect-banner");
      return el && !el.hidden ? (document.getElementById("reconnect-text")?.textContent ?? "") : "";
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
        hp: e.hp,
        mine: e.mine,
      }));
    },
    selected() {
      return [...(scene()?.entities.selected ?? [])];
    },
    stats() {
      const stats = app.session?.conn.stats;
      if (!stats) return null;
      // The numbers only: rejections by reason are a map, and the hook's figures are flat.
      const { rejectedByReason: _, ...numbers } = stats;
      return { ...numbers, soundsPlayed: app.sound.played, soundNotes: app.sound.notes };
    },
    camera() {
      const rig = scene()?.rig;
      return rig ? { ...rig.center, zoom: rig.zoom, mode: rig.mode } : null;
    },
    effects() {
      return scene()?.effects.count ?? 0;
    },
    frameCosts(afterFrame = 0) {
      return scene()?.meter.since(afterFrame) ?? [];
    },
  };
  Object.defineProperty(window, "__octet", { value: Object.freeze(hook), configurable: false });
}
