import cliProgress from "cli-progress";

/** What the progress display shows, once a second. */
export interface ProgressState {
  phase: "joining" | "playing" | "stopping";
  connected: number;
  target: number;
  rooms: number;
  elapsedSeconds: number;
  /** messages received per second, all bots */
  messagesPerSecond: number;
  bytesPerSecond: number;
  errors: number;
}

export interface ProgressDisplay {
  update(s: ProgressState): void;
  stop(): void;
}

const fmtRate = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB/s` : `${(bytes / 1024).toFixed(1)} KB/s`;

/**
 * A live bar (cli-progress) on a terminal; on anything else (a pipe, a CI
 * log) a plain line every `plainEverySeconds`, so logs stay readable.
 */
export function createProgress(
  stream: NodeJS.WriteStream,
  durationSeconds: number,
  plainEverySeconds = 5,
): ProgressDisplay {
  if (!stream.isTTY) {
    let lastLine = Number.NEGATIVE_INFINITY;
    let lastPhase = "";
    return {
      update(s) {
        if (s.phase === lastPhase && s.elapsedSeconds - lastLine < plainEverySeconds) return;
        lastLine = s.elapsedSeconds;
        lastPhase = s.phase;
        stream.write(
          `[${s.elapsedSeconds.toFixed(0).padStart(4)} s] ${s.phase}: ${s.connected}/${s.target} connected, ` +
            `${s.rooms} rooms, ${Math.round(s.messagesPerSecond)} msg/s, ${fmtRate(s.bytesPerSecond)}, ` +
            `${s.errors} errors\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        "{phase} [{bar}] {value}/{total} connected | {rooms} rooms | {runSeconds} s (plays {playSeconds} s) | " +
        "{msgs} msg/s | {rate} | {errors} errors",
      barsize: 24,
      hideCursor: true,
      fps: 4,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(s) {
      const payload = {
        phase: s.phase.padEnd(8),
        rooms: s.rooms,
        // cli-progress has its own {duration} and {eta}: these names are ours.
        runSeconds: s.elapsedSeconds.toFixed(0),
        playSeconds: durationSeconds,
        msgs: Math.round(s.messagesPerSecond),
        rate: fmtRate(s.bytesPerSecond),
        errors: s.errors,
      };
      if (!started) {
        bar.start(s.target, s.connected, payload);
        started = true;
      } else {
        bar.setTotal(s.target);
        bar.update(s.connected, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
