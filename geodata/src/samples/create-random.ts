/** A seeded stream of pseudo-random numbers: the same seed and stream give the same numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Standard normal, by Box–Muller. */
  normal(): number;
  /** A positive factor exp(σ·N(0, 1)), median 1: multiplicative noise that never flips a sign. */
  jitter(sigma: number): number;
  /** One item, uniformly. @throws Error if `items` is empty */
  pick<T>(items: readonly T[]): T;
  /**
   * `count` distinct items, each drawn with probability proportional to `weight`
   * (Efraimidis–Spirakis), returned in their original order.
   */
  sample<T>(items: readonly T[], count: number, weight?: (item: T) => number): T[];
}

/**
 * A mulberry32 generator seeded with `seed` mixed with a hash of `stream`. Each dataset draws from
 * its own stream, so adding a draw to one generator does not reshuffle the others.
 */
export function createRandom(seed: number, stream = ''): Random {
  let state = (seed ^ hashString(stream)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    normal,
    jitter: (sigma) => Math.exp(sigma * normal()),
    pick(items) {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('Cannot pick from an empty list');
      return item;
    },
    sample(items, count, weight = () => 1) {
      const keyed = items.map((item, index) => ({
        index,
        key: next() ** (1 / Math.max(weight(item), 1e-9)),
      }));
      const chosen = new Set(
        keyed
          .sort((a, b) => b.key - a.key || a.index - b.index)
          .slice(0, count)
          .map((k) => k.index),
      );
      return items.filter((_, index) => chosen.has(index));
    },
  };
}

/** FNV-1a, 32 bit. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
