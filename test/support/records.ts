import type { RecordMeta } from "../../packages/server/src/replays/record-store.ts";
import { type MatchRecord, readRecord } from "../../packages/shared/src/record/index.ts";

/** The listings of a server's records (GET /replays), newest first. */
export async function listRecords(httpUrl: string, limit = 100): Promise<RecordMeta[]> {
  const res = await fetch(`${httpUrl}/replays?limit=${limit}`);
  if (!res.ok) throw new Error(`GET /replays: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { replays: RecordMeta[] }).replays;
}

/** One record's bytes (GET /replays/<id>). */
export async function fetchRecord(httpUrl: string, matchId: string): Promise<Uint8Array> {
  const res = await fetch(`${httpUrl}/replays/${matchId}`);
  if (!res.ok) throw new Error(`GET /replays/${matchId}: ${res.status} ${await res.text()}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The newest record of the match in `roomId` on a server, read (GET /replays, then its bytes). */
export async function recordOfRoom(httpUrl: string, roomId: string): Promise<MatchRecord> {
  const meta = (await listRecords(httpUrl)).find((m) => m.roomId === roomId);
  if (!meta) throw new Error(`no record listed for room ${roomId} at ${httpUrl}`);
  return readRecord(await fetchRecord(httpUrl, meta.matchId));
}
