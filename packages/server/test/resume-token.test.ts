import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResumeKeys, MAX_RESUME_TOKEN_LENGTH, ResumeKeys } from "../src/resume/resume-token.ts";

describe("resume tokens", () => {
  const keys = new ResumeKeys(Buffer.alloc(32, 7));

  it("prove one seat of one match, and nothing else", () => {
    const token = keys.issue("ROOM1-abc", "player_1");
    expect(keys.verify(token)).toEqual({ matchId: "ROOM1-abc", playerId: "player_1" });
    const [m, p, sig] = token.split(".") as [string, string, string];
    expect(keys.verify(`${m}.other.${sig}`)).toBeNull();
    expect(keys.verify(`${m}x.${p}.${sig}`)).toBeNull();
    expect(keys.verify(`${m}.${p}.${sig.slice(0, -1)}A`)).toBeNull();
    expect(keys.verify(`${m}.${p}`)).toBeNull();
    expect(keys.verify(new ResumeKeys(Buffer.alloc(32, 8)).issue(m, p))).toBeNull();
    for (const odd of [undefined, null, 42, {}, [], "", "x".repeat(MAX_RESUME_TOKEN_LENGTH + 1), "a.b/c.d"])
      expect(keys.verify(odd)).toBeNull();
  });

  it("keeps a single process's secret with its records, readable by it alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octet-resume-"));
    const a = await loadResumeKeys({ envSecret: undefined, dir });
    const b = await loadResumeKeys({ envSecret: undefined, dir });
    expect(b.verify(a.issue("M-1", "p1"))).toEqual({ matchId: "M-1", playerId: "p1" });
    expect(statSync(join(dir, ".resume-secret")).mode & 0o777).toBe(0o600);
    expect(() => new ResumeKeys(Buffer.alloc(8))).toThrow(/at least 32 bytes/);
  });
});
