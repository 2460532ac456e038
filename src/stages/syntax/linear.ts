// Sparse linear models as the syntax models store them: one table per feature template
// (value → row) and rows of (class, weight) pairs. Lines: `<prefix> <template> <value> <class>:<weight>,…`
// with integer weights, divided by the file's scale.

/** Sparse weight rows: row r's weights are cls/w[start[r] .. start[r+1]). */
export interface Rows { start: Int32Array; cls: Uint8Array; w: Float32Array }
export interface SparseLinear<K extends string | number = string> { tables: Map<K, number>[]; rows: Rows }

export function readSparseLinear(lines: readonly string[], prefix: string, nTemplates: number, scale: number): SparseLinear<string>;
export function readSparseLinear(lines: readonly string[], prefix: string, nTemplates: number, scale: number, numeric: true): SparseLinear<number>;
/** `numeric`: the values are integer keys (the parser's packed features), looked up as numbers */
export function readSparseLinear(lines: readonly string[], prefix: string, nTemplates: number, scale: number, numeric = false): SparseLinear<string | number> {
  const tables: Map<string | number, number>[] = Array.from({ length: nTemplates }, () => new Map());
  let starts = new Int32Array(1 << 12), cls = new Uint8Array(1 << 16), ws = new Float32Array(1 << 16);
  let nRows = 0, n = 0;
  const head = prefix + '\t';
  // scanned by hand, not split: a model has ~60k rows and ~500k weights, read at start-up
  for (const line of lines) {
    if (!line.startsWith(head)) continue;
    const a = head.length, b = line.indexOf('\t', a), c = line.indexOf('\t', b + 1);
    const value = line.slice(b + 1, c);
    tables[Number(line.slice(a, b))].set(numeric ? Number(value) : value, nRows);
    if (nRows + 2 > starts.length) starts = grow(starts, starts.length * 2);
    starts[nRows++] = n;
    let num = 0, neg = false, cl = 0;
    for (let i = c + 1; i <= line.length; i++) {
      const ch = i < line.length ? line.charCodeAt(i) : 44;
      if (ch === 58) { cl = num; num = 0; } // ':'
      else if (ch === 44) { // ','
        if (n >= cls.length) { cls = grow(cls, cls.length * 2); ws = grow(ws, ws.length * 2); }
        cls[n] = cl; ws[n++] = (neg ? -num : num) / scale;
        num = 0; neg = false;
      } else if (ch === 45) neg = true;
      else num = num * 10 + ch - 48;
    }
  }
  starts[nRows] = n;
  return { tables, rows: { start: starts.slice(0, nRows + 1), cls: cls.slice(0, n), w: ws.slice(0, n) } };
}

function grow<A extends Int32Array | Uint8Array | Float32Array>(a: A, size: number): A {
  const b = new (a.constructor as new (n: number) => A)(size);
  b.set(a);
  return b;
}

export function addRow(rows: Rows, r: number, into: Float32Array, at: number): void {
  for (let k = rows.start[r], e = rows.start[r + 1]; k < e; k++) into[at + rows.cls[k]] += rows.w[k];
}

/** Adds the rows of integer keys (one per template) into `scores` (zeroed first). */
export function scoreKeys(m: SparseLinear<number>, keys: ArrayLike<number>, scores: Float32Array): Float32Array {
  scores.fill(0);
  for (let t = 0; t < keys.length; t++) {
    const r = m.tables[t].get(keys[t]);
    if (r !== undefined) addRow(m.rows, r, scores, 0);
  }
  return scores;
}

/** The scale a model file's header line gives ("scale=100"), 1 if none. */
export function scaleOf(header: string | undefined): number {
  return Number(/scale=(\d+)/.exec(header ?? '')?.[1] ?? 1);
}
