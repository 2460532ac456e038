// Items over time as bars (by day, month or year, whichever suits the span), with a brush:
// drag across the bars (mouse, pen or finger) to pick a date range; the owner filters its
// table, map or timeline by it. A time axis under the bars labels the years or months.
import { h, svg } from './dom.ts';

export interface DateRange { from: string; to: string }
type Unit = 'day' | 'month' | 'year';

const W0 = 960, H = 110, AXIS = 18, PAD = 4;

/** The calendar day an item is dated by ("2017-06-19/2017-06-24" → 2017-06-19), if any. */
export function dayOf(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value) : null;
  return m ? `${m[1]}${m[2] ?? '-01'}${m[3] ?? '-01'}` : undefined;
}

function unitFor(first: string, last: string): Unit {
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return days > 365 * 6 ? 'year' : days > 92 ? 'month' : 'day';
}
const keyOf = (day: string, unit: Unit) => (unit === 'year' ? day.slice(0, 4) : unit === 'month' ? day.slice(0, 7) : day);
function next(key: string, unit: Unit): string {
  if (unit === 'year') return String(Number(key) + 1);
  if (unit === 'month') { const [y, m] = key.split('-').map(Number); return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`; }
  return new Date(Date.parse(key) + 86_400_000).toISOString().slice(0, 10);
}
const lastDay = (key: string, unit: Unit) => (unit === 'year' ? `${key}-12-31` : unit === 'month' ? new Date(Date.UTC(+key.slice(0, 4), +key.slice(5, 7), 0)).toISOString().slice(0, 10) : key);
const firstDay = (key: string, unit: Unit) => (unit === 'year' ? `${key}-01-01` : unit === 'month' ? `${key}-01` : key);

/**
 * Bars of `days` (one calendar day per item; undated items left out) and a brush.
 * `onBrush` gets the picked range, or null when it is cleared.
 */
export function histogram(days: string[], opts: { label: string; id: string; onBrush: (r: DateRange | null) => void; range?: DateRange | null }): HTMLElement {
  const sorted = days.filter(Boolean).sort();
  if (!sorted.length) return h('p', { class: 'muted', id: opts.id }, `No dated ${opts.label} to draw over time.`);
  const unit = unitFor(sorted[0], sorted[sorted.length - 1]);
  const keys: string[] = [];
  for (let k = keyOf(sorted[0], unit), end = keyOf(sorted[sorted.length - 1], unit); k <= end && keys.length < 2000; k = next(k, unit)) keys.push(k);
  const counts = new Map<string, number>();
  for (const d of sorted) counts.set(keyOf(d, unit), (counts.get(keyOf(d, unit)) ?? 0) + 1);
  const max = Math.max(...counts.values());
  // drawn in screen pixels: the frame's units are its width on the page (960 until it is on
  // one), so the axis labels are 11 px on a phone as on a laptop, and as many as fit are shown
  let W = W0, bw = (W - 2 * PAD) / keys.length;
  const root = svg('svg', { class: 'histogram', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${opts.label} per ${unit}`, 'data-unit': unit });
  const bars = svg('g', { class: 'bars' }), axis = svg('g', { class: 'axis' });
  const shade = svg('rect', { class: 'brush', y: 0, height: H - AXIS, x: 0, width: 0, visibility: 'hidden' });
  root.append(bars, axis, shade);
  let shaded: [number, number] | undefined;
  const draw = () => {
    bw = (W - 2 * PAD) / keys.length;
    root.setAttribute('viewBox', `0 0 ${W} ${H}`);
    bars.replaceChildren();
    keys.forEach((k, i) => {
      const n = counts.get(k) ?? 0;
      if (!n) return;
      const bh = (H - AXIS - 6) * n / max;
      bars.appendChild(svg('rect', { class: 'bar', x: (PAD + i * bw + 0.5).toFixed(1), y: (H - AXIS - bh).toFixed(1), width: Math.max(1, bw - 1).toFixed(1), height: bh.toFixed(1), 'data-key': k, 'data-count': n },
        svg('title', null, `${k}: ${n} ${opts.label}`)));
    });
    // the axis: a tick and label at each year (or month, or day), left to right, each label only
    // where it clears the one before it and the right edge; a month within its year says only its number
    axis.replaceChildren(svg('line', { x1: PAD, x2: W - PAD, y1: H - AXIS, y2: H - AXIS }));
    let clearFrom = -Infinity;
    keys.forEach((k, i) => {
      const text = unit === 'month' && !k.endsWith('-01') ? k.slice(5) : k;
      const x = PAD + i * bw, tw = text.length * 6.6;
      if (x + 2 < clearFrom || x + 2 + tw > W) return;
      clearFrom = x + 2 + tw + 8;
      axis.appendChild(svg('line', { x1: x.toFixed(1), x2: x.toFixed(1), y1: H - AXIS, y2: H - AXIS + 4 }));
      axis.appendChild(svg('text', { x: (x + 2).toFixed(1), y: H - 4 }, text));
    });
    if (shaded) showRange(...shaded);
  };
  if (typeof ResizeObserver !== 'undefined') {
    // redrawn in the next frame, not inside the observer: a redraw changes the frame's height, and a
    // size change inside the callback is an undelivered notification (a "ResizeObserver loop" error)
    new ResizeObserver(() => requestAnimationFrame(() => {
      const shown = Math.round(root.getBoundingClientRect().width);
      if (shown > 0 && shown !== W) { W = shown; draw(); }
    })).observe(root);
  }

  const indexAt = (clientX: number) => {
    const box = root.getBoundingClientRect();
    const x = (clientX - box.left) / box.width * W;
    return Math.max(0, Math.min(keys.length - 1, Math.floor((x - PAD) / bw)));
  };
  const showRange = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    shaded = [lo, hi];
    shade.setAttribute('x', (PAD + lo * bw).toFixed(1));
    shade.setAttribute('width', ((hi - lo + 1) * bw).toFixed(1));
    shade.setAttribute('visibility', 'visible');
    return { from: firstDay(keys[lo], unit), to: lastDay(keys[hi], unit) };
  };
  let start: number | undefined;
  root.addEventListener('pointerdown', ev => { start = indexAt(ev.clientX); root.setPointerCapture?.(ev.pointerId); showRange(start, start); ev.preventDefault(); });
  root.addEventListener('pointermove', ev => { if (start !== undefined) showRange(start, indexAt(ev.clientX)); });
  root.addEventListener('pointerup', ev => {
    if (start === undefined) return;
    const range = showRange(start, indexAt(ev.clientX));
    start = undefined;
    caption.textContent = `${range.from} to ${range.to}`;
    clear.hidden = false;
    opts.onBrush(range);
  });
  const caption = h('span', { class: 'brush-range' }, '');
  const clear = h('button', { type: 'button', class: 'brush-clear', hidden: true }, 'Clear dates');
  clear.addEventListener('click', () => { shaded = undefined; shade.setAttribute('visibility', 'hidden'); caption.textContent = ''; clear.hidden = true; opts.onBrush(null); });
  draw();
  if (opts.range) {
    const lo = keys.findIndex(k => lastDay(k, unit) >= opts.range!.from), hi = keys.findLastIndex(k => firstDay(k, unit) <= opts.range!.to);
    if (lo >= 0 && hi >= lo) { showRange(lo, hi); caption.textContent = `${opts.range.from} to ${opts.range.to}`; clear.hidden = false; }
  }
  return h('figure', { class: 'histogram-frame', id: opts.id }, root,
    h('figcaption', { class: 'muted' }, `${sorted.length} dated ${opts.label} per ${unit}. Drag across the bars to pick dates. `, caption, ' ', clear));
}

/** True when a day lies in the range (undated items fall outside any range). */
export function inRange(day: string | undefined, r: DateRange | null): boolean {
  return !r || (!!day && day >= r.from && day <= r.to);
}
