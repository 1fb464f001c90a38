/**
 * Where the game server is: `?server=ws://host:port` when given, else the
 * page's own origin (the server serves the built client at /), else, under
 * the Vite dev server, the game server `npm run dev` started next to it.
 */
export function resolveServerUrl(
  location: { protocol: string; host: string; hostname: string; search: string },
  devServerPort?: string,
): string {
  const override = new URLSearchParams(location.search).get("server");
  if (override) return override;
  const ws = location.protocol === "https:" ? "wss:" : "ws:";
  if (devServerPort) return `${ws}//${location.hostname}:${devServerPort}`;
  return `${ws}//${location.host}`;
}
