import { describe, expect, it } from "vitest";
import { AppendQueue } from "../src/replays/record-store.ts";

const bytes = (n: number) => new Uint8Array([n]);

describe("a record's append queue", () => {
  it("sends a batch's appends in one write, in order, at once when flushed", async () => {
    const writes: number[][] = [];
    // A batch window far longer than the test: only flushed() can send these.
    const q = new AppendQueue(
      async (b) => void writes.push([...b]),
      () => {},
      60_000,
    );
    for (let i = 1; i <= 10; i++) q.push(bytes(i));
    await Promise.resolve();
    expect(writes).toEqual([]);
    await q.flushed();
    expect(writes).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    q.push(bytes(11));
    await q.flushed();
    expect(writes).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11]]);
  });

  it("with no batch window, writes the first append at once and batches what comes during the write", async () => {
    const writes: number[][] = [];
    let release = () => {};
    const q = new AppendQueue(
      (b) => {
        writes.push([...b]);
        return new Promise<void>((r) => {
          release = r;
        });
      },
      () => {},
      0,
    );
    q.push(bytes(1));
    q.push(bytes(2));
    q.push(bytes(3));
    expect(writes).toEqual([[1]]);
    release();
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([[1], [2, 3]]);
    release();
    await q.flushed();
  });

  it("a failed write is reported and the next batch still goes out", async () => {
    const errors: string[] = [];
    let calls = 0;
    const q = new AppendQueue(
      async () => {
        if (calls++ === 0) throw new Error("disk full");
      },
      (e) => errors.push(e.message),
      60_000,
    );
    q.push(bytes(1));
    await q.flushed();
    q.push(bytes(2));
    await q.flushed();
    expect(errors).toEqual(["disk full"]);
    expect(calls).toBe(2);
  });
});
