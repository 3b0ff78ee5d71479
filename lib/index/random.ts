// A small seeded pseudo-random generator (mulberry32), so that an uncertainty analysis run twice with
// the same seed gives the same answer, in Node, a browser or a Web Worker alike.

/** Uniform numbers in [0, 1), 2^32 states; plenty for a few thousand Monte Carlo runs, not for cryptography. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
