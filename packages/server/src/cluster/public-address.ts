/**
 * Where clients reach this process when PUBLIC_ADDRESS is not set: the
 * interface it listens on, or localhost when it listens on all of them. That
 * suits processes on one machine; behind a load balancer, set PUBLIC_ADDRESS.
 */
export function defaultPublicAddress(host: string, port: number): string {
  const anyInterface = host === "0.0.0.0" || host === "::" || host === "";
  const name = anyInterface ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `${name}:${port}`;
}
