import { LocalPresence } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { openRematch, RematchError, takeRematch, withdrawRematch } from "../src/rooms/rematch.ts";
import { isRoomCode } from "../src/rooms/room-code.ts";

const CLAIMS_KEY = "octet:room-codes";

describe("rematch offers", () => {
  it("are private match codes, claimed at once, taken by exactly one create", async () => {
    const presence = new LocalPresence();
    const code = await openRematch(presence);
    expect(isRoomCode(code)).toBe(true);
    expect(await presence.hget(CLAIMS_KEY, code)).not.toBeNull();
    const takes = await Promise.allSettled([takeRematch(presence, code), takeRematch(presence, code)]);
    expect(takes.filter((t) => t.status === "fulfilled")).toHaveLength(1);
    expect(takes.find((t) => t.status === "rejected")?.reason).toBeInstanceOf(RematchError);
    // Taken: the finished match going away frees nothing (the rematch room owns the code now).
    await withdrawRematch(presence, code);
    expect(await presence.hget(CLAIMS_KEY, code)).not.toBeNull();
  });

  it("nobody took: withdrawn with its code freed, and no create gets it afterwards", async () => {
    const presence = new LocalPresence();
    const code = await openRematch(presence);
    await withdrawRematch(presence, code);
    expect(await presence.hget(CLAIMS_KEY, code)).toBeNull();
    await expect(takeRematch(presence, code)).rejects.toThrow(/no open rematch/);
  });

  it("refuses what is no offer: made-up codes, non-strings, wrong lengths", async () => {
    const presence = new LocalPresence();
    for (const bad of ["ZZZZZ", "22222"])
      await expect(takeRematch(presence, bad)).rejects.toThrow(/no open rematch/);
    for (const bad of [undefined, 5, { toString: () => "ZZZZZ" }, "zz", "ZZZZZZ", "0OIL1"])
      await expect(takeRematch(presence, bad)).rejects.toThrow(/not a rematch code/);
  });
});
