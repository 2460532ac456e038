// Look-ups over layers sorted by start (mentions, times, quotes): binary search, then a short walk.

/** The first index whose item starts at or after `start`. */
export function lowerBound(items: readonly { start: number }[], start: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].start < start) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The items lying wholly inside [start, end). */
export function within<T extends { start: number; end: number }>(items: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i].start < end; i++) if (items[i].end <= end) out.push(items[i]);
  return out;
}
