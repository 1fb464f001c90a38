import { describe, expect, it } from "vitest";
import { rankRows } from "../src/game/scoreboard.ts";

describe("fair places", () => {
  it("equal scores share a place and the next score skips past them; order is score, then name", () => {
    const rows = [
      { name: "dan", score: 3 },
      { name: "ann", score: 7 },
      { name: "cy", score: 3 },
      { name: "bo", score: 7 },
      { name: "eve", score: 1 },
    ];
    expect(rankRows(rows).map((r) => `${r.place}:${r.name}`)).toEqual([
      "1:ann",
      "1:bo",
      "3:cy",
      "3:dan",
      "5:eve",
    ]);
  });

  it("join order (the input order) changes nothing", () => {
    const a = [
      { name: "x", score: 2 },
      { name: "y", score: 2 },
    ];
    expect(rankRows(a)).toEqual(rankRows([...a].reverse()));
    expect(rankRows([])).toEqual([]);
  });
});
