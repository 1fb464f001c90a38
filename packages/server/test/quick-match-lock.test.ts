import { describe, expect, it } from "vitest";
import { QuickMatchBusyError, QuickMatchLock } from "../src/cluster/quick-match-lock.ts";

describe("QuickMatchLock in one process", () => {
  it("runs requests one at a time, in order", async () => {
    const lock = new QuickMatchLock();
    const order: string[] = [];
    let inside = 0;
    const work = (name: string) => async () => {
      inside++;
      expect(inside).toBe(1);
      await new Promise((r) => setTimeout(r, 5));
      order.push(name);
      inside--;
      return name;
    };
    const deadline = Date.now() + 30_000;
    const all = await Promise.all(["a", "b", "c"].map((n) => lock.run("match", deadline, work(n))));
    expect(all).toEqual(["a", "b", "c"]);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("a request whose work never settles gives its turn up at its deadline; the next one runs", async () => {
    const lock = new QuickMatchLock();
    const hung = lock.run("match", Date.now() + 200, () => new Promise<never>(() => {}));
    const next = lock.run("match", Date.now() + 30_000, async () => "ran");
    await expect(hung).rejects.toBeInstanceOf(QuickMatchBusyError);
    await expect(next).resolves.toBe("ran");
  });

  it("a request whose caller gave up while it waited is not started", async () => {
    const lock = new QuickMatchLock();
    let started = false;
    const slow = lock.run("match", Date.now() + 30_000, () => new Promise((r) => setTimeout(r, 100)));
    const late = lock.run("match", Date.now() + 20, async () => {
      started = true;
    });
    await expect(late).rejects.toBeInstanceOf(QuickMatchBusyError);
    await slow;
    expect(started).toBe(false);
  });
});
