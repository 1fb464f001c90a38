import { type RebuiltMatch, RecordError, rebuildMatch } from "@octet/shared/record";
import type { Identity } from "../auth/tokens.ts";
import { liveProcessLoads } from "../cluster/process-selection.ts";
import type { AppendFence, RecordStore } from "../replays/record-store.ts";
import type { LiveMatch, LiveMatches } from "./live-matches.ts";
import type { LocalLiveMatches } from "./local-live-matches.ts";
import type { ResumeKeys, SeatClaim } from "./resume-token.ts";

/** What a room being resumed here is created from (MatchRoom.onCreate takes it). */
export interface ResumedMatch {
  entry: LiveMatch;
  rebuilt: RebuiltMatch;
  /** the process it ran on before */
  from: string;
}

/**
 * The auth a resuming player's seat is reserved with: the identity the
 * bearer proved (which the resume token was issued to), and the session id
 * is the seat's player id.
 */
export interface ResumeAuth extends Identity {
  sessionId: string;
  resumeSeat: SeatClaim;
}

export const RESUME_REFUSED = "this resume token does not prove a seat";
/** How long one look at the cluster answers canHandOver: the rooms of a SIGTERM all ask within it. */
const OTHER_LIVE_FRESH_MS = 1000;

/**
 * Everything a process needs to carry matches across processes: the keys
 * that prove seats, the cluster's live-match list (Redis; null for a single
 * process), the record store, and the matches rebuilt here that a room is
 * about to take over.
 */
export class ResumeService {
  readonly keys: ResumeKeys;
  /** the running matches: the cluster's (Redis) or this process's own (files) */
  readonly live: LiveMatches | LocalLiveMatches | null;
  readonly store: RecordStore;
  private readonly me: () => string;
  private readonly log: (line: string) => void;
  private readonly pending = new Map<string, ResumedMatch>();
  /** whether another live process takes rooms, as last asked (see canHandOver) */
  private otherLive: { at: number; answer: Promise<boolean> } | null = null;

  constructor(opts: {
    keys: ResumeKeys;
    live: LiveMatches | LocalLiveMatches | null;
    store: RecordStore;
    processId: () => string;
    log?: (line: string) => void;
  }) {
    this.keys = opts.keys;
    this.live = opts.live;
    this.store = opts.store;
    this.me = opts.processId;
    this.log = opts.log ?? ((line) => console.log(line));
  }

  get processId(): string {
    return this.me();
  }

  /** The fence a running match's record appends behind (Redis only). */
  fence(
    match: { roomId: string; matchId: string; private: boolean },
    onLost: () => void,
  ): AppendFence | undefined {
    if (!this.live?.fenced) return undefined;
    const { roomId, matchId } = match;
    const restore = () => this.register(roomId, matchId, match.private);
    return { key: this.live.entryKey(roomId), owner: this.me(), onLost, restore };
  }

  async register(roomId: string, matchId: string, isPrivate: boolean): Promise<void> {
    await this.live?.register({ roomId, matchId, owner: this.me(), private: isPrivate });
  }

  /**
   * Whether a stopping process can hand this match to another one: matches
   * are listed live (Redis), it has a record, and some other live process
   * takes new rooms (a process that is stopping too has left that list).
   */
  async canHandOver(recorded: boolean): Promise<boolean> {
    if (!this.live?.fenced || !recorded) return false;
    // Every room asks at once on SIGTERM: one look at the cluster answers them all.
    const now = Date.now();
    if (!this.otherLive || now - this.otherLive.at > OTHER_LIVE_FRESH_MS) {
      const answer = liveProcessLoads()
        .then((loads) => loads.some((l) => l.processId !== this.me()))
        .catch(() => false);
      this.otherLive = { at: now, answer };
    }
    return this.otherLive.answer;
  }

  async handOver(roomId: string): Promise<boolean> {
    return (await this.live?.handOver(roomId, this.me())) ?? false;
  }

  async release(roomId: string): Promise<void> {
    await this.live?.release(roomId, this.me());
  }

  /** onCreate's options for a resumed room: the match rebuilt here, once. */
  take(options: unknown): ResumedMatch | null {
    const roomId = (options as { resumeRoom?: unknown } | undefined)?.resumeRoom;
    if (roomId === undefined) return null;
    const resumed = typeof roomId === "string" ? this.pending.get(roomId) : undefined;
    if (!resumed) throw new Error("no match is waiting to be resumed under that id");
    this.pending.delete(roomId as string);
    return resumed;
  }

  /**
   * Rebuilds a match this process has just claimed, from its record; refuses
   * (and forgets the match, with a log line that says why) a record that is
   * missing or cannot be continued exactly. Returns the handoff for the room,
   * keyed by room id, or null.
   */
  async prepare(entry: LiveMatch, from: string): Promise<string | null> {
    const what = `match ${entry.matchId} (room ${entry.roomId}, was on process ${from})`;
    const bytes = await this.store.read(entry.matchId);
    if (!bytes) {
      this.log(`octet: ${what} NOT resumed: its record is missing`);
      await this.release(entry.roomId);
      return null;
    }
    let rebuilt: RebuiltMatch;
    const started = performance.now();
    try {
      rebuilt = rebuildMatch(bytes);
    } catch (err) {
      if (!(err instanceof RecordError)) throw err;
      const at =
        err.tick !== undefined && !err.message.includes(`tick ${err.tick}`) ? ` (tick ${err.tick})` : "";
      this.log(`octet: ${what} NOT resumed: ${err.message}${at}; it is not run again`);
      await this.release(entry.roomId);
      return null;
    }
    const ms = (performance.now() - started).toFixed(0);
    this.log(
      `octet: resuming ${what} at tick ${rebuilt.world.tick}: replayed ${rebuilt.record.ticks.length} ticks, ` +
        `${rebuilt.hashesChecked} hashes matched, in ${ms} ms`,
    );
    this.pending.set(entry.roomId, { entry, rebuilt, from });
    return entry.roomId;
  }

  /** A room creation that failed after prepare(): nothing waits any more. */
  drop(roomId: string): void {
    this.pending.delete(roomId);
  }
}
