import { matchMaker } from "@colyseus/core";
import { MATCH_ROOM } from "@octet/shared/protocol";
import { liveProcessIds } from "../cluster/process-liveness.ts";
import { HANDOVER_PREFIX, type LiveMatch, type LiveMatches } from "./live-matches.ts";
import type { LocalLiveMatches } from "./local-live-matches.ts";
import type { ResumeService } from "./resume-service.ts";

export interface ResumerOptions {
  service: ResumeService;
  live: LiveMatches;
  intervalMs: number;
  /** whether this process can talk to Redis now */
  redisReady: () => boolean;
  log?: (line: string) => void;
}

/**
 * Takes over the matches of dead processes, from every live process: each
 * round it looks for running matches whose owner has no IPC subscriber,
 * confirms the death with Colyseus's health check (which also drops the dead
 * process's room listings, so the room id is free), then claims each match
 * (compare-and-set on its owner: exactly one process wins), rebuilds it from
 * its record and creates the room here under the same id. Returns a stop function.
 */
export function startResumer(opts: ResumerOptions): () => void {
  const log = opts.log ?? ((line) => console.log(line));
  let running = false;
  const timer = setInterval(async () => {
    if (running || !opts.redisReady() || matchMaker.state !== matchMaker.MatchMakerState.READY) return;
    running = true;
    try {
      await round(opts, log);
    } catch (err) {
      log(`octet: resuming matches of dead processes failed this round: ${(err as Error).message}`);
    } finally {
      running = false;
    }
  }, opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * A single process (no Redis) started again: every match its record
 * directory lists as running was this directory's process's, which is gone;
 * each is rebuilt and waits for its players for the reconnection window.
 */
export async function resumeLocalMatches(
  service: ResumeService,
  live: LocalLiveMatches,
  log: (line: string) => void = (line) => console.log(line),
): Promise<void> {
  const me = service.processId;
  for (const m of await live.all()) {
    if (m.owner === me || !(await live.claim(m.roomId, m.owner, me))) continue;
    await takeOver(service, m, m.owner, log);
  }
}

async function takeOver(service: ResumeService, m: LiveMatch, from: string, log: (line: string) => void) {
  const roomId = await service.prepare(m, from);
  if (!roomId) return;
  try {
    await matchMaker.handleCreateRoom(MATCH_ROOM, { resumeRoom: roomId });
  } catch (err) {
    service.drop(roomId);
    log(`octet: match ${m.matchId} (room ${roomId}) could not be created here: ${(err as Error).message}`);
    await service.release(roomId);
  }
}

async function round(opts: ResumerOptions, log: (line: string) => void): Promise<void> {
  const [matches, alive] = await Promise.all([opts.live.all(), liveProcessIds()]);
  // Handed over (their process is stopping and offers them), or owned by a process that is gone.
  const orphans = matches.filter((m) => m.owner.startsWith(HANDOVER_PREFIX) || !alive.has(m.owner));
  if (orphans.length === 0) return;
  const free = new Set<string>();
  for (const owner of new Set(orphans.map((m) => m.owner))) {
    // A process that answers is alive (its subscription was only slow to show): leave its matches.
    if (owner.startsWith(HANDOVER_PREFIX) || !(await matchMaker.healthCheckProcessId(owner))) free.add(owner);
  }
  const me = opts.service.processId;
  for (const m of orphans) {
    if (!free.has(m.owner)) continue;
    // The old room must be gone from the listings first: a room id is listed once.
    if ((await matchMaker.query({ roomId: m.roomId })).length > 0) continue;
    if (!(await opts.live.claim(m.roomId, m.owner, me))) continue; // another process took it
    await takeOver(opts.service, m, m.owner.replace(HANDOVER_PREFIX, ""), log);
  }
}
