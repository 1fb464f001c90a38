import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderBalanceHtml } from "../../packages/client/src/balance/html-report.ts";
import { planMatches } from "../../packages/client/src/balance/plan.ts";
import { playAll } from "../../packages/client/src/balance/pool.ts";
import { buildReport, variantReport } from "../../packages/client/src/balance/report.ts";
import { defaultRulesWith } from "../../packages/shared/src/rules/index.ts";
import { ARTIFACTS_DIR, launchChromium } from "./support/browser.ts";
import { openOfflineReport, readCharts } from "./support/offline-report.ts";

// The balance report is a file a designer opens from disk or a CI artefact:
// offline, Chart.js inline, every chart drawn from the embedded report.

const CHARTS = ["win-strategy", "win-seat", "length", "end-reasons", "kinds", "damage", "gold", "first-kill"];

describe("balance HTML report", () => {
  it("opens offline without errors and draws its eight charts from an --against run", async () => {
    const a = defaultRulesWith({ match: { durationSeconds: 90 } });
    const b = defaultRulesWith({
      match: { durationSeconds: 90 },
      units: { archer: { damage: 30 } },
    });
    const specs = planMatches({
      matches: 8,
      seed: 3,
      mix: ["aggressor", "archers", "trainer", "gatherer"],
      seats: 8,
      rotate: true,
    });
    const [ra, rb] = await playAll([a, b], specs, 2);
    const report = buildReport(
      { matches: 8, seed: 3, strategy: "aggressor,archers,trainer,gatherer", seats: 8, rotate: true },
      [variantReport("A", "short.json", [], ra!), variantReport("B", "strong.json", [], rb!)],
      { seconds: 1, cpuSeconds: 1, matchesPerSecond: 16, workers: 2 },
    );
    const dir = mkdtempSync(join(tmpdir(), "octet-balance-html-"));
    writeFileSync(join(dir, "report.html"), renderBalanceHtml(report));

    const browser = await launchChromium();
    try {
      const { context, page, errors, requests } = await openOfflineReport(
        browser,
        join(dir, "report.html"),
        8,
      );
      const charts = await readCharts(page, CHARTS);
      for (const id of CHARTS) expect(charts[id]!.painted, id).toBeGreaterThan(1000);
      // The win-rate bars are the report's own figures, A and B side by side.
      const strategies = Object.values(report.variants[0]!.summary.byStrategy);
      expect(charts["win-strategy"]!.datasets).toBe(2);
      expect(charts["win-strategy"]!.first).toEqual(
        strategies.map((s) => Math.round(s.winRate.rate * 1000) / 10),
      );
      expect(charts["end-reasons"]!.total).toBe(8);
      const comparison = await page.textContent("#comparison");
      for (const name of Object.keys(report.comparison!.byStrategy)) expect(comparison).toContain(name);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, "balance-report.png"), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
