// A CPU profile of the page (Chrome DevTools Protocol) while the bench measures,
// summarized as the functions with the most self and inclusive time: where the
// frame's milliseconds go. Build the client with `--minify false` for names.
import { writeFileSync } from "node:fs";
import type { CDPSession, Page } from "playwright-core";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  fn: string;
  selfMs: number;
  totalMs: number;
}

export interface PageProfiler {
  stop(file: string): Promise<ProfileRow[]>;
}

export async function startProfile(page: Page): Promise<PageProfiler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
  await cdp.send("Profiler.start");
  return {
    async stop(file) {
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
      await cdp.detach();
      writeFileSync(file, JSON.stringify(profile));
      return summarize(profile);
    },
  };
}

/** Self and inclusive time per function (name, file, line), most inclusive first. */
export function summarize(p: CpuProfile): ProfileRow[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split("/").pop() || "(native)";
    return `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`;
  };
  const rows = new Map<string, ProfileRow>();
  const row = (k: string) => {
    let r = rows.get(k);
    if (!r) {
      r = { fn: k, selfMs: 0, totalMs: 0 };
      rows.set(k, r);
    }
    return r;
  };
  // Inclusive time: each node's self time counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    row(key(n)).selfMs += ms;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      row(k).totalMs += ms;
    }
  }
  return [...rows.values()].sort((a, b) => b.totalMs - a.totalMs);
}
