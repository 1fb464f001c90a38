import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResumeKeys, MAX_RESUME_TOKEN_LENGTH, ResumeKeys } from "../src/resume/resume-token.ts";

describe("resume tokens", () => {
  const keys = new ResumeKeys(Buffer.alloc(32, 7));

  it("prove one seat of one match, and nothing else", () => {
    const me = "guest:alice";
    const token = keys.issue("ROOM1-abc", "player_1", me);
    expect(keys.verify(token, me)).toEqual({ matchId: "ROOM1-abc", playerId: "player_1" });
    const [m, p, sig] = token.split(".") as [string, string, string];
    expect(keys.verify(`${m}.other.${sig}`, me)).toBeNull();
    expect(keys.verify(`${m}x.${p}.${sig}`, me)).toBeNull();
    expect(keys.verify(`${m}.${p}.${sig.slice(0, -1)}A`, me)).toBeNull();
    expect(keys.verify(`${m}.${p}`, me)).toBeNull();
    expect(keys.verify(new ResumeKeys(Buffer.alloc(32, 8)).issue(m, p, me), me)).toBeNull();
    for (const odd of [undefined, null, 42, {}, [], "", "x".repeat(MAX_RESUME_TOKEN_LENGTH + 1), "a.b/c.d"])
      expect(keys.verify(odd, me)).toBeNull();
  });

  it("prove a seat only for the identity it was given to", () => {
    const token = keys.issue("ROOM1-abc", "player_1", "guest:alice");
    expect(keys.verify(token, "guest:mallory")).toBeNull();
    expect(keys.verify(token, "")).toBeNull();
    expect(keys.verify(token, "guest:alice")).toEqual({ matchId: "ROOM1-abc", playerId: "player_1" });
  });

  it("keeps a single process's secret with its records, readable by it alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octet-resume-"));
    const a = await loadResumeKeys({ envSecret: undefined, dir });
    const b = await loadResumeKeys({ envSecret: undefined, dir });
    expect(b.verify(a.issue("M-1", "p1", "guest:x"), "guest:x")).toEqual({ matchId: "M-1", playerId: "p1" });
    expect(statSync(join(dir, ".resume-secret")).mode & 0o777).toBe(0o600);
    expect(() => new ResumeKeys(Buffer.alloc(8))).toThrow(/at least 32 bytes/);
  });
});
