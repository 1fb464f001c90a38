import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress, type ProgressState } from "../../src/bots/progress.ts";

function stream(tty: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  if (tty) {
    s.isTTY = true;
    s.columns = 160;
  }
  let text = "";
  s.on("data", (d) => {
    text += d;
  });
  return { s: s as unknown as NodeJS.WriteStream, text: () => text };
}

const state = (over: Partial<ProgressState>): ProgressState => ({
  phase: "playing",
  connected: 16,
  target: 16,
  rooms: 2,
  elapsedSeconds: 1,
  messagesPerSecond: 160.4,
  bytesPerSecond: 6144,
  errors: 0,
  ...over,
});

describe("progress display", () => {
  it("prints plain lines every few seconds (and on a phase change) when not on a terminal", () => {
    const out = stream(false);
    const p = createProgress(out.s, 20, 5);
    for (let t = 1; t <= 12; t++) p.update(state({ elapsedSeconds: t }));
    p.update(state({ phase: "stopping", elapsedSeconds: 12.5, connected: 0, rooms: 0 }));
    p.stop();
    expect(out.text().split("\n").filter(Boolean)).toEqual([
      "[   1 s] playing: 16/16 connected, 2 rooms, 160 msg/s, 6.0 KB/s, 0 errors",
      "[   6 s] playing: 16/16 connected, 2 rooms, 160 msg/s, 6.0 KB/s, 0 errors",
      "[  11 s] playing: 16/16 connected, 2 rooms, 160 msg/s, 6.0 KB/s, 0 errors",
      "[  13 s] stopping: 0/16 connected, 0 rooms, 160 msg/s, 6.0 KB/s, 0 errors",
    ]);
  });

  it("draws a live bar on a terminal", () => {
    const out = stream(true);
    const p = createProgress(out.s, 20);
    p.update(state({ connected: 12, errors: 3 }));
    p.update(state({ elapsedSeconds: 2 }));
    p.stop();
    expect(out.text()).toContain(
      "16/16 connected | 2 rooms | 2 s (plays 20 s) | 160 msg/s | 6.0 KB/s | 0 errors",
    );
    expect(out.text()).toContain("\u001b["); // cursor control: a bar redrawn in place, not lines
  });
});
