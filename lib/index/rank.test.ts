import { expect, it } from "vitest";
import fc from "fast-check";
import { competitionRanks } from "./rank";

it("ranks the highest first; ties share the better rank and the next skips", () => {
  expect([...competitionRanks([50, 70, 70, 20, 90])]).toEqual([4, 2, 2, 5, 1]);
});

it("leaves NaN scores unranked and does not count them", () => {
  expect([...competitionRanks([NaN, 3, 5])]).toEqual([NaN, 2, 1]);
});

it("every rank is 1 + the number of strictly higher scores", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 50 }), (scores) => {
      const ranks = competitionRanks(scores);
      scores.forEach((s, i) => expect(ranks[i]).toBe(1 + scores.filter((t) => t > s).length));
    }),
  );
});
