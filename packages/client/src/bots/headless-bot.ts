import { type BotActions, BotBrain, brainContext } from "@octet/shared/bots";
import { CloseCodes } from "@octet/shared/protocol";
import { MatchPhase, nextRandom, seedFrom } from "@octet/shared/sim";
import type { MatchConnection } from "../net/connection.ts";
import { ConnectionView } from "./connection-view.ts";
import type { DelaySpec } from "./delay-line.ts";
import type { LatencyHistogram } from "./latency-histogram.ts";
import { delayLink } from "./link-delay.ts";
import type { BotRecord } from "./report.ts";
import { STRATEGIES } from "./strategies/index.ts";
import type { NetBotContext } from "./strategies/strategy.ts";

/** A bot keeps this many error messages; the rest are only counted. */
const MAX_ERROR_MESSAGES = 20;

export interface BotSetup {
  name: string;
  strategy: string;
  seed: number;
  link: DelaySpec;
  /** joins a match; `previousRoomId` is the room whose match just ended ("" at first) */
  join(name: string, previousRoomId: string): Promise<MatchConnection>;
  /** where this bot's accepted actions' input -> ack times go (shared per strategy) */
  latency: LatencyHistogram;
}

type Counted =
  | "sent"
  | "accepted"
  | "rejected"
  | "lost"
  | "bytesReceived"
  | "messagesReceived"
  | "corrections";
type Counted2 = "snaps" | "drops" | "reconnects";

/**
 * One headless player: joins, runs its strategy once per server tick on top
 * of MatchConnection (the browser's prediction code), times every action from
 * send to acknowledgement, and records what happened to it. When its match
 * ends it joins the next one, so long runs keep their load.
 *
 * It thinks when a patch arrives (one per server tick), not on a timer of its
 * own, and numbers its ticks by the server's: with the same --seed against a
 * server with the same seed, its choices fall on the same ticks in every run.
 */
export class HeadlessBot {
  readonly name: string;
  readonly strategyName: string;
  readonly honest: boolean;
  conn: MatchConnection | null = null;
  private readonly setup: BotSetup;
  private readonly brain: BotBrain<NetBotContext>;
  /** the link delay's jitter: its own stream, so delays do not shift the strategy's choices */
  private readonly linkRng: { rng: number };
  /** totals of the connections this bot had before the current one */
  private readonly past: Pick<BotRecord, Counted | Counted2> & { rejectedByReason: Record<string, number> } =
    {
      sent: 0,
      accepted: 0,
      rejected: 0,
      lost: 0,
      bytesReceived: 0,
      messagesReceived: 0,
      corrections: 0,
      snaps: 0,
      drops: 0,
      reconnects: 0,
      rejectedByReason: {},
    };
  private correctionMax = 0;
  private readonly roomIds: string[] = [];
  private joinMs: number | null = null;
  private connectedMs = 0;
  private connectedAt = 0;
  private seatsLost = 0;
  private unexpectedLeaves = 0;
  private matchesEnded = 0;
  private errorCount = 0;
  private readonly errors: string[] = [];
  private undoDelay: () => void = () => {};
  private stopping = false;
  private ctx: NetBotContext | null = null;
  private view: ConnectionView | null = null;
  private unwatchPatch: () => void = () => {};

  constructor(setup: BotSetup) {
    this.setup = setup;
    this.name = setup.name;
    this.strategyName = setup.strategy;
    const factory = STRATEGIES[setup.strategy];
    if (!factory) throw new Error(`unknown strategy ${setup.strategy}`);
    this.brain = new BotBrain(factory(), setup.seed);
    this.honest = this.brain.strategy.honest;
    this.linkRng = { rng: seedFrom(setup.seed ^ 0x5bd1e995) };
  }

  /** True while connected to a match (reconnecting counts as not connected). */
  get connected(): boolean {
    return this.conn !== null && !this.conn.reconnecting && this.conn.room.connection.isOpen;
  }

  /** Joins its first match and starts playing; false when the join failed (recorded as an error). */
  async start(): Promise<boolean> {
    const t0 = performance.now();
    const ok = await this.connect("");
    if (ok) this.joinMs = performance.now() - t0;
    return ok;
  }

  /** Stops sending for good (the connection stays open, so answers still arrive). */
  stopThinking(): void {
    this.stopping = true;
    this.unwatchPatch();
    this.brain.strategy.stop?.();
  }

  /** Actions sent and not answered yet (honest actions only: raw ones are not timed). */
  get awaiting(): number {
    return this.conn?.awaiting ?? 0;
  }

  async leave(): Promise<void> {
    this.stopThinking();
    const conn = this.conn;
    if (!conn) return;
    try {
      await Promise.race([conn.leave(), new Promise((r) => setTimeout(r, 3000))]);
    } catch (err) {
      this.error(`leaving failed: ${(err as Error).message}`);
    }
    this.endConnection();
  }

  /** What this bot did so far (a fresh object). */
  record(): BotRecord {
    const p = this.past;
    const c = this.conn;
    const s = c?.stats;
    const rejectedByReason = { ...p.rejectedByReason };
    for (const [r, n] of Object.entries(s?.rejectedByReason ?? {}))
      rejectedByReason[r] = (rejectedByReason[r] ?? 0) + n;
    return {
      name: this.name,
      strategy: this.strategyName,
      honest: this.honest,
      roomIds: [...this.roomIds],
      joined: this.joinMs !== null,
      joinMs: this.joinMs,
      connectedMs: this.connectedMs + (this.connectedAt ? performance.now() - this.connectedAt : 0),
      sent: p.sent + (s?.sent ?? 0),
      accepted: p.accepted + (s?.accepted ?? 0),
      rejected: p.rejected + (s?.rejected ?? 0),
      lost: p.lost + (s?.lost ?? 0),
      rejectedByReason,
      bytesReceived: p.bytesReceived + (s?.bytesReceived ?? 0),
      messagesReceived: p.messagesReceived + (s?.messagesReceived ?? 0),
      corrections: p.corrections + (s?.corrections ?? 0),
      correctionMax: Math.max(this.correctionMax, s?.correctionMax ?? 0),
      snaps: p.snaps + (s?.snaps ?? 0),
      drops: p.drops + (s?.drops ?? 0),
      reconnects: p.reconnects + (s?.reconnects ?? 0),
      seatsLost: this.seatsLost,
      unexpectedLeaves: this.unexpectedLeaves,
      matchesEnded: this.matchesEnded,
      errorCount: this.errorCount,
      errors: [...this.errors],
    };
  }

  private error(message: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_ERROR_MESSAGES) this.errors.push(message);
  }

  private async connect(previousRoomId: string): Promise<boolean> {
    let conn: MatchConnection;
    try {
      conn = await this.setup.join(this.name, previousRoomId);
    } catch (err) {
      this.error(`join failed: ${(err as Error).message || String(err)}`);
      return false;
    }
    if (this.stopping) {
      await conn.leave().catch(() => {});
      return false;
    }
    this.conn = conn;
    this.roomIds.push(conn.room.roomId);
    this.connectedAt = performance.now();
    this.undoDelay = delayLink(conn.room, this.setup.link, () => nextRandom(this.linkRng));
    this.watch(conn);
    this.view = new ConnectionView(conn);
    this.ctx = this.context(conn, this.view);
    this.brain.newMatch();
    this.unwatchPatch = conn.on("patch", () => this.think());
    return true;
  }

  private watch(conn: MatchConnection): void {
    conn.on("result", (r) => {
      if (r.accepted && !Number.isNaN(r.latencyMs)) this.setup.latency.add(r.latencyMs);
    });
    conn.on("seatLost", (reason) => {
      this.seatsLost++;
      this.error(`seat lost: ${reason}`);
    });
    conn.on("leave", (code, reason) => {
      if (this.conn !== conn) return;
      const seatLost = conn.stats.drops > conn.stats.reconnects;
      this.endConnection();
      if (this.stopping) return;
      if (code === CloseCodes.MatchOver) {
        this.matchesEnded++;
        void this.connect(conn.room.roomId);
        return;
      }
      if (!seatLost) {
        this.unexpectedLeaves++;
        this.error(`left the match: code ${code}${reason ? ` (${reason})` : ""}`);
      }
    });
    conn.room.onError((code, message) => {
      this.error(`room error ${code}: ${message ?? ""}`);
    });
  }

  /** Folds the finished connection's figures into the bot's totals. */
  private endConnection(): void {
    const conn = this.conn;
    if (!conn) return;
    this.unwatchPatch();
    this.unwatchPatch = () => {};
    this.undoDelay();
    this.undoDelay = () => {};
    const s = conn.stats;
    const p = this.past;
    p.sent += s.sent;
    p.accepted += s.accepted;
    p.rejected += s.rejected;
    p.lost += s.lost;
    for (const [r, n] of Object.entries(s.rejectedByReason))
      p.rejectedByReason[r] = (p.rejectedByReason[r] ?? 0) + n;
    p.bytesReceived += s.bytesReceived;
    p.messagesReceived += s.messagesReceived;
    p.corrections += s.corrections;
    p.snaps += s.snaps;
    p.drops += s.drops;
    p.reconnects += s.reconnects;
    this.correctionMax = Math.max(this.correctionMax, s.correctionMax);
    if (this.connectedAt) this.connectedMs += performance.now() - this.connectedAt;
    this.connectedAt = 0;
    this.conn = null;
    this.ctx = null;
    this.view = null;
  }

  /** One patch arrived: think for its server tick while the match is on. */
  private think(): void {
    const { conn, ctx, view } = this;
    if (!conn || !ctx || !view || this.stopping) return;
    const tick = view.onPatch();
    if (conn.reconnecting || conn.state.phase !== MatchPhase.Playing) return;
    try {
      this.brain.thinkAt(tick, ctx);
    } catch (err) {
      this.error(`${this.strategyName} failed: ${(err as Error).message}`);
    }
  }

  private context(conn: MatchConnection, view: ConnectionView): NetBotContext {
    const act: BotActions = {
      move: (dx, dy) => conn.moveCommander(dx, dy) > 0,
      order: (unitIds, x, y) => void conn.orderUnits(unitIds, x, y),
      attack: (unitIds, targetId) => void conn.send({ kind: "attack", unitIds, targetId }),
      train: (unitKind) => void conn.send({ kind: "train", unitKind }),
    };
    return brainContext(this.brain, { conn, view, rules: conn.rules, act });
  }
}
