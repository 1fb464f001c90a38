import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerHandle, startServer } from "../support/server-process.ts";

/** The lobby's script, compressed, stays under this many bytes (issue 16). */
const LOBBY_SCRIPT_BUDGET = 150 * 1024;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** the bytes on the wire, not decompressed */
  body: Buffer;
}

/** GET with a chosen Accept-Encoding; node:http does not decompress, so the body is what travelled. */
function rawGet(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

// Runs after `npm run build` (npm test builds first): the server must serve the built client at /.
describe("the game server serves the built browser client", () => {
  let server: ServerHandle;
  let html = "";
  let entry = "";

  beforeAll(async () => {
    server = await startServer();
    html = (await rawGet(`${server.httpUrl}/`)).body.toString("utf8");
    entry = /<script type="module"[^>]*src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("GET / returns the built index.html with a loading indicator, a favicon, and its scripts and styles", async () => {
    const res = await fetch(`${server.httpUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(html).toContain('<div id="game"');
    expect(html).toContain('id="boot"');
    // The built page references hashed bundles, not the TypeScript entry.
    expect(html).not.toContain("src/game/main.ts");
    expect(entry).not.toBe("");
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    for (const asset of assets) {
      const r = await fetch(`${server.httpUrl}/${asset}`);
      expect(r.status, asset).toBe(200);
      const type = r.headers.get("content-type") ?? "";
      expect(type, asset).toMatch(asset.endsWith(".js") ? /javascript/ : /text\/css/);
      expect((await r.text()).length, asset).toBeGreaterThan(100);
    }
    const icon = /<link rel="icon"[^>]*href="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(icon).toBe("favicon.svg");
    const r = await fetch(`${server.httpUrl}/${icon}`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/image\/svg\+xml/);
  });

  it("sends the precompressed brotli copy to a browser that accepts it, and the lobby script is under budget", async () => {
    const plain = await rawGet(`${server.httpUrl}/${entry}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await rawGet(`${server.httpUrl}/${entry}`, "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toMatch(/immutable/);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(LOBBY_SCRIPT_BUDGET);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    // The page itself is re-checked on every visit, so a new build is picked up.
    expect((await rawGet(`${server.httpUrl}/`, "br")).headers["cache-control"]).toBe("no-cache");
  });

  it("keeps Phaser out of the lobby script: it is a chunk of its own, gzip for a gzip-only client", async () => {
    const lobby = (await rawGet(`${server.httpUrl}/${entry}`)).body.toString("utf8");
    expect(lobby).not.toContain("WebGLRenderer");
    const chunk = /phaser-game-[\w-]+\.js/.exec(lobby)?.[0];
    expect(chunk).toBeDefined();
    const gz = await rawGet(`${server.httpUrl}/assets/${chunk}`, "gzip");
    expect(gz.status).toBe(200);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString("utf8")).toContain("WebGLRenderer");
  });

  it("an unknown asset is a 404, not the page", async () => {
    const res = await fetch(`${server.httpUrl}/assets/does-not-exist.js`);
    expect(res.status).toBe(404);
    const br = await rawGet(`${server.httpUrl}/assets/does-not-exist.js`, "br");
    expect(br.status).toBe(404);
  });
});
