// What the lazy PETRARCH readers (lazy-actors.ts, lazy-agents.ts, verbs.ts) share. Each scans its
// files for which ids (entries or lines) to read before a word's first use, ships that scan beside
// the files, trusts a shipped scan only when it was made from these very files, and reads an id
// once whichever of its words asks first. Written once here so the three cannot drift apart.

/** Each word's ids, in the order noted, each once. */
export class IdsByWord {
  private readonly byWord = new Map<string, number[]>();

  /** A scan notes an id's words while at that id, so a repeat can only be the last id noted. */
  note(word: string, id: number): void {
    const ids = this.byWord.get(word);
    if (!ids) this.byWord.set(word, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  }

  /** The words in the order first noted. */
  words(): string[] {
    return [...this.byWord.keys()];
  }

  /**
   * The lists packed as the shipped scans hold them: for each of `words` its count, then its ids;
   * `at[k]` is the place of words[k] in `ids`.
   */
  pack(words: readonly string[] = this.words()): { ids: number[]; at: number[] } {
    const ids: number[] = [], at: number[] = [];
    for (const w of words) {
      const l = this.byWord.get(w)!;
      at.push(ids.length);
      ids.push(l.length, ...l);
    }
    return { ids, at };
  }
}

/** Calls `fn` with each word of a packed scan and its place in `ids` (IdsByWord.pack in `words` order). */
export function eachPlace(words: readonly string[], ids: ArrayLike<number>, fn: (word: string, at: number) => void): void {
  for (let w = 0, k = 0; w < words.length; w++) { fn(words[w], k); k += ids[k] + 1; }
}

/**
 * Reads ids on demand, each at most once: the function returned reads the ids listed at `at` in
 * `ids` (its count, then the ids) that no earlier call read. `count`: how many ids there are.
 */
export function readEachOnce(count: number, read: (id: number) => void): (ids: ArrayLike<number>, at: number) => void {
  const done = new Uint8Array(count);
  return (ids, at) => {
    for (let j = at + 1; j <= at + ids[at]; j++) {
      const id = ids[j];
      if (done[id]) continue;
      done[id] = 1;
      read(id);
    }
  };
}

/** What a scan was made from, for a file read as bytes. */
export interface BytesStamp { name: string; bytes: number; signature: number }
/** What a scan was made from, for a file read as text. */
export interface TextStamp { name: string; chars: number; signature: number }

/** A file's stamp: its name, its length (in bytes or characters, as it was read) and its signature. */
export function stampOf(name: string, content: Uint8Array): BytesStamp;
export function stampOf(name: string, content: string): TextStamp;
export function stampOf(name: string, content: string | Uint8Array): BytesStamp | TextStamp {
  return typeof content === 'string'
    ? { name, chars: content.length, signature: signature(content) }
    : { name, bytes: content.length, signature: signature(content) };
}

/** Was `stamp` made from this very file (same name, length and signature)? A shipped scan is JSON, so the stamp may be missing. */
export function sameFile(stamp: BytesStamp | TextStamp | undefined, name: string, content: string | Uint8Array): boolean {
  if (stamp?.name !== name) return false;
  const length = typeof content === 'string' ? (stamp as TextStamp).chars : (stamp as BytesStamp).bytes;
  return length === content.length && stamp.signature === signature(content);
}

/** Was a scan made from these very files, in this order? `content` gives a file's bytes or text. */
export function sameFiles<F extends { name: string }>(stamps: readonly (BytesStamp | TextStamp)[] | undefined, files: readonly F[], content: (f: F) => string | Uint8Array): boolean {
  if (stamps?.length !== files.length) return false;
  return files.every((f, k) => sameFile(stamps[k], f.name, content(f)));
}

/** A cheap signature of a text or its bytes: 512 characters (bytes) spread over it, hashed (FNV-1a); with the length it tells another text apart. */
export function signature(text: string | Uint8Array): number {
  let h = 0x811c9dc5;
  const step = Math.max(1, Math.floor(text.length / 512));
  if (typeof text === 'string') for (let i = 0; i < text.length; i += step) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  else for (let i = 0; i < text.length; i += step) { h ^= text[i]; h = Math.imul(h, 0x01000193) >>> 0; }
  return h;
}
