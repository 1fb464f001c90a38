import { LocalPresence } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import {
  claimRoomCode,
  generateRoomCode,
  isRoomCode,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  RoomCodeError,
  releaseRoomCode,
} from "../src/rooms/room-code.ts";

/** A "random" source that replays a fixed list of indices. */
function scripted(indices: number[]): (max: number) => number {
  let i = 0;
  return (max) => indices[i++ % indices.length]! % max;
}

describe("private match codes", () => {
  it("are short, from an alphabet without look-alikes", () => {
    for (const ch of "01OIL") expect(ROOM_CODE_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) {
      const code = generateRoomCode();
      expect(code).toHaveLength(ROOM_CODE_LENGTH);
      expect(isRoomCode(code)).toBe(true);
    }
    expect(isRoomCode("ABCD")).toBe(false);
    expect(isRoomCode("ABCDO")).toBe(false);
  });

  it("a code already claimed is never handed out twice; a released one is free again", async () => {
    const presence = new LocalPresence();
    // The first two attempts draw the same code; the second claim must pick another.
    const same = scripted([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const first = await claimRoomCode(presence, same);
    const second = await claimRoomCode(presence, same);
    expect(first).toBe("22222");
    expect(second).not.toBe(first);
    await releaseRoomCode(presence, first);
    expect(await claimRoomCode(presence, scripted([0]))).toBe("22222");
  });

  it("gives up with a clear error when every attempt collides", async () => {
    const presence = new LocalPresence();
    const always = scripted([5]);
    await claimRoomCode(presence, always);
    await expect(claimRoomCode(presence, always)).rejects.toBeInstanceOf(RoomCodeError);
  });
});
