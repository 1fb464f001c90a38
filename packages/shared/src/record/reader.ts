import protobuf from "protobufjs/minimal.js";
import { type ClientActionMessage, readRankEntry } from "../protocol/codec.ts";
import {
  type EndRecord,
  type HeaderRecord,
  READABLE_FORMAT_VERSIONS,
  type RosterItem,
  replayProto,
  type TickRecord,
} from "./format.ts";

/** A record that cannot be read or replayed; `tick` names where, when it is about one tick. */
export class RecordError extends Error {
  override name = "RecordError";
  readonly tick: number | undefined;
  constructor(message: string, tick?: number) {
    super(message);
    this.tick = tick;
  }
}

export interface MatchRecord {
  header: HeaderRecord;
  /** one entry per tick, ticks 1, 2, 3, ... */
  ticks: TickRecord[];
  end: EndRecord | null;
  /** bytes after the last whole chunk (a record read while it is being written); not an error */
  partialBytes: number;
  byteLength: number;
}

/**
 * Reads a record (replay.proto: length-delimited chunks). Refuses what cannot
 * be replayed exactly: no header first, an unknown format version, a tick out
 * of sequence (a gap), anything after the end. A trailing partial chunk (read
 * while the match is still being appended) is left out and counted.
 */
export function readRecord(bytes: Uint8Array): MatchRecord {
  const reader = new RecordReader();
  reader.push(bytes);
  return reader.record();
}

/**
 * A record read as its bytes arrive (a live spectator's feed: the record so
 * far, then each tick's chunks): push() each piece, record() is the record up
 * to the last whole chunk, and grows in place (the same ticks array) with
 * later pushes. The same checks as readRecord, across pieces.
 */
export class RecordReader {
  private header: HeaderRecord | null = null;
  private readonly ticks: TickRecord[] = [];
  private end: EndRecord | null = null;
  /** bytes of a chunk cut between two pieces, kept for the next push */
  private tail: Uint8Array = new Uint8Array(0);
  private length = 0;
  private out: MatchRecord | null = null;

  /** Reads a piece; throws RecordError as readRecord would. */
  push(piece: Uint8Array): void {
    const bytes = this.tail.byteLength === 0 ? piece : joinTwo(this.tail, piece);
    this.length += piece.byteLength;
    const reader = protobuf.Reader.create(bytes);
    let whole = 0;
    while (reader.pos < reader.len) {
      const at = reader.pos;
      // A chunk whose bytes are not all there yet is the tail of a record still being written.
      let length: number;
      try {
        length = reader.uint32();
      } catch {
        length = Number.POSITIVE_INFINITY;
      }
      if (reader.pos + length > reader.len) {
        if (this.end !== null) throw new RecordError(`not a match record: cut at byte ${at}`);
        break;
      }
      this.chunk(reader, length, at);
      whole = reader.pos;
    }
    this.tail = bytes.subarray(whole);
    if (this.out) this.out.end = this.end;
  }

  /** The record so far (throws if not even its header has arrived whole). */
  record(): MatchRecord {
    if (this.header === null) {
      throw new RecordError(
        this.tail.byteLength > 0 ? "not a match record: cut at byte 0" : "not a match record: it is empty",
      );
    }
    this.out ??= { header: this.header, ticks: this.ticks, end: this.end, partialBytes: 0, byteLength: 0 };
    this.out.partialBytes = this.tail.byteLength;
    this.out.byteLength = this.length;
    return this.out;
  }

  private chunk(reader: protobuf.Reader, length: number, at: number): void {
    let chunk: replayProto.RecordChunk;
    try {
      chunk = replayProto.RecordChunk.decode(reader, length);
    } catch (err) {
      throw new RecordError(`not a match record: bad chunk at byte ${at} (${(err as Error).message})`);
    }
    if (this.end !== null) throw new RecordError(`a chunk after the end, at byte ${at}`, this.end.tick);
    if (this.header === null) {
      if (chunk.kind !== "header" || !chunk.header)
        throw new RecordError("not a match record: it does not start with a header");
      this.header = readHeader(chunk.header);
      return;
    }
    const ticks = this.ticks;
    if (chunk.kind === "tick" && chunk.tick) {
      const entry = readTick(chunk.tick);
      const want = ticks.length + 1;
      if (entry.tick !== want) {
        throw new RecordError(`gap in the record: expected tick ${want}, found tick ${entry.tick}`, want);
      }
      ticks.push(entry);
    } else if (chunk.kind === "end" && chunk.end) {
      const end = readEnd(chunk.end);
      if (end.tick !== ticks.length) {
        throw new RecordError(`the end says tick ${end.tick} but the last tick is ${ticks.length}`, end.tick);
      }
      this.end = end;
    } else {
      throw new RecordError(`unexpected ${chunk.kind ?? "empty"} chunk at byte ${at}`, ticks.length + 1);
    }
  }
}

function joinTwo(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

function readHeader(h: replayProto.RecordHeader.$Properties): HeaderRecord {
  const header: HeaderRecord = {
    formatVersion: h.formatVersion ?? 0,
    matchId: h.matchId ?? "",
    roomId: h.roomId ?? "",
    rulesJson: h.rulesJson ?? "",
    seed: h.seed ?? 0,
    startTimeMs: h.startTimeMs ?? 0,
    hashEvery: h.hashEvery ?? 0,
  };
  if (!READABLE_FORMAT_VERSIONS.includes(header.formatVersion)) {
    throw new RecordError(
      `record format version ${header.formatVersion} is not supported (this reader knows ${READABLE_FORMAT_VERSIONS.join(", ")})`,
    );
  }
  if (header.hashEvery < 1) throw new RecordError("record header: hash_every must be at least 1");
  return header;
}

function readTick(t: replayProto.TickEntry.$Properties): TickRecord {
  const roster: RosterItem[] = [];
  for (const ev of t.roster ?? []) {
    if (ev.join) {
      const j = ev.join;
      roster.push({
        kind: "join",
        player: j.player ?? 0,
        playerId: j.playerId ?? "",
        name: j.name ?? "",
        seat: j.seat ?? 0,
        bot: j.bot === true,
      });
    } else if (ev.leave !== null && ev.leave !== undefined) roster.push({ kind: "leave", player: ev.leave });
    else if (ev.drop !== null && ev.drop !== undefined) roster.push({ kind: "drop", player: ev.drop });
    else if (ev.back !== null && ev.back !== undefined) roster.push({ kind: "back", player: ev.back });
    else throw new RecordError("an empty roster event", t.tick ?? 0);
  }
  const actions = (t.actions ?? []).map((a) => {
    if (!a.action) throw new RecordError("an applied action without its action", t.tick ?? 0);
    // Field by field: `kind` is a getter on the decoded message's prototype, which a spread would drop.
    const m = a.action;
    const action: ClientActionMessage = { seq: m.seq ?? 0 };
    if (m.kind) action.kind = m.kind;
    if (m.commanderMove) action.commanderMove = m.commanderMove;
    if (m.moveUnits) action.moveUnits = m.moveUnits;
    if (m.attack) action.attack = m.attack;
    if (m.train) action.train = m.train;
    if (m.guard) action.guard = m.guard;
    return { player: a.player ?? 0, action };
  });
  return { tick: t.tick ?? 0, roster, actions, hash: t.hash ?? null };
}

function readEnd(e: replayProto.RecordEnd.$Properties): EndRecord {
  return {
    tick: e.tick ?? 0,
    reason: e.reason ?? "",
    ranking: (e.ranking ?? []).map(readRankEntry),
    endTimeMs: e.endTimeMs ?? 0,
  };
}
