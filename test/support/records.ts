import type { RecordMeta } from "../../packages/server/src/replays/record-store.ts";

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
