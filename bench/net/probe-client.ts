// The bench side of a probe server (bench/net/server.ts, BENCH_MODE=probe):
// start it, read its meters over a window, add and remove spectators.
import { join } from "node:path";
import type { Room } from "@colyseus/sdk";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";
import { MessageType } from "../../packages/shared/src/protocol/index.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { type ServerHandle, startServer } from "../../test/support/server-process.ts";
import { BENCH_DIR } from "../support/report.ts";

export interface ProbeStats {
  seconds: number;
  /** the whole process (main thread, GC helpers, file-system thread pool) */
  cpuMs: number;
  /** the main thread alone */
  threadCpuMs: number;
  bytes: number;
  recorderCpuMs: number;
  feedCpuMs: number;
  /** every room's ticks, metered inside the server */
  tickCpuMs: number;
  recordedTicks: number;
  loadAverage: [number, number, number];
  clients: Array<{ sessionId: string; roomId: string; spectator: boolean; bytes: number }>;
}

export function startProbeServer(rules: unknown, env: Record<string, string> = {}): Promise<ServerHandle> {
  return startServer({
    entry: join(BENCH_DIR, "net", "server.ts"),
    rules,
    env: { BENCH_MODE: "probe", SEED: "1", ...env },
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function resetMeters(server: ServerHandle): Promise<void> {
  await fetch(`${server.httpUrl}/bench/reset`, { method: "POST" });
}

export async function readMeters(server: ServerHandle): Promise<ProbeStats> {
  return (await (await fetch(`${server.httpUrl}/bench/stats`)).json()) as ProbeStats;
}

/** The spectators of one match, kept at a wanted number (join or leave to reach it). */
export class Spectators {
  private readonly url: string;
  private readonly roomId: string;
  private readonly rooms: Room[] = [];
  /** Record bytes received, as the SDK hands them over (the server's count includes framing). */
  recordBytes = 0;

  constructor(url: string, roomId: string) {
    this.url = url;
    this.roomId = roomId;
  }

  get size(): number {
    return this.rooms.length;
  }

  async setSize(n: number): Promise<void> {
    // A leave the server does not answer (the room closed meanwhile) does not hold the bench up.
    while (this.rooms.length > n)
      await Promise.race([
        this.rooms
          .pop()!
          .leave()
          .catch(() => {}),
        sleep(3000),
      ]);
    while (this.rooms.length < n) {
      const client = await authorizedClient(this.url, `Watcher${this.rooms.length + 1}`);
      const room = await client.joinById(this.roomId, { spectate: true }, MatchState);
      room.onMessage(MessageType.Record, (b: Uint8Array) => {
        this.recordBytes += b.byteLength;
      });
      // Broadcasts a spectator also gets (kills, match end): read and dropped.
      room.onMessage(MessageType.Server, () => {});
      room.onLeave(() => {
        const i = this.rooms.indexOf(room);
        if (i >= 0) this.rooms.splice(i, 1);
      });
      this.rooms.push(room);
    }
  }
}

// Small statistics for noisy windows.
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The nearest-rank percentile p (0-100). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/** Least-squares slope and intercept of y on x. */
export function fitLine(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  const slope = den === 0 ? 0 : num / den;
  return { slope, intercept: my - slope * mx };
}
