import { expect, it } from "vitest";
import { seededRandom } from "./random";

it("gives the same numbers for the same seed and others for another seed", () => {
  const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
  expect(take(42)).toEqual(take(42));
  expect(take(42)).not.toEqual(take(43));
});

it("stays in [0, 1) and spreads evenly", () => {
  const random = seededRandom(7);
  const draws = Array.from({ length: 20_000 }, random);
  expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...draws)).toBeLessThan(1);
  const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
  expect(mean).toBeCloseTo(0.5, 2);
  const lowTenth = draws.filter((d) => d < 0.1).length / draws.length;
  expect(lowTenth).toBeGreaterThan(0.09);
  expect(lowTenth).toBeLessThan(0.11);
});
