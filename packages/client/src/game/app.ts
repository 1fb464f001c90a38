import { CloseCodes, Reject } from "@octet/shared/protocol";
import { MatchPhase } from "@octet/shared/sim";
import type Phaser from "phaser";
import { joinMatch } from "../lobby/join.ts";
import { describeJoinError, type JoinChoice } from "../lobby/join-errors.ts";
import { Lobby } from "../lobby/lobby.ts";
import { WaitingRoom } from "../lobby/waiting-room.ts";
import type { MatchConnection } from "../net/index.ts";
import type { Screen } from "./debug-types.ts";
import { Hud } from "./hud.ts";
import { MATCH_SCENE, MatchScene, type MatchSceneData } from "./match-scene.ts";
import { createGame } from "./phaser-game.ts";
import { ReconnectBanner } from "./reconnect-banner.ts";
import { type RankRow, ResultsScreen } from "./results.ts";

/** Everything that exists only while the player is in a match. */
interface Session {
  conn: MatchConnection;
  scene: MatchScene | null;
  hud: Hud;
  banner: ReconnectBanner;
  waiting: WaitingRoom | null;
  results: ResultsScreen | null;
  off: Array<() => void>;
  /** the room id when it is a private match's code */
  code: string | null;
  lastPatchAt: number;
  lastPatchFrame: number;
}

/** Rejections a player can act on (the rest are the client's own races, e.g. a move while dead). */
const TOLD_REJECTIONS: ReadonlySet<number> = new Set([
  Reject.InsufficientGold,
  Reject.UnitLimit,
  Reject.InvalidTarget,
]);

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const LEAVE_MESSAGES: Record<number, string> = {
  [CloseCodes.MatchOver]: "The match is over.",
  [CloseCodes.ServerShutdown]: "The server is restarting. Join again in a moment.",
  [CloseCodes.Flooding]: "Disconnected: too many messages.",
  [CloseCodes.Abuse]: "Disconnected: the server refused this client's messages.",
};

/**
 * The browser client's screens: lobby -> waiting room -> match -> results,
 * and the reconnect banner in between. It joins through net/ and hands the
 * connection to the Phaser match scene; it holds no game rules.
 */
export class App {
  readonly serverUrl: string;
  screen: Screen = "lobby";
  /** set by the debug hook: the match scene keeps a log of its frames */
  debug = false;
  session: Session | null = null;
  private readonly ui: HTMLElement;
  private readonly gameParent: HTMLElement;
  private readonly lobby: Lobby;
  private game: Phaser.Game | null = null;
  private gameReady: Promise<Phaser.Game> | null = null;

  constructor(ui: HTMLElement, gameParent: HTMLElement, serverUrl: string) {
    this.ui = ui;
    this.gameParent = gameParent;
    this.serverUrl = serverUrl;
    this.lobby = new Lobby(ui, { onJoin: (name, choice) => this.join(name, choice) });
  }

  start(): void {
    this.showLobby("");
  }

  private showLobby(message: string): void {
    this.screen = "lobby";
    this.gameParent.classList.add("idle");
    this.lobby.show(message);
  }

  private async join(name: string, choice: JoinChoice): Promise<void> {
    let conn: MatchConnection;
    try {
      conn = await joinMatch(this.serverUrl, name, choice);
    } catch (err) {
      throw new Error(describeJoinError(err, choice, this.serverUrl));
    }
    await this.enter(
      conn,
      choice.mode === "create" ? conn.room.roomId : choice.mode === "code" ? choice.code : null,
    );
  }

  private async enter(conn: MatchConnection, code: string | null): Promise<void> {
    this.lobby.hide();
    const game = await this.ensureGame();
    this.gameParent.classList.remove("idle");
    const s: Session = {
      conn,
      scene: null,
      hud: new Hud(this.ui, conn, (kind) => s.scene?.controls.train(kind)),
      banner: new ReconnectBanner(this.ui, () => this.leave("")),
      waiting: null,
      results: null,
      off: [],
      code,
      lastPatchAt: 0,
      lastPatchFrame: 0,
    };
    this.session = s;
    if (conn.state.phase === MatchPhase.Waiting)
      s.waiting = new WaitingRoom(this.ui, conn, code, () => this.leave(""));
    this.screen = conn.state.phase === MatchPhase.Waiting ? "waiting" : "match";
    s.off.push(
      conn.on("patch", () => {
        s.lastPatchAt = performance.now();
        s.lastPatchFrame = s.scene?.frame ?? 0;
      }),
      conn.on("reconnecting", (deadline) => s.banner.reconnecting(deadline)),
      conn.on("reconnected", () => s.banner.reconnected()),
      conn.on("seatLost", (reason) => {
        this.screen = "lost";
        s.banner.lost(reason);
      }),
      conn.on("matchEnd", (e) => this.showResults(s, e)),
      conn.on("kills", (e) => {
        const me = conn.playerId;
        if (e.kills.some((k) => k.victimOwner === me && k.victimKind === 0))
          s.hud.showNotice(`Your commander fell. Back in ${conn.rules.commander.respawnSeconds} s`);
      }),
      // The server's word on an order or a training request the player should hear about.
      conn.on("result", (r) => {
        if (!r.accepted && TOLD_REJECTIONS.has(r.reason)) s.hud.showNotice(capitalize(r.detail));
      }),
      conn.on("leave", (code, reason) => this.onLeave(s, code, reason)),
    );
    const data: MatchSceneData = {
      conn,
      onFrame: (scene, now) => this.onFrame(s, scene, now),
      onNotice: (text) => s.hud.showNotice(text),
      recordFrames: this.debug,
    };
    game.scene.add(MATCH_SCENE, MatchScene, true, data);
    s.scene = game.scene.getScene(MATCH_SCENE) as MatchScene;
  }

  private onFrame(s: Session, scene: MatchScene, now: number): void {
    const conn = s.conn;
    if (s.waiting) {
      if (conn.state.phase === MatchPhase.Waiting) s.waiting.update(conn);
      else {
        s.waiting.destroy();
        s.waiting = null;
        if (this.screen === "waiting") this.screen = "match";
      }
    }
    s.hud.update(conn, scene.game.loop.actualFps, now);
  }

  private showResults(s: Session, e: { reason: string; ranking: RankRow[] }): void {
    if (s.results) return;
    this.screen = "results";
    s.waiting?.destroy();
    s.waiting = null;
    s.results = new ResultsScreen(this.ui, e, s.conn.playerId, {
      playAgain: () => {
        this.teardown();
        // Through the lobby, so the player sees "Finding a match…" and any error.
        this.showLobby("");
        this.lobby.quickMatch();
      },
      lobby: () => this.leave(""),
    });
  }

  private onLeave(s: Session, code: number, reason?: string): void {
    if (this.session !== s) return;
    // After the results or a lost seat the screen already says what happened.
    if (this.screen === "results" || this.screen === "lost") return;
    this.teardown();
    this.showLobby(LEAVE_MESSAGES[code] ?? `Disconnected from the match${reason ? ` (${reason})` : ""}.`);
  }

  /** Leaves the match (if still in one) and goes back to the lobby. */
  leave(message: string): void {
    const s = this.session;
    if (s) void s.conn.leave().catch(() => {});
    this.teardown();
    this.showLobby(message);
  }

  private teardown(): void {
    const s = this.session;
    if (!s) return;
    this.session = null;
    for (const off of s.off) off();
    s.hud.destroy();
    s.banner.destroy();
    s.waiting?.destroy();
    s.results?.destroy();
    if (this.game?.scene.getScene(MATCH_SCENE)) this.game.scene.remove(MATCH_SCENE);
    if (s.conn.room.connection.isOpen) void s.conn.leave().catch(() => {});
  }

  private ensureGame(): Promise<Phaser.Game> {
    if (this.gameReady) return this.gameReady;
    this.gameReady = createGame(this.gameParent).then((game) => {
      this.game = game;
      return game;
    });
    return this.gameReady;
  }
}
