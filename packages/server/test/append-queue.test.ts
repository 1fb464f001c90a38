// A record store's write queue (replays/record-store.ts): a record with a hole
// can be neither replayed nor resumed, so bytes of a failed write wait, in
// order, for the next try instead of being dropped.
import { describe, expect, it } from "vitest";
import { AppendQueue } from "../src/replays/record-store.ts";

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
});
