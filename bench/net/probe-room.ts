import type { Client } from "@colyseus/core";
import { MatchRoom } from "../../packages/server/src/rooms/MatchRoom.ts";
import { bytesSentTo } from "./socket-bytes.ts";

/**
 * The real MatchRoom with in-process meters for bench:net:spectators and
 * bench:record: the CPU time of each room's tick, inside the recorder (each tick's
 * entry, its store append and the spectator feed's bookkeeping) and inside the
 * spectator feed (catch-up at join, each tick's send), and each client's bytes
 * by kind. CPU time, not wall time, so a busy shared machine that preempts
 * the server does not count against the code being measured; the process's
 * (getrusage RUSAGE_SELF), not the thread's: on these machines RUSAGE_THREAD
 * is only as fresh as the scheduler's last update and reads a 20 µs section
 * as about 80 µs, while the process's figure is read exactly (over a few
 * microseconds, other threads add next to nothing).
 */
export const meters = { recorderUs: 0, feedUs: 0, tickUs: 0, recordedTicks: 0 };

const rooms = new Set<ProbeRoom>();

/** Wraps `obj[name]` so the CPU time spent in it is added to meters[key] (µs). */
function meter<T extends object>(obj: T, name: string, key: "recorderUs" | "feedUs" | "tickUs"): void {
  const fn = (obj as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
  (obj as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const t0 = process.cpuUsage();
    try {
      return fn.apply(obj, args);
    } finally {
      const t = process.cpuUsage(t0);
      meters[key] += t.user + t.system;
    }
  };
}

export class ProbeRoom extends MatchRoom {
  override async onCreate(options?: unknown): Promise<void> {
    await super.onCreate(options);
    rooms.add(this);
    // The whole tick (step, record, state patches, sends): the room's timestep calls this.tick()
    // by name, so the instance's metered wrapper is what runs.
    meter(this, "tick", "tickUs");
    const record = this.record;
    if (!record) return; // recording off: nothing to meter
    meter(record.recorder, "tick", "recorderUs");
    meter(record.recorder, "end", "recorderUs");
    meter(record.spectators, "update", "feedUs");
    meter(record.spectators, "admit", "feedUs");
    const tick = record.recorder.tick;
    record.recorder.tick = (...args) => {
      meters.recordedTicks++;
      return tick(...args);
    };
  }

  override async onDispose(): Promise<void> {
    rooms.delete(this);
    await super.onDispose();
  }

  isWatching(client: Client): boolean {
    return this.record?.isSpectator(client) ?? false;
  }
}

export interface ClientBytes {
  sessionId: string;
  roomId: string;
  spectator: boolean;
  bytes: number;
}

/** Every connected client of every probe room, with the bytes written to its socket so far. */
export function clientBytes(): ClientBytes[] {
  const out: ClientBytes[] = [];
  for (const room of rooms) {
    for (const c of room.clients) {
      out.push({
        sessionId: c.sessionId,
        roomId: room.roomId,
        spectator: room.isWatching(c),
        bytes: bytesSentTo((c as unknown as { ref: object }).ref),
      });
    }
  }
  return out;
}
