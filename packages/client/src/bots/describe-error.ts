import { CloseCode } from "@colyseus/sdk";
import { CloseCodes } from "@octet/shared/protocol";

/** Close codes by name: the WebSocket's, Colyseus's and Octet's own. */
const CLOSE_NAMES: ReadonlyMap<number, string> = new Map([
  ...Object.entries(CloseCode).map(([name, code]) => [code, name] as [number, string]),
  ...Object.entries(CloseCodes).map(([name, code]) => [code, name] as [number, string]),
]);

/** "close 1006 ABNORMAL_CLOSURE (reason)" or "close 1006 ABNORMAL_CLOSURE, no reason given". */
export function describeClose(code: number | undefined, reason?: string): string {
  if (code === undefined || code === null)
    return reason ? `socket closed: ${reason}` : "socket closed, no code given";
  const name = CLOSE_NAMES.get(code);
  const head = `close ${code}${name ? ` ${name}` : ""}`;
  return reason ? `${head} (${reason})` : `${head}, no reason given`;
}

/**
 * An error as one line with its cause: the HTTP status of a matchmaking
 * error, a system error's code (ECONNREFUSED ...), and the causes it wraps
 * (fetch's "fetch failed" says nothing by itself). Never "undefined".
 */
export function describeError(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 4; depth++) {
    if (!(e instanceof Error) && typeof e !== "object") {
      parts.push(String(e));
      break;
    }
    const x = e as { message?: unknown; code?: unknown; status?: unknown; name?: unknown; cause?: unknown };
    const status = typeof x.status === "number" ? x.status : undefined;
    const code = x.code;
    let text = typeof x.message === "string" && x.message !== "" ? x.message : "";
    if (status !== undefined) text = `HTTP ${status}${text ? `: ${text}` : ""}`;
    else if (typeof code === "number" && code >= 100 && code < 600)
      text = `HTTP ${code}${text ? `: ${text}` : ""}`;
    else if (typeof code === "number" && CLOSE_NAMES.has(code)) text = describeClose(code, text);
    else if (typeof code === "number")
      text = `${x.name === "MatchMakeError" ? "matchmaking error" : "code"} ${code}${text ? `: ${text}` : ""}`;
    else if (typeof code === "string" && !text.includes(code)) text = text ? `${code} ${text}` : code;
    if (!text)
      text = typeof x.name === "string" && x.name !== "Error" ? x.name : "unknown error (no message)";
    parts.push(text);
    e = x.cause;
  }
  const said = parts.filter((p) => p !== "");
  return said.length > 0 ? said.join(": ") : "unknown error (no message)";
}
