import { describe, expect, it } from "vitest";
import { killsSeenBy } from "../src/interest/kill-fog.ts";

const kill = { victimId: 10, victimKind: 3, victimOwner: "V", killerId: 20, killerOwner: "K" };

describe("kill events through the fog", () => {
  it("names the killer only to a player who owned or saw it", () => {
    // Saw the victim, not the killer: told of the kill, not by whom.
    expect(killsSeenBy([kill], "X", new Set([10]))).toEqual([{ ...kill, killerId: 0, killerOwner: "" }]);
    // The victim's owner did not see the killer either.
    expect(killsSeenBy([kill], "V", new Set())).toEqual([{ ...kill, killerId: 0, killerOwner: "" }]);
    // Saw both, or owns the killer: the whole event.
    expect(killsSeenBy([kill], "X", new Set([10, 20]))).toEqual([kill]);
    expect(killsSeenBy([kill], "K", new Set())).toEqual([kill]);
  });

  it("tells nothing to a player who saw neither the victim nor owned a side", () => {
    expect(killsSeenBy([kill], "X", new Set())).toEqual([]);
    expect(killsSeenBy([kill], "X", new Set([20]))).toEqual([]);
    expect(killsSeenBy([kill], "X", undefined)).toEqual([]);
  });
});
