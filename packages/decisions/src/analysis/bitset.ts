/**
 * Fixed-size bit sets over 32-bit words: which segments of a column a rule accepts, which rules
 * cover a segment. Verification intersects thousands of them, so they are plain typed arrays.
 */

export type Bitset = Uint32Array;

export function emptyBits(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

export function fullBits(size: number): Bitset {
  const bits = emptyBits(size);
  for (let i = 0; i < size; i += 1) setBit(bits, i);
  return bits;
}

export function setBit(bits: Bitset, index: number): void {
  bits[index >>> 5] = ((bits[index >>> 5] ?? 0) | (1 << (index & 31))) >>> 0;
}

export function hasBit(bits: Bitset, index: number): boolean {
  return (((bits[index >>> 5] ?? 0) >>> (index & 31)) & 1) === 1;
}

export function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = ((a[i] ?? 0) & (b[i] ?? 0)) >>> 0;
  return out;
}

export function or(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = ((a[i] ?? 0) | (b[i] ?? 0)) >>> 0;
  return out;
}

/** `target &= other`, in place. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i += 1) target[i] = ((target[i] ?? 0) & (other[i] ?? 0)) >>> 0;
}

export function isEmptyBits(bits: Bitset): boolean {
  for (let i = 0; i < bits.length; i += 1) if (bits[i] !== 0) return false;
  return true;
}

export function intersects(a: Bitset, b: Bitset): boolean {
  for (let i = 0; i < a.length; i += 1) if (((a[i] ?? 0) & (b[i] ?? 0)) !== 0) return true;
  return false;
}

/** Whether every bit of `a` is also in `b`. */
export function isSubset(a: Bitset, b: Bitset): boolean {
  for (let i = 0; i < a.length; i += 1) if (((a[i] ?? 0) & ~(b[i] ?? 0)) !== 0) return false;
  return true;
}

export function sameBits(a: Bitset, b: Bitset): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Index of the lowest set bit, or -1. */
export function firstBit(bits: Bitset): number {
  for (let i = 0; i < bits.length; i += 1) {
    const word = bits[i] ?? 0;
    if (word !== 0) return i * 32 + (31 - Math.clz32(word & -word));
  }
  return -1;
}

export function bitIndexes(bits: Bitset): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 1) {
    let word = bits[i] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      out.push(i * 32 + (31 - Math.clz32(low)));
      word = (word ^ low) >>> 0;
    }
  }
  return out;
}

/** A string identifying the set (for grouping and memoisation). */
export function bitsKey(bits: Bitset): string {
  let key = '';
  for (let i = 0; i < bits.length; i += 1) {
    const word = bits[i] ?? 0;
    key += String.fromCharCode(word & 0xffff, word >>> 16);
  }
  return key;
}
