import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// Runs after `npm run build` (npm test builds first): the server must serve the built client at /.
describe("the game server serves the built browser client", () => {
  let server: ServerHandle;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("GET / returns the built index.html, and the scripts and styles it references", async () => {
    const res = await fetch(`${server.httpUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="game"');
    // The built page references hashed bundles, not the TypeScript entry.
    expect(html).not.toContain("src/game/main.ts");
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
    for (const asset of assets) {
      const r = await fetch(`${server.httpUrl}/${asset}`);
      expect(r.status, asset).toBe(200);
      const type = r.headers.get("content-type") ?? "";
      expect(type, asset).toMatch(asset.endsWith(".js") ? /javascript/ : /text\/css/);
      const body = await r.text();
      expect(body.length, asset).toBeGreaterThan(100);
      if (asset.endsWith(".js")) expect(body).toContain("Phaser");
    }
  });

  it("an unknown asset is a 404, not the page", async () => {
    const res = await fetch(`${server.httpUrl}/assets/does-not-exist.js`);
    expect(res.status).toBe(404);
  });
});
