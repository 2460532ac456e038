// One bounded memo for look-ups by word: stages ask about the same words many times a document (and the
// same names in every document), so answers are kept by their exact input, up to a limit past which the
// memo starts again empty (a long run over many documents holds no more than `limit` answers).

const NONE = Symbol('none');

/** fn, remembered by its string argument, `undefined` answers included. */
export function boundedMemo<R>(fn: (s: string) => R, limit: number): (s: string) => R {
  let cache = new Map<string, R | typeof NONE>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as R;
    const r = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, r === undefined ? NONE : r);
    return r;
  };
}
