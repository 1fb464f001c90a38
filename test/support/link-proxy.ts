import { createServer, type Server, Socket } from "node:net";
import { DelayLine, type DelaySpec } from "../../packages/client/src/bots/delay-line.ts";

export interface LinkConditions {
  /** added to every chunk in each direction, ms (round trip = 2x) */
  oneWayMs: number;
  /** each chunk's delay varies uniformly by +- this much, ms; order is kept, as TCP does */
  jitterMs: number;
}

export interface LinkProxy {
  port: number;
  /** http:// address to load the page from; the page's WebSocket goes through the proxy too */
  httpUrl: string;
  url: string;
  /** open client connections */
  readonly connections: number;
  /** changes the delay for chunks sent from now on */
  setConditions(c: LinkConditions): void;
  /**
   * Cuts every open connection without a close handshake (what a dropped
   * network looks like) and refuses new ones for `downMs`.
   */
  cut(downMs?: number): void;
  /** holds everything the server sends until resume() (the client keeps sending) */
  holdDownstream(): void;
  resumeDownstream(): void;
  close(): Promise<void>;
}

/** One direction of a connection: chunks delivered late but in stream order, as TCP does. */
interface Lane {
  to: Socket;
  line: DelayLine;
}

interface Pipe {
  client: Socket;
  upstream: Socket;
  up: Lane;
  down: Lane;
  /** chunks held while downstream is paused */
  held: Buffer[];
}

/**
 * A TCP proxy in front of a real server, so browser tests and benchmarks can
 * give the page's real socket latency and jitter, a network cut, or a
 * stalled downstream, without touching the client or the server.
 */
export async function startLinkProxy(
  target: { host: string; port: number },
  initial: LinkConditions = { oneWayMs: 0, jitterMs: 0 },
): Promise<LinkProxy> {
  // Read by every lane at each chunk, so new conditions apply to chunks sent from then on.
  const spec: DelaySpec = { latencyMs: initial.oneWayMs, jitterMs: initial.jitterMs };
  let downUntil = 0;
  let holding = false;
  const pipes = new Set<Pipe>();
  // A small deterministic generator: runs with the same settings see the same jitter.
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const send = (lane: Lane, chunk: Buffer) => {
    if (spec.latencyMs === 0 && spec.jitterMs === 0 && lane.line.pending === 0) {
      lane.to.write(chunk);
      return;
    }
    lane.line.push(() => {
      if (!lane.to.destroyed) lane.to.write(chunk);
    });
  };
  const lane = (to: Socket): Lane => ({ to, line: new DelayLine(spec, random) });
  const stopLanes = (p: Pipe) => {
    p.up.line.close();
    p.down.line.close();
  };

  const server: Server = createServer((client) => {
    if (Date.now() < downUntil) {
      client.destroy();
      return;
    }
    client.setNoDelay(true);
    const upstream = new Socket();
    const pipe: Pipe = { client, upstream, up: lane(upstream), down: lane(client), held: [] };
    pipes.add(pipe);
    const end = () => {
      pipes.delete(pipe);
      stopLanes(pipe);
      client.destroy();
      upstream.destroy();
    };
    upstream.setNoDelay(true);
    upstream.connect(target.port, target.host);
    upstream.on("data", (chunk: Buffer) => {
      if (holding) pipe.held.push(chunk);
      else send(pipe.down, chunk);
    });
    // Writes before the upstream connects are buffered by the socket itself.
    client.on("data", (chunk: Buffer) => send(pipe.up, chunk));
    client.on("error", end);
    upstream.on("error", end);
    client.on("close", end);
    upstream.on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    url: `ws://127.0.0.1:${port}`,
    get connections() {
      return pipes.size;
    },
    setConditions(c) {
      spec.latencyMs = c.oneWayMs;
      spec.jitterMs = c.jitterMs;
    },
    cut(downMs = 0) {
      downUntil = Date.now() + downMs;
      for (const p of pipes) {
        stopLanes(p);
        // resetAndDestroy sends a TCP RST: no WebSocket close frame, no FIN.
        p.client.resetAndDestroy();
        p.upstream.resetAndDestroy();
      }
      pipes.clear();
    },
    holdDownstream() {
      holding = true;
    },
    resumeDownstream() {
      holding = false;
      for (const p of pipes) {
        for (const chunk of p.held) send(p.down, chunk);
        p.held = [];
      }
    },
    close() {
      for (const p of pipes) {
        stopLanes(p);
        p.client.destroy();
        p.upstream.destroy();
      }
      pipes.clear();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
