import type { Action } from "../protocol/actions.ts";
import { actionFromMessage } from "../protocol/codec.ts";
import { DEFAULT_RULES_DOCUMENT, formatProblem, type Rules, safeParseRules } from "../rules/index.ts";
import { hashWorld } from "../sim/hash.ts";
import { step } from "../sim/step.ts";
import { addPlayer, createWorld, removePlayer, type World } from "../sim/world.ts";
import { type HeaderRecord, hashToHex, type RosterItem, type TickRecord } from "./format.ts";
import { type MatchRecord, RecordError } from "./reader.ts";

/** The rules a record's header carries, validated like a rules file. */
export function recordRules(header: HeaderRecord): Rules {
  let doc: unknown;
  try {
    doc = JSON.parse(header.rulesJson);
  } catch (err) {
    throw new RecordError(`the record's rules are not JSON (${(err as Error).message})`);
  }
  const parsed = safeParseRules(header.formatVersion === 1 ? formatOneRules(doc) : doc);
  if (!parsed.ok) {
    throw new RecordError(`the record's rules are invalid: ${formatProblem(parsed.problems[0]!)}`);
  }
  return parsed.rules;
}

/**
 * A format 1 record's rules as the sim reads them now: they predate the
 * `orders` settings, and their trained units never guarded (the sim of the
 * time had no guard orders), which is what guardOnTrain: false replays.
 */
function formatOneRules(doc: unknown): unknown {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || "orders" in doc) return doc;
  const defaults = (DEFAULT_RULES_DOCUMENT as { orders: Record<string, unknown> }).orders;
  return { ...doc, orders: { ...defaults, guardOnTrain: false } };
}

export interface HashCheck {
  tick: number;
  expected: string;
  actual: string;
}

/**
 * Rebuilds a match from its record with the shared sim, one tick entry at a
 * time: roster events first (as the room applied them between ticks), then
 * the step with exactly the actions the tick applied. Throws RecordError for
 * an entry that the sim cannot take (a gap, an unknown player, a bad action).
 */
export class Replayer {
  readonly header: HeaderRecord;
  readonly rules: Rules;
  world: World;
  /** player ids by their index in the record */
  private readonly ids: string[] = [];
  private readonly queues = new Map<string, Action[]>();

  /**
   * From the start, or from a copy of the world at some tick (a viewer's
   * snapshot) with the ids of the players who had joined by then, in order.
   */
  constructor(header: HeaderRecord, world?: World, playerIds: readonly string[] = []) {
    this.header = header;
    this.rules = recordRules(header);
    this.world = world ?? createWorld(this.rules, header.seed);
    this.ids.push(...playerIds);
  }

  /** Player ids in join order (a record's player numbers index it). */
  get playerIds(): readonly string[] {
    return this.ids;
  }

  /** Applies one tick entry; returns the hash check when the entry carries a hash. */
  apply(entry: TickRecord): HashCheck | null {
    const world = this.world;
    const want = world.tick + 1;
    if (entry.tick !== want) throw new RecordError(`expected tick ${want}, found tick ${entry.tick}`, want);
    for (const ev of entry.roster) this.roster(ev, want);
    this.queues.clear();
    for (const a of entry.actions) {
      const id = this.ids[a.player];
      if (id === undefined) throw new RecordError(`an action by unknown player ${a.player}`, want);
      const decoded = actionFromMessage(a.action, this.rules);
      if (!decoded.ok) throw new RecordError(`a recorded action is invalid: ${decoded.detail}`, want);
      let q = this.queues.get(id);
      if (!q) {
        q = [];
        this.queues.set(id, q);
      }
      q.push(decoded.action);
    }
    step(world, this.queues);
    for (const [id, q] of this.queues) {
      if (q.length > 0)
        throw new RecordError(`player ${id} has ${q.length} recorded actions the step did not apply`, want);
    }
    if (entry.hash === null) return null;
    return { tick: entry.tick, expected: hashToHex(entry.hash), actual: hashWorld(world) };
  }

  private roster(ev: RosterItem, tick: number): void {
    const world = this.world;
    if (ev.kind === "join") {
      if (ev.player !== this.ids.length)
        throw new RecordError(`join of player ${ev.player} out of order`, tick);
      const p = addPlayer(world, ev.playerId, ev.name);
      if (!p) throw new RecordError(`join of ${ev.playerId} into a full match`, tick);
      if (p.slot !== ev.seat)
        throw new RecordError(`${ev.playerId} got seat ${p.slot}, the record says ${ev.seat}`, tick);
      p.bot = ev.bot;
      this.ids.push(ev.playerId);
      return;
    }
    const id = this.ids[ev.player];
    if (id === undefined) throw new RecordError(`a roster event for unknown player ${ev.player}`, tick);
    if (ev.kind === "leave") removePlayer(world, id);
    else {
      const p = world.players.get(id);
      if (p) p.connected = ev.kind === "back";
    }
  }
}

export interface VerifyResult {
  ok: boolean;
  ticks: number;
  hashesChecked: number;
  /** the first tick whose stored hash differs from the re-simulated world's */
  mismatch: HashCheck | null;
  /** the record could not be replayed at all */
  error: string | null;
  errorTick: number | null;
}

/** What replaying a record's ticks in order, up to the first wrong hash or bad entry, came to. */
export interface ReplayRun {
  replayer: Replayer;
  /** the last tick applied */
  lastTick: number;
  /** stored hashes the world matched before any mismatch */
  hashesMatched: number;
  mismatch: HashCheck | null;
  /** why the record could not be replayed past lastTick */
  error: RecordError | null;
}

/**
 * Applies every tick of a record and checks each stored hash, stopping at the
 * first that differs or the first entry that cannot be applied. Verifying a
 * record and rebuilding a match from one are both this loop.
 */
export function replayRecord(record: MatchRecord): ReplayRun {
  const run: ReplayRun = {
    replayer: new Replayer(record.header),
    lastTick: 0,
    hashesMatched: 0,
    mismatch: null,
    error: null,
  };
  try {
    for (const entry of record.ticks) {
      const check = run.replayer.apply(entry);
      run.lastTick = entry.tick;
      if (!check) continue;
      if (check.actual !== check.expected) {
        run.mismatch = check;
        break;
      }
      run.hashesMatched++;
    }
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    run.error = err;
  }
  return run;
}

/** Re-simulates a whole record and checks every stored hash; stops at the first mismatch. */
export function verifyRecord(record: MatchRecord): VerifyResult {
  let run: ReplayRun;
  try {
    run = replayRecord(record);
  } catch (err) {
    // The header itself could not be read into rules.
    if (!(err instanceof RecordError)) throw err;
    return {
      ok: false,
      ticks: 0,
      hashesChecked: 0,
      mismatch: null,
      error: err.message,
      errorTick: err.tick ?? null,
    };
  }
  return {
    ok: run.mismatch === null && run.error === null,
    ticks: run.lastTick,
    hashesChecked: run.hashesMatched + (run.mismatch ? 1 : 0),
    mismatch: run.mismatch,
    error: run.error?.message ?? null,
    errorTick: run.error ? (run.error.tick ?? null) : null,
  };
}
