/**
 * mulberry32: a tiny seeded PRNG, so that a hostile run can be replayed exactly
 * (`HOSTILE_SEED=<seed> npx vitest run suites/hostile.test.ts`).
 */
export interface Random {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: T[]): T[];
  uuid(): string;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
  return {
    seed,
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    shuffle: (items) => {
      for (let index = items.length - 1; index > 0; index -= 1) {
        const other = int(index + 1);
        [items[index], items[other]] = [items[other]!, items[index]!];
      }
      return items;
    },
    // A version-4 UUID that no row has (the odds of a collision are nil).
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => int(16).toString(16));
      hex[12] = '4';
      hex[16] = '89ab'[int(4)]!;
      const text = hex.join('');
      return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
    },
  };
}

/** The seed: HOSTILE_SEED when set, otherwise a fresh one (printed, to replay a failure). */
export function hostileSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.HOSTILE_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`HOSTILE_SEED must be an integer in [0, 2^32), got "${given}"`);
    return seed;
  }
  return Math.floor(Math.random() * 0xffffffff);
}
