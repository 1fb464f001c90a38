/** The settings the lobby's tagline tells a player about. */
export interface MatchFactsRules {
  players: { max: number };
  match: { durationSeconds: number; scoreLimit: number };
}

const WORDS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
const say = (n: number) => (Number.isInteger(n) && n <= 10 ? WORDS[n]! : String(n));

function length(seconds: number): string {
  if (seconds < 90) return `${say(Math.round(seconds))} seconds`;
  const minutes = Math.round((seconds / 60) * 10) / 10;
  return `${say(minutes)} minute${minutes === 1 ? "" : "s"}`;
}

/** "Eight players. One map. Ten minutes, or first to 60 points." from the server's rules. */
export function matchFacts(rules: MatchFactsRules): string {
  const players = rules.players.max === 1 ? "One player" : `${say(rules.players.max)} players`;
  return `${players}. One map. ${length(rules.match.durationSeconds)}, or first to ${rules.match.scoreLimit} points.`;
}

/** The http(s) address of the server's /rules route, from its ws(s) address. */
export function rulesUrl(serverUrl: string): string {
  const u = new URL(serverUrl);
  u.protocol = u.protocol === "wss:" ? "https:" : u.protocol === "ws:" ? "http:" : u.protocol;
  u.pathname = "/rules";
  return u.href;
}
