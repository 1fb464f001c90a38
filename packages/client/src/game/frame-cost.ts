import type { MatchConnection } from "../net/index.ts";
import type { FrameCost } from "./debug-types.ts";

export type { FrameCost };

const CAPACITY = 8192;

/**
 * Measures the client's own CPU time per frame with performance.now(): time
 * spent handling WebSocket messages (net/) since the previous frame, plus the
 * scene's update. Rasterization (the browser's and the GPU's part of drawing)
 * is not in it, so the figure says what the client's code costs on any device.
 */
export class FrameCostMeter {
  private readonly samples: FrameCost[] = [];
  private total = 0;
  private netSince = 0;
  private updateStart = 0;
  private lapAt = 0;
  private parts: number[] = [];
  private unwrap: (() => void) | null = null;

  /** Times every WebSocket message the connection handles (the SDK keeps one events object across reconnects). */
  watch(conn: MatchConnection): void {
    this.unwatch();
    const events = conn.room.connection.events;
    const forward = events.onmessage;
    events.onmessage = (event: MessageEvent) => {
      const t0 = performance.now();
      try {
        forward?.(event);
      } finally {
        this.netSince += performance.now() - t0;
      }
    };
    this.unwrap = () => {
      events.onmessage = forward;
    };
  }

  unwatch(): void {
    this.unwrap?.();
    this.unwrap = null;
  }

  beginUpdate(): number {
    this.updateStart = performance.now();
    this.lapAt = this.updateStart;
    this.parts = [];
    return this.updateStart;
  }

  /** Ends one part of the update (UPDATE_PARTS order). */
  lap(): void {
    const t = performance.now();
    this.parts.push(t - this.lapAt);
    this.lapAt = t;
  }

  /** A figure measured elsewhere, recorded after the parts (not added to updateMs). */
  note(ms: number): void {
    this.parts.push(ms);
  }

  endUpdate(frame: number): FrameCost {
    const cost = {
      frame,
      netMs: this.netSince,
      updateMs: performance.now() - this.updateStart,
      parts: this.parts,
    };
    this.netSince = 0;
    if (this.samples.length < CAPACITY) this.samples.push(cost);
    else this.samples[this.total % CAPACITY] = cost;
    this.total++;
    return cost;
  }

  /** Frames measured so far. */
  get count(): number {
    return this.total;
  }

  /** Samples for frames after `afterFrame` still in the buffer, oldest first. */
  since(afterFrame: number): FrameCost[] {
    return this.samples.filter((s) => s.frame > afterFrame).sort((a, b) => a.frame - b.frame);
  }
}
