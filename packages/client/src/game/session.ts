import type { WaitingRoom } from "../lobby/waiting-room.ts";
import type { MatchConnection } from "../net/index.ts";
import type { Hud } from "./hud.ts";
import type { MatchOverlays } from "./match-overlays.ts";
import type { MatchScene } from "./match-scene.ts";
import type { ReconnectBanner } from "./reconnect-banner.ts";
import type { ResultsScreen } from "./results.ts";

/** Everything that exists only while the player is in a match (the App's screens build it). */
export interface Session {
  conn: MatchConnection;
  scene: MatchScene | null;
  hud: Hud;
  overlays: MatchOverlays;
  banner: ReconnectBanner;
  waiting: WaitingRoom | null;
  results: ResultsScreen | null;
  off: Array<() => void>;
  /** the room id when it is a private match's code */
  code: string | null;
  lastPatchAt: number;
  lastPatchFrame: number;
}
