/**
 * A seeded pseudo-random generator (sfc32: small, fast, good enough for test data). Everything the
 * scale generator writes, identifiers included, comes from one of these, so a seed fixes the rows.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    this.a = 0x9e3779b9 ^ stream;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // Mix the seed in before use: nearby seeds must not give nearby sequences.
    for (let index = 0; index < 15; index += 1) this.next32();
  }

  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** In [0, 1). */
  float(): number {
    return this.next32() / 4294967296;
  }

  /** In [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** In [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** An item with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.float() * total;
    for (const [item, weight] of entries) {
      draw -= weight;
      if (draw < 0) return item;
    }
    return entries[entries.length - 1]![0];
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** A version 4 UUID made of generator output, so that ids repeat with the seed. */
  uuid(): string {
    const a = this.next32();
    const b = this.next32();
    const c = this.next32();
    const d = this.next32();
    return (
      hex8(a) + '-' + hex4(b >>> 16) + '-' + hex4(((b & 0x0fff) | 0x4000) >>> 0) + '-' +
      hex4(((c >>> 16) & 0x3fff) | 0x8000) + '-' + hex4(c & 0xffff) + hex8(d)
    );
  }
}

const HEX = Array.from({ length: 256 }, (_, index) => index.toString(16).padStart(2, '0'));

function hex8(value: number): string {
  return HEX[(value >>> 24) & 0xff]! + HEX[(value >>> 16) & 0xff]! + HEX[(value >>> 8) & 0xff]! + HEX[value & 0xff]!;
}

function hex4(value: number): string {
  return HEX[(value >>> 8) & 0xff]! + HEX[value & 0xff]!;
}
