import { CloseCodes } from "@octet/shared/protocol";
import { describe, expect, it } from "vitest";
import { resolveServerUrl } from "../src/game/server-url.ts";
import { inviteCode, inviteLink } from "../src/lobby/invite-link.ts";
import { describeJoinError, normalizeCode } from "../src/lobby/join-errors.ts";
import { matchFacts, rulesUrl } from "../src/lobby/match-facts.ts";
import { ClosedBeforeWelcomeError } from "../src/net/welcome.ts";

const page = (url: string) => {
  const u = new URL(url);
  return { protocol: u.protocol, host: u.host, hostname: u.hostname, search: u.search };
};

describe("where the client finds the game server", () => {
  it("is the page's own origin by default, ws or wss to match", () => {
    expect(resolveServerUrl(page("http://game.example:2567/"))).toBe("ws://game.example:2567");
    expect(resolveServerUrl(page("https://game.example/"))).toBe("wss://game.example");
  });
  it("?server= overrides it", () => {
    expect(resolveServerUrl(page("http://localhost:5173/?server=ws://10.0.0.2:3000"))).toBe(
      "ws://10.0.0.2:3000",
    );
  });
  it("under the Vite dev server it is the game server `npm run dev` started", () => {
    expect(resolveServerUrl(page("http://localhost:5173/"), "2567")).toBe("ws://localhost:2567");
  });
});

describe("lobby messages", () => {
  const url = "ws://localhost:2567";
  it("a code nobody holds", () => {
    const err = Object.assign(new Error('room "ABCDE" not found'), { code: 522 });
    expect(describeJoinError(err, { mode: "code", code: "ABCDE" }, url)).toBe(
      "No match has the code ABCDE. Check the code and try again.",
    );
  });
  it("a full or finished private match", () => {
    const err = Object.assign(new Error('room "ABCDE" is locked'), { code: 522 });
    expect(describeJoinError(err, { mode: "code", code: "ABCDE" }, url)).toBe(
      "Match ABCDE is full or already over.",
    );
    expect(describeJoinError(new Error("the match is full"), { mode: "quick" }, url)).toBe(
      "That match is full. Try another one.",
    );
  });
  it("a match the server closed before its welcome: why, by the close code", () => {
    const stopping = new ClosedBeforeWelcomeError(CloseCodes.ServerShutdown);
    expect(describeJoinError(stopping, { mode: "quick" }, url)).toBe(
      "The server is restarting. Join again in a moment.",
    );
    expect(describeJoinError(new ClosedBeforeWelcomeError(4999, "odd"), { mode: "quick" }, url)).toBe(
      "The server closed the match as you joined. Try again.",
    );
  });
  it("a server that does not answer", () => {
    expect(describeJoinError(new TypeError("Failed to fetch"), { mode: "quick" }, url)).toBe(
      "Cannot reach the game server (ws://localhost:2567). Is it running?",
    );
  });
  it("anything else keeps its own words", () => {
    expect(describeJoinError(new Error("boom"), { mode: "create" }, url)).toBe("Could not join: boom");
  });
  it("codes are read in capitals, without spaces or dashes", () => {
    expect(normalizeCode(" ab-c d e ")).toBe("ABCDE");
  });
});

describe("the lobby's match facts", () => {
  it("tell the real match length and score limit", () => {
    const rules = (players: number, durationSeconds: number, scoreLimit: number) => ({
      players: { max: players },
      match: { durationSeconds, scoreLimit },
    });
    expect(matchFacts(rules(8, 600, 60))).toBe("Eight players. One map. Ten minutes, or first to 60 points.");
    expect(matchFacts(rules(4, 60, 20))).toBe(
      "Four players. One map. Sixty seconds, or first to 20 points.".replace("Sixty", "60"),
    );
    expect(matchFacts(rules(2, 90, 5))).toBe("Two players. One map. 1.5 minutes, or first to 5 points.");
    expect(matchFacts(rules(8, 3600, 500))).toBe(
      "Eight players. One map. 60 minutes, or first to 500 points.",
    );
  });

  it("are fetched from the game server's /rules over http(s)", () => {
    expect(rulesUrl("ws://localhost:2567")).toBe("http://localhost:2567/rules");
    expect(rulesUrl("wss://game.example")).toBe("https://game.example/rules");
  });
});

describe("invite links", () => {
  const at = (url: string) => {
    const u = new URL(url);
    return { origin: u.origin, pathname: u.pathname, search: u.search };
  };

  it("point at the same page with ?join=CODE, keeping a ?server= override and nothing else", () => {
    expect(inviteLink("S8R3Z", at("https://octet.example/play/?debug=1"))).toBe(
      "https://octet.example/play/?join=S8R3Z",
    );
    const link = inviteLink("S8R3Z", at("http://127.0.0.1:5173/?server=ws://10.0.0.2:2567&effects=0"));
    expect(new URL(link).searchParams.get("server")).toBe("ws://10.0.0.2:2567");
    expect(new URL(link).searchParams.get("join")).toBe("S8R3Z");
    expect(new URL(link).searchParams.has("effects")).toBe(false);
  });

  it("read back the code as typed by anyone; anything that cannot be a code is 'invalid', no parameter is null", () => {
    expect(inviteCode("?join=s8r3z")).toBe("S8R3Z");
    expect(inviteCode("?join=S8R-3Z")).toBe("S8R3Z");
    expect(inviteCode("?debug=1")).toBeNull();
    expect(inviteCode("?join=")).toBe("invalid");
    expect(inviteCode(`?join=${encodeURIComponent("<b>x</b>")}`)).toBe("invalid");
    expect(inviteCode(`?join=${"A".repeat(13)}`)).toBe("invalid");
    expect(inviteCode("?join=%E2%80%AEABC")).toBe("invalid");
  });
});
