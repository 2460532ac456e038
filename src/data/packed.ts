// The compact files the data loaders read at start-up (the syntax tagger, the Phoenix actor scan): 8 bytes of
// magic, a uint32 header length, a JSON header, then typed arrays each starting on a 4-byte boundary. They are
// read as views of the file's bytes where aligned, so loading costs no parsing and no copy.

type ArrayKind<A> = { new (b: ArrayBuffer, o: number, n: number): A; new (n: number): A; BYTES_PER_ELEMENT: number };

export interface PackedReader<H> {
  header: H;
  /** the next array of `n` elements: a view of the bytes where aligned, a copy where not */
  take<A extends Int32Array | Float32Array | Uint8Array>(C: ArrayKind<A>, n: number): A;
  /** the offset after the arrays taken so far, moved to the next 4-byte boundary */
  aligned(): number;
}

/** The header and an array reader over `buf`, or null when `buf` does not open with `magic`. */
export function packedReader<H>(buf: Buffer, magic: string): PackedReader<H> | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== magic) return null;
  const headLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headLen)) as H;
  let at = 12 + headLen;
  return {
    header,
    take(C, n) {
      at += (4 - (at % 4)) % 4;
      const bytes = n * C.BYTES_PER_ELEMENT, off = buf.byteOffset + at;
      at += bytes;
      if (off % C.BYTES_PER_ELEMENT === 0) return new C(buf.buffer as ArrayBuffer, off, n);
      const copy = new C(n);
      new Uint8Array(copy.buffer).set(buf.subarray(at - bytes, at));
      return copy;
    },
    aligned() { at += (4 - (at % 4)) % 4; return at; },
  };
}
