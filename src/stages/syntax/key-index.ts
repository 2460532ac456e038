// A read-only string index in typed arrays: (kind, key) → entry, by open addressing over an FNV-1a
// hash of the key's UTF-16 units. It replaces tens of thousands of Map entries that a model would
// otherwise build at start-up: the arrays are read from a file as they are, and a look-up hashes
// the key (or two keys joined by a space, without building the joined string) and compares it in
// place with the one string that holds every key.

export interface KeyIndex {
  /** entry e's key is keys.slice(start[e], start[e + 1]) */
  keys: string;
  start: Int32Array;
  kind: Uint8Array;
  /** what entry e stands for (a row, a tag, an offset: the owner says) */
  val: Int32Array;
  /** open-addressing table: entry + 1, 0 when free; its length is a power of two */
  slots: Int32Array;
}

const SEED = 0x811c9dc5, PRIME = 0x01000193;

function seed(kind: number): number {
  return Math.imul(SEED ^ kind, PRIME);
}

function step(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** An index of the entries in order: keys need not be distinct across kinds, and are within one (the first wins). */
export function buildKeyIndex(entries: readonly (readonly [kind: number, key: string, val: number])[]): KeyIndex {
  const n = entries.length;
  const start = new Int32Array(n + 1), kind = new Uint8Array(n), val = new Int32Array(n);
  let size = 16;
  while (size < n * 2) size *= 2;
  const slots = new Int32Array(size), mask = size - 1;
  const parts: string[] = [];
  let at = 0;
  for (let e = 0; e < n; e++) {
    const [k, key, v] = entries[e];
    start[e] = at; kind[e] = k; val[e] = v;
    parts.push(key);
    at += key.length;
  }
  start[n] = at;
  const index: KeyIndex = { keys: parts.join(''), start, kind, val, slots };
  for (let e = 0; e < n; e++) {
    const [k, key] = entries[e];
    if (find(index, k, key) >= 0) throw new Error(`duplicate key ${k}:${key}`);
    let p = finish(step(seed(k), key)) & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = e + 1;
  }
  return index;
}

function same(ix: KeyIndex, e: number, s: string, from: number): boolean {
  const keys = ix.keys;
  for (let i = 0; i < s.length; i++) if (keys.charCodeAt(from + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** The entry of (kind, key), or -1. */
export function find(ix: KeyIndex, kind: number, key: string): number {
  const slots = ix.slots, mask = slots.length - 1;
  let p = finish(step(seed(kind), key)) & mask;
  for (;;) {
    const e = slots[p] - 1;
    if (e < 0) return -1;
    const s = ix.start[e];
    if (ix.kind[e] === kind && ix.start[e + 1] - s === key.length && same(ix, e, key, s)) return e;
    p = (p + 1) & mask;
  }
}

/** The value of (kind, key), or `missing`. */
export function valueOf(ix: KeyIndex, kind: number, key: string, missing = -1): number {
  const e = find(ix, kind, key);
  return e < 0 ? missing : ix.val[e];
}
