import protobuf from "protobufjs/minimal.js";
import { type ClientActionMessage, readRankEntry } from "../protocol/codec.ts";
import {
  type EndRecord,
  type HeaderRecord,
  RECORD_FORMAT_VERSION,
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
  const reader = protobuf.Reader.create(bytes);
  let header: HeaderRecord | null = null;
  const ticks: TickRecord[] = [];
  let end: EndRecord | null = null;
  let partialBytes = 0;
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
      if (header === null || end !== null) throw new RecordError(`not a match record: cut at byte ${at}`);
      partialBytes = bytes.byteLength - at;
      break;
    }
    let chunk: replayProto.RecordChunk;
    try {
      chunk = replayProto.RecordChunk.decode(reader, length);
    } catch (err) {
      throw new RecordError(`not a match record: bad chunk at byte ${at} (${(err as Error).message})`);
    }
    if (end !== null) throw new RecordError(`a chunk after the end, at byte ${at}`, end.tick);
    if (header === null) {
      if (chunk.kind !== "header" || !chunk.header)
        throw new RecordError("not a match record: it does not start with a header");
      header = readHeader(chunk.header);
      continue;
    }
    if (chunk.kind === "tick" && chunk.tick) {
      const entry = readTick(chunk.tick);
      const want = ticks.length + 1;
      if (entry.tick !== want) {
        throw new RecordError(`gap in the record: expected tick ${want}, found tick ${entry.tick}`, want);
      }
      ticks.push(entry);
    } else if (chunk.kind === "end" && chunk.end) {
      end = readEnd(chunk.end);
      if (end.tick !== ticks.length) {
        throw new RecordError(`the end says tick ${end.tick} but the last tick is ${ticks.length}`, end.tick);
      }
    } else {
      throw new RecordError(`unexpected ${chunk.kind ?? "empty"} chunk at byte ${at}`, ticks.length + 1);
    }
  }
  if (header === null) throw new RecordError("not a match record: it is empty");
  return { header, ticks, end, partialBytes, byteLength: bytes.byteLength };
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
  if (header.formatVersion !== RECORD_FORMAT_VERSION) {
    throw new RecordError(
      `record format version ${header.formatVersion} is not supported (this reader knows ${RECORD_FORMAT_VERSION})`,
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
