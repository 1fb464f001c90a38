// A record store's write queue (replays/record-store.ts): a record with a hole
// can be neither replayed nor resumed, so bytes of a failed write wait, in
// order, for the next try instead of being dropped; appends within a batch
// window (APPEND_BATCH_MS) go out in one write.
import { describe, expect, it } from "vitest";
import { AppendQueue } from "../src/replays/record-store.ts";

const bytes = (n: number) => new Uint8Array([n]);

describe("the record's append queue", () => {
  it("holds back what a failed write had, writes it first when the store is back, and says so once", async () => {
    const stored: number[] = [];
    const errors: string[] = [];
    let away = false;
    const queue = new AppendQueue(
      async (bytes) => {
        if (away) throw new Error("store away");
        stored.push(...bytes);
      },
      (err) => errors.push(err.message),
    );
    queue.push(Uint8Array.of(1));
    await queue.flushed();
    away = true;
    queue.push(Uint8Array.of(2));
    await expect(queue.flushed()).rejects.toThrow(/1 bytes of the record are not written yet/);
    queue.push(Uint8Array.of(3));
    await expect(queue.flushed()).rejects.toThrow(/2 bytes/);
    expect(errors).toEqual(["store away"]);
    away = false;
    queue.push(Uint8Array.of(4));
    await queue.flushed();
    expect(stored).toEqual([1, 2, 3, 4]);
    expect(queue.unwritten).toBe(0);
    expect(errors).toEqual(["store away", "written again after 2 failed tries"]);
  });

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
});
