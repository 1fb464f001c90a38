// The measured scenarios of bench:abuse, each against a real server process over real sockets.
import { randomBytes } from "node:crypto";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { keepMoving } from "../../test/support/activity.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../../test/support/clients.ts";
import { postBytes, postJson } from "../../test/support/http-abuse.ts";
import { frames, rawJoin } from "../../test/support/raw-client.ts";
import type { ServerHandle } from "../../test/support/server-process.ts";
import { type HostileTotals, hostileClient } from "./hostile.ts";

export async function health(s: ServerHandle): Promise<{ rooms: number; ccu: number }> {
  return (await (await fetch(`${s.httpUrl}/healthz`)).json()) as { rooms: number; ccu: number };
}

export async function rssMb(s: ServerHandle): Promise<number> {
  const metrics = (await (await fetch(`${s.httpUrl}/metrics?format=json`)).json()) as Array<{
    name: string;
    values: Array<{ value: number }>;
  }>;
  return metrics.find((m) => m.name === "process_resident_memory_bytes")!.values[0]!.value / 2 ** 20;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Honest players in one started match, walking every tick; patches counted per player. */
async function honestMatch(s: ServerHandle, n: number, prefix: string) {
  // A match of its own (private), so seats left over from another scenario cannot fill it.
  const host = await joinMatch(s.url, `${prefix}1`, { mode: "create" });
  const players: TestPlayer[] = [{ conn: host, patches: 0 }];
  host.room.onStateChange(() => {
    players[0]!.patches++;
  });
  const roomId = host.room.roomId;
  for (let i = 2; i <= n; i++) players.push(await joinPlayer(s.url, `${prefix}${i}`, roomId));
  await waitFor(
    () => players.every((p) => p.conn.state.phase === MatchPhase.Playing),
    "the match to start",
    30_000,
  );
  const stop = keepMoving(players);
  return { players, roomId, stop };
}

/** 100,000 hostile messages (default) over reconnecting hostile clients while 5 honest players play. */
export async function hostileCorpus(s: ServerHandle, messages: number) {
  const { players, roomId, stop } = await honestMatch(s, 5, "honest");
  const totals: HostileTotals = { sent: 0, joins: 0, cuts: 0, errors: 0 };
  const before = players.map((p) => p.patches);
  const started = Date.now();
  const until = started + 600_000;
  await Promise.all([
    // Two paced clients (every frame parsed and handled) and one reconnecting flooder.
    hostileClient(s.httpUrl, roomId, until, totals, { perSecond: 55, limit: messages }),
    hostileClient(s.httpUrl, roomId, until, totals, { perSecond: 55, limit: messages }),
    hostileClient(s.httpUrl, roomId, until, totals, { perSecond: 0, burst: 2000, limit: messages }),
  ]);
  const seconds = (Date.now() - started) / 1000;
  const rates = players.map((p, i) => (p.patches - before[i]!) / seconds);
  const stillOpen = players.every((p) => p.conn.room.connection.isOpen);
  const h = await health(s);
  stop();
  await leaveAll(players);
  return {
    sent: totals.sent,
    hostileJoins: totals.joins,
    hostileCuts: totals.cuts,
    seconds,
    minHonestPatchesPerSecond: Math.min(...rates),
    honestStillConnected: stillOpen,
    roomsAfter: h.rooms,
  };
}

/** 5,000 frames/s of one type: time to the cut, and to the seat's release while the flooder ignores the close. */
export async function floodOf(s: ServerHandle, kind: string, frame: () => Buffer) {
  const reading = await rawJoin(s.httpUrl, { options: { name: "flood" } });
  const t0 = performance.now();
  const sendFor = (c: typeof reading, stopAt: () => boolean) => {
    const timer = setInterval(() => {
      for (let i = 0; i < 50 && c.ws.readyState === c.ws.OPEN && !stopAt(); i++) c.ws.send(frame());
    }, 10); // 5,000 frames/s
    return () => clearInterval(timer);
  };
  let cut = false;
  const stopA = sendFor(reading, () => cut);
  await reading.closed;
  cut = true;
  stopA();
  const cutMs = performance.now() - t0;
  // Again, now ignoring the close frame (not reading): only the server destroying the socket frees the seat.
  const deaf = await rawJoin(s.httpUrl, { options: { name: "deaf" } });
  const ccu = (await health(s)).ccu;
  const t1 = performance.now();
  let done = false;
  const stopB = sendFor(deaf, () => done);
  deaf.stopReading();
  while ((await health(s)).ccu >= ccu && performance.now() - t1 < 15_000) await sleep(20);
  done = true;
  stopB();
  const releasedMs = performance.now() - t1;
  deaf.ws.terminate();
  return { kind, cutMs, seatReleasedMs: releasedMs, tcpGoneAfterCutMs: Math.max(0, releasedMs - cutMs) };
}

export const FLOOD_KINDS: Array<[string, () => Buffer]> = [
  ["ping", frames.ping],
  ["string message", () => frames.data("hack", { x: 1 })],
  ["request", () => frames.request(1, "hack", { x: 1 })],
  ["action bytes", () => frames.bytes(1, randomBytes(6))],
];

/** One client stops reading while 7 honest players play: time to its drop, server RSS before/after. */
export async function slowReader(s: ServerHandle) {
  const { players, roomId, stop } = await honestMatch(s, 7, "play");
  await sleep(3000);
  const rssBefore = await rssMb(s);
  const slow = await rawJoin(s.httpUrl, { method: "joinById", roomId, options: { name: "slow" } });
  const ccu = (await health(s)).ccu;
  slow.stopReading();
  const fake = setInterval(() => slow.ws.pong(randomBytes(8)), 1000); // pretends to be alive
  const t0 = performance.now();
  let peak = rssBefore;
  while ((await health(s)).ccu >= ccu && performance.now() - t0 < 30_000) {
    peak = Math.max(peak, await rssMb(s));
    await sleep(250);
  }
  const droppedMs = performance.now() - t0;
  clearInterval(fake);
  slow.ws.terminate();
  await sleep(2000);
  const rssAfter = await rssMb(s);
  stop();
  await leaveAll(players);
  return { droppedMs, rssBeforeMb: rssBefore, rssPeakMb: peak, rssAfterMb: rssAfter };
}

/** The HTTP doors: a 64 MB body, 2,000 quick matches from one address, an honest one, a foreign Origin. */
export async function httpDoors(s: ServerHandle) {
  const quick = `${s.httpUrl}/matchmake/joinOrCreate/match`;
  const big = await postBytes(quick, 64 << 20, { headers: { "x-forwarded-for": "203.0.113.50" } });
  const rssAfterBig = await rssMb(s);
  const attacker = { "x-forwarded-for": "203.0.113.9" };
  const token = (await postJson(`${s.httpUrl}/auth/guest`, { name: "x" }, attacker)).json.token as string;
  const honestAddr = { "x-forwarded-for": "198.51.100.20" };
  const honestToken = (await postJson(`${s.httpUrl}/auth/guest`, { name: "h" }, honestAddr)).json.token;
  const roomsBefore = (await health(s)).rooms;
  const statuses = new Map<number, number>();
  let honest: Awaited<ReturnType<typeof postJson>> | undefined;
  for (let i = 0; i < 2000; i += 100) {
    // Halfway through the burst, an honest player from another address asks for a quick match too.
    const honestNow =
      i === 1000
        ? postJson(quick, { name: "h" }, { ...honestAddr, authorization: `Bearer ${honestToken}` })
        : undefined;
    const batch = await Promise.all(
      Array.from({ length: 100 }, () =>
        postJson(quick, { name: "bot" }, { ...attacker, authorization: `Bearer ${token}` }),
      ),
    );
    for (const a of batch) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    if (honestNow) honest = await honestNow;
  }
  const roomsAfter = (await health(s)).rooms;
  const foreign = await postJson(
    quick,
    {},
    { origin: "https://evil.example", "x-forwarded-for": "198.51.100.21" },
  );
  return {
    bigBodyStatus: big.status,
    bigBodyAnswerMs: big.ms,
    rssAfterBigBodyMb: rssAfterBig,
    matchmakeStatuses: Object.fromEntries(statuses),
    roomsBefore,
    roomsAfter,
    honestStatus: honest!.status,
    honestQuickMatchMs: honest!.ms,
    foreignOriginStatus: foreign.status,
  };
}

/** An attack on a hidden enemy commander and on a missing id: the two answers side by side. */
export async function hiddenAttack(s: ServerHandle) {
  const { players, stop } = await honestMatch(s, 8, "fog");
  const a = players[0]!.conn;
  const seen: Array<{ seq: number; reason: number; detail: string }> = [];
  a.on("result", (r) => seen.push(r));
  a.send({ kind: "train", unitKind: "soldier" });
  const mine = () => [...a.state.entities.values()].find((e) => e.owner === a.playerId && e.kind >= 3);
  await waitFor(() => mine() !== undefined, "a unit", 20_000);
  const hidden = [...a.state.players.entries()]
    .filter(([id]) => id !== a.playerId)
    .map(([, p]) => p.commanderId)
    .find((id) => !a.state.entities.has(String(id)))!;
  const sh = a.send({ kind: "attack", unitIds: [mine()!.id], targetId: hidden });
  const sm = a.send({ kind: "attack", unitIds: [mine()!.id], targetId: 999_999 });
  await waitFor(() => seen.some((r) => r.seq === sh) && seen.some((r) => r.seq === sm), "answers");
  stop();
  await leaveAll(players);
  const h = seen.find((r) => r.seq === sh)!;
  const m = seen.find((r) => r.seq === sm)!;
  return { hidden: `${h.reason} ${h.detail}`, missing: `${m.reason} ${m.detail}` };
}

/** Join/leave cycles into one running match: its player list and a newcomer's first state, start and end. */
export async function joinLeaveCycles(s: ServerHandle, cycles: number) {
  const { players, roomId, stop } = await honestMatch(s, 2, "stay");
  const firstState = async () => {
    const c = await rawJoin(s.httpUrl, { method: "joinById", roomId, options: { name: "cycler" } });
    const bytes = await c.firstState;
    c.ws.send(frames.leave()); // a consented leave: the seat goes at once, no reconnection window
    await c.closed;
    return bytes;
  };
  const firstBytesStart = await firstState();
  let done = 0;
  const worker = async () => {
    while (done < cycles) {
      done++;
      await firstState().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const firstBytesEnd = await firstState();
  await sleep(500);
  const listSize = players[0]!.conn.state.players.size;
  stop();
  await leaveAll(players);
  return {
    cycles,
    playerListAfter: listSize,
    firstStateBytesStart: firstBytesStart,
    firstStateBytesEnd: firstBytesEnd,
  };
}
