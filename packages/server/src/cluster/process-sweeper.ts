import { matchMaker } from "@colyseus/core";
import { liveProcessIds } from "./process-liveness.ts";

export interface SweeperOptions {
  /** how often to look (ms) */
  intervalMs: number;
  /** whether this process can talk to Redis now (no point sweeping otherwise) */
  redisReady: () => boolean;
  /** ms of Redis being up before sweeping: others need a moment to subscribe again after an outage */
  settleMs: number;
}

/**
 * Keeps the shared process and room lists honest, from every process:
 * - a process whose IPC channel has no subscriber (killed, crashed, cut off)
 *   gets Colyseus's own health check: asked over IPC, and when it does not
 *   answer, dropped from the process list with all its room listings. A process
 *   that was only stalled restores its listings itself (Colyseus's swept receipt);
 * - this process lists itself again when its entry is missing (after Redis
 *   restarted empty, or after a peer wrongly swept it).
 * Returns a function that stops it.
 */
export function startProcessSweeper(opts: SweeperOptions): () => void {
  let readySince = 0;
  let running = false;
  const timer = setInterval(async () => {
    if (!opts.redisReady()) {
      readySince = 0;
      return;
    }
    if (readySince === 0) readySince = Date.now();
    if (running || Date.now() - readySince < opts.settleMs) return;
    if (matchMaker.state !== matchMaker.MatchMakerState.READY) return;
    running = true;
    try {
      await sweep();
    } catch {
      // Redis went away mid-sweep: the next round tries again.
    } finally {
      running = false;
    }
  }, opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

async function sweep(): Promise<void> {
  const [listed, alive, rooms] = await Promise.all([
    matchMaker.stats.fetchAll(),
    liveProcessIds(),
    matchMaker.query({}),
  ]);
  const me = matchMaker.processId;
  const suspects = new Set<string>();
  for (const { processId } of listed) if (!alive.has(processId)) suspects.add(processId);
  // Rooms of a process that is not even listed any more (excluded after a timeout) count too.
  for (const room of rooms) if (!alive.has(room.processId)) suspects.add(room.processId);
  await Promise.all([...suspects].map((id) => matchMaker.healthCheckProcessId(id)));
  if (!listed.some((p) => p.processId === me)) await matchMaker.stats.persist(true);
}
