import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ID_PATTERN } from "../ids.ts";
import type { LiveMatch } from "./live-matches.ts";

/**
 * The running matches of a single process (no Redis), as one small file per
 * match in the record directory, so that the process started again after a
 * crash finds what ran when it died. One process per directory: nothing here
 * arbitrates between two.
 */
export class LocalLiveMatches {
  readonly fenced = false;
  private readonly dir: string;

  constructor(recordDir: string) {
    this.dir = join(recordDir, "live");
    mkdirSync(this.dir, { recursive: true });
  }

  entryKey(roomId: string): string {
    return join(this.dir, `${roomId}.json`);
  }

  async register(m: LiveMatch): Promise<void> {
    if (!ID_PATTERN.test(m.roomId)) throw new Error(`bad room id ${JSON.stringify(m.roomId)}`);
    writeFileSync(this.entryKey(m.roomId), JSON.stringify(m));
  }

  async get(roomId: string): Promise<LiveMatch | null> {
    if (!ID_PATTERN.test(roomId)) return null;
    try {
      return JSON.parse(readFileSync(this.entryKey(roomId), "utf8")) as LiveMatch;
    } catch {
      return null;
    }
  }

  async all(): Promise<LiveMatch[]> {
    const out: LiveMatch[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith(".json")) continue;
      const m = await this.get(name.slice(0, -5));
      if (m) out.push(m);
    }
    return out;
  }

  async claim(roomId: string, from: string, to: string): Promise<boolean> {
    const m = await this.get(roomId);
    if (!m || m.owner !== from) return false;
    await this.register({ ...m, owner: to });
    return true;
  }

  async handOver(roomId: string, owner: string): Promise<boolean> {
    return (await this.get(roomId))?.owner === owner;
  }

  async release(roomId: string, owner: string): Promise<boolean> {
    if ((await this.get(roomId))?.owner !== owner) return false;
    rmSync(this.entryKey(roomId), { force: true });
    return true;
  }
}
