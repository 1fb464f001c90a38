import { createServer, type Server, Socket } from "node:net";

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

/** One direction of a connection: chunks waiting for their delivery time, in stream order. */
interface Lane {
  to: Socket;
  queue: Array<{ due: number; chunk: Buffer }>;
  timer: ReturnType<typeof setTimeout> | null;
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
  let conditions = initial;
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
  const delayFor = () => Math.max(0, conditions.oneWayMs + (random() * 2 - 1) * conditions.jitterMs);

  // One timer per lane, draining in order: separate timers per chunk could fire out of order.
  const drain = (lane: Lane) => {
    lane.timer = null;
    const now = Date.now();
    while (lane.queue.length > 0 && lane.queue[0]!.due <= now) {
      const { chunk } = lane.queue.shift()!;
      if (!lane.to.destroyed) lane.to.write(chunk);
    }
    if (lane.queue.length > 0) lane.timer = setTimeout(() => drain(lane), lane.queue[0]!.due - now);
  };
  const send = (lane: Lane, chunk: Buffer) => {
    if (conditions.oneWayMs === 0 && conditions.jitterMs === 0 && lane.queue.length === 0) {
      lane.to.write(chunk);
      return;
    }
    const now = Date.now();
    // Never before the chunk ahead of it: a TCP stream is delivered in order.
    const due = Math.max(lane.queue.at(-1)?.due ?? 0, now + delayFor());
    lane.queue.push({ due, chunk });
    if (!lane.timer) lane.timer = setTimeout(() => drain(lane), due - now);
  };
  const lane = (to: Socket): Lane => ({ to, queue: [], timer: null });
  const stopLanes = (p: Pipe) => {
    for (const l of [p.up, p.down]) if (l.timer) clearTimeout(l.timer);
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
      conditions = c;
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
