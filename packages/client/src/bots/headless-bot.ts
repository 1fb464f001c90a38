import { type BotActions, BotBrain, brainContext } from "@octet/shared/bots";
import { CloseCodes } from "@octet/shared/protocol";
import { nextRandom, seedFrom } from "@octet/shared/sim";
import type { MatchConnection } from "../net/connection.ts";
import { ConnectionView, type ViewSource } from "./connection-view.ts";
import { type PlayCounts, sumCounts } from "./counts.ts";
import type { DelaySpec } from "./delay-line.ts";
import { describeClose, describeError } from "./describe-error.ts";
import type { LatencyHistogram } from "./latency-histogram.ts";
import { delayLink } from "./link-delay.ts";
import type { BotRecord, StintRecord } from "./report.ts";
import { Stint } from "./stint.ts";
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
  /** what the bot sees of a connection (default: its decoded state, ConnectionView) */
  viewOf?: (conn: MatchConnection) => ViewSource;
}

/**
 * One headless player: joins, runs its strategy once per server tick on top
 * of MatchConnection (the browser's prediction code), times every action from
 * send to acknowledgement, and records what happened to it, connection by
 * connection (so the report can break it down by room). When its match ends
 * it joins the next one, so long runs keep their load.
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
  private readonly finished: StintRecord[] = [];
  private stint: Stint | null = null;
  private joinMs: number | null = null;
  private joinedAt: number | null = null;
  private seatsLost = 0;
  private unexpectedLeaves = 0;
  /** errors outside any connection (a failed join) */
  private looseErrors = 0;
  private readonly errors: string[] = [];
  /** the last socket drop: when, and its close code */
  private lastDrop: { at: number; why: string } | null = null;
  private undoDelay: () => void = () => {};
  private stopping = false;
  private ctx: NetBotContext | null = null;
  private view: ViewSource | null = null;
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

  /** Joins its first match and starts playing; false when the join failed (recorded as an error) or the bot was stopped first. */
  async start(): Promise<boolean> {
    if (this.stopping) return false;
    const t0 = performance.now();
    const ok = await this.connect("");
    if (ok) {
      this.joinMs = performance.now() - t0;
      this.joinedAt = Date.now();
    }
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
    if (conn.reconnecting && this.lastDrop)
      this.error(
        `still reconnecting when the run stopped: dropped (${this.lastDrop.why}) ` +
          `${((performance.now() - this.lastDrop.at) / 1000).toFixed(1)} s before`,
      );
    try {
      await Promise.race([conn.leave(), new Promise((r) => setTimeout(r, 3000))]);
    } catch (err) {
      this.error(`leaving failed: ${describeError(err)}`);
    }
    this.endConnection();
  }

  /** What this bot did so far, in total and connection by connection (a fresh object). */
  record(): BotRecord {
    const stints = this.stint ? [...this.finished, this.stint.record()] : [...this.finished];
    const totals: PlayCounts = sumCounts(stints);
    totals.errorCount += this.looseErrors;
    return {
      name: this.name,
      strategy: this.strategyName,
      honest: this.honest,
      roomIds: stints.map((s) => s.roomId),
      joined: this.joinMs !== null,
      joinMs: this.joinMs,
      joinedAt: this.joinedAt,
      ...totals,
      seatsLost: this.seatsLost,
      unexpectedLeaves: this.unexpectedLeaves,
      errors: [...this.errors],
      stints,
    };
  }

  private error(message: string): void {
    if (this.stint) this.stint.errors++;
    else this.looseErrors++;
    if (this.errors.length < MAX_ERROR_MESSAGES) this.errors.push(message);
  }

  private async connect(previousRoomId: string): Promise<boolean> {
    let conn: MatchConnection;
    try {
      conn = await this.setup.join(this.name, previousRoomId);
    } catch (err) {
      this.error(`join failed: ${describeError(err)}`);
      return false;
    }
    if (this.stopping) {
      await conn.leave().catch(() => {});
      return false;
    }
    this.conn = conn;
    this.stint = new Stint(conn);
    this.undoDelay = delayLink(conn.room, this.setup.link, () => nextRandom(this.linkRng));
    this.watch(conn);
    this.view = this.setup.viewOf?.(conn) ?? new ConnectionView(conn);
    this.ctx = this.context(conn, this.view);
    this.brain.newMatch();
    this.unwatchPatch = this.view.onView((tick) => this.think(tick));
    return true;
  }

  private watch(conn: MatchConnection): void {
    conn.on("result", (r) => {
      if (r.accepted && !Number.isNaN(r.latencyMs)) this.setup.latency.add(r.latencyMs);
    });
    conn.on("patch", () => {
      if (this.stint?.conn === conn) this.stint.notePhase();
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
        void this.connect(conn.room.roomId);
        return;
      }
      if (!seatLost) {
        this.unexpectedLeaves++;
        this.error(`left the match: ${describeClose(code, reason)}`);
      }
    });
    // The SDK reports a drop again at each failed retry: keep the first one.
    conn.room.onDrop((code, reason) => {
      this.lastDrop ??= { at: performance.now(), why: describeClose(code, reason) };
    });
    conn.on("reconnected", () => {
      this.lastDrop = null;
    });
    conn.room.onError((code, message) => {
      // The WebSocket's error event has no code or reason: the close that
      // follows it (a drop, a leave, a lost seat) is reported with its own.
      if (code === undefined || conn.reconnecting) return;
      this.error(`room error: ${describeClose(code, message)}`);
    });
  }

  /** Keeps the finished connection's record. */
  private endConnection(): void {
    const s = this.stint;
    if (!s) return;
    this.unwatchPatch();
    this.unwatchPatch = () => {};
    this.undoDelay();
    this.undoDelay = () => {};
    this.finished.push(s.record());
    this.stint = null;
    this.conn = null;
    this.ctx = null;
    this.view = null;
  }

  /** A new view arrived (one per server tick): think for that tick while the match is on. */
  private think(tick: number): void {
    const { conn, ctx, view } = this;
    if (!conn || !ctx || !view || this.stopping) return;
    if (conn.reconnecting || !view.playing) return;
    try {
      this.brain.thinkAt(tick, ctx);
    } catch (err) {
      this.error(`${this.strategyName} failed: ${describeError(err)}`);
    }
  }

  private context(conn: MatchConnection, view: ViewSource): NetBotContext {
    const act: BotActions = view.actions ?? {
      move: (dx, dy) => conn.moveCommander(dx, dy) > 0,
      order: (unitIds, x, y) => void conn.orderUnits(unitIds, x, y),
      attack: (unitIds, targetId) => void conn.send({ kind: "attack", unitIds, targetId }),
      train: (unitKind) => void conn.send({ kind: "train", unitKind }),
      guard: (unitIds) => void conn.send({ kind: "guard", unitIds }),
    };
    return brainContext(this.brain, { conn, view, rules: conn.rules, act });
  }
}
