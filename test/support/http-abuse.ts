import { request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** ms from the first byte sent to the status line */
  ms: number;
}

/**
 * POSTs a body of `size` bytes in 64 KB chunks, declared with Content-Length
 * (or chunked when `chunked`), and resolves with the answer, even when the
 * server answers early and drops the rest (as it should for a huge body).
 */
export function postBytes(
  url: string,
  size: number,
  opts: { chunked?: boolean; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    if (!opts.chunked) headers["content-length"] = String(size);
    const req = request(url, { method: "POST", headers }, (res) => {
      const ms = performance.now() - started;
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms }));
    });
    // The server may drop the connection once it has answered: only an error before any answer counts.
    let answered = false;
    req.on("response", () => {
      answered = true;
    });
    req.on("error", (err) => {
      if (!answered) reject(err);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(chunk.byteLength, size - sent);
        sent += n;
        if (!req.write(n === chunk.byteLength ? chunk : chunk.subarray(0, n)))
          return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

/** A JSON POST with extra headers (a forwarded address, an Origin), answered as status + JSON. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: res.status, headers: res.headers, json, ms: performance.now() - started };
}
