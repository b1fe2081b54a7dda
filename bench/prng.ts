/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Every article is generated
 * from a generator seeded by (corpus seed, article number), so a corpus is the same on every machine
 * and any article can be produced without producing the ones before it.
 */

export type Rng = () => number;

/** mulberry32: 32-bit state, uniform floats in [0, 1). Math.imul keeps it exact on every engine. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes several integers into one seed (FNV-1a over their bytes, then a final avalanche). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    let v = p >>> 0;
    for (let i = 0; i < 4; i++) {
      h ^= v & 0xff;
      h = Math.imul(h, 0x01000193);
      v >>>= 8;
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/**
 * Zipf-distributed ranks over `n` items (weight of rank r is 1 / (r + 1)^s): word and name
 * frequencies in news follow it, so a few items are everywhere and most are rare.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, s = 1) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) {
      total += 1 / (r + 1) ** s;
      this.cdf[r] = total;
    }
    for (let r = 0; r < n; r++) this.cdf[r]! /= total;
  }

  /** A rank in 0..n-1. */
  draw(rng: Rng): number {
    const u = rng();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  pick<T>(rng: Rng, items: readonly T[]): T {
    return items[Math.min(this.draw(rng), items.length - 1)]!;
  }
}
