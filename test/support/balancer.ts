import { createServer, type Server, Socket } from "node:net";

export interface Balancer {
  port: number;
  /** http:// address of the balancer (players' matchmaking goes here) */
  httpUrl: string;
  url: string;
  /** the backends' ports, tried in turn; change it as processes come and go */
  targets: number[];
  close(): Promise<void>;
}

/**
 * A TCP load balancer on loopback, as players meet a cluster in production:
 * each connection goes to the next backend that accepts it, skipping dead
 * ones. Matchmaking and match-status requests go through it; the match's own
 * WebSocket goes to the process the seat reservation names.
 */
export async function startBalancer(targets: number[]): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<Socket>();
  const connect = (client: Socket, tries: number) => {
    if (tries >= balancer.targets.length) {
      client.destroy();
      return;
    }
    const port = balancer.targets[next++ % balancer.targets.length]!;
    const upstream = new Socket();
    let connected = false;
    sockets.add(upstream);
    upstream.once("error", () => {
      sockets.delete(upstream);
      if (!connected) connect(client, tries + 1);
      else client.destroy();
    });
    upstream.connect(port, "127.0.0.1", () => {
      connected = true;
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
    upstream.on("close", () => {
      sockets.delete(upstream);
      if (connected) client.destroy();
    });
    client.on("close", () => upstream.destroy());
  };
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.on("error", () => {});
    client.on("close", () => sockets.delete(client));
    connect(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const balancer: Balancer = {
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    url: `ws://127.0.0.1:${port}`,
    targets: [...targets],
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return balancer;
}
