// Types of the read-only debug hook (window.__octet, installed with ?debug in
// the URL). Kept free of DOM and Phaser types so Node-side tests and
// benchmarks can import them.

import type { Phase, PublicEntity } from "@octet/shared/sim";

export type Screen = "lobby" | "waiting" | "match" | "results" | "lost";

/** One rendered frame's client CPU cost, in ms. */
export interface FrameCost {
  frame: number;
  /** net/: decoding, prediction and interpolation bookkeeping for messages since the last frame */
  netMs: number;
  /** the scene's update: input, positions, sprites, fog, minimap, HUD */
  updateMs: number;
  /** updateMs by part, in UPDATE_PARTS order */
  parts: number[];
}

/**
 * The parts of the scene's update, in the order they run; then, not part of
 * the sum, the combat effects' own work (hits during "entities", kills during
 * net) and the sound cues within it.
 */
export const UPDATE_PARTS = [
  "interpolation",
  "input",
  "entities",
  "camera+fog",
  "minimap",
  "hud",
  "(effects: hits + kills)",
  "(of which sound cues)",
] as const;

/** What was on screen after a frame was drawn. */
export interface FrameRecord {
  frame: number;
  /** performance.now() when the frame finished drawing */
  at: number;
  /** patches received before this frame was drawn */
  patches: number;
  /** highest action seq the server had acknowledged when this frame was drawn */
  ackSeq: number;
  /** seq of the newest commanderMove sent before this frame */
  lastMoveSeq: number;
  /** own commander where it was drawn, in world and screen coordinates */
  world: { x: number; y: number } | null;
  screen: { x: number; y: number } | null;
}

export interface DebugEntity extends Omit<PublicEntity, "gold"> {
  mine: boolean;
}

export interface OctetDebug {
  readonly screen: Screen;
  /** frames the match scene has rendered */
  readonly frame: number;
  /** performance.now() when the newest state patch arrived, and the scene's frame count then */
  readonly lastServerPatchAt: number;
  readonly lastServerPatchFrame: number;
  readonly playerId: string | null;
  readonly roomId: string | null;
  /** the match phase by name (the wire carries a MatchPhase code) */
  readonly phase: Phase | null;
  /** the reconnect banner's text, "" when hidden */
  readonly banner: string;
  /** own commander where it was drawn in the last frame (screen pixels / world units) */
  commanderScreen(): { x: number; y: number } | null;
  commanderWorld(): { x: number; y: number } | null;
  /** the newest rendered frames, oldest first */
  frames(): FrameRecord[];
  /** entities drawn in the last frame */
  entities(): DebugEntity[];
  /** ids of the selected own units */
  selected(): number[];
  /** net/ health figures (MatchConnection.stats) */
  stats(): Record<string, number> | null;
  /** the match camera: the world point at the screen's centre, zoom, and whether it follows the commander */
  camera(): { x: number; y: number; zoom: number; mode: "follow" | "free" } | null;
  /** combat effect sprites and floating numbers alive now */
  effects(): number;
  /** client CPU per frame (net + update), for frames after `afterFrame` */
  frameCosts(afterFrame?: number): FrameCost[];
}

/** How tests reach the hook from page.evaluate: `(globalThis as unknown as OctetGlobal).__octet`. */
export interface OctetGlobal {
  __octet?: OctetDebug;
}
