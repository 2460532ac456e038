// A world map drawn offline: Natural Earth countries (world-atlas, served by us)
// projected with d3-geo into SVG, places as circles. The view fits the places
// shown, so a handful of Central Asian towns fill the frame rather than a dot.
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { plural } from '../../kb/present.ts';
import { getJson } from './api.ts';
import { h, svg } from './dom.ts';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  kind?: string;
  /** how many events: sets the circle's size */
  weight?: number;
  href?: string;
  /** why it is on this map, which sets its colour: 'event' (events took place there), 'base' (where an actor is), 'mentioned', 'facility' */
  role?: PlaceRole;
}

export type PlaceRole = 'event' | 'inferred' | 'base' | 'mentioned' | 'facility';
const ROLE_LABELS: Record<PlaceRole, string> = {
  event: 'where events took place', inferred: 'place of the event’s target or source (no place said)', base: 'where the actor is based',
  mentioned: 'mentioned, no event there', facility: 'facility',
};
const roleOf = (p: MapPlace): PlaceRole => p.role ?? (p.weight ? 'event' : 'mentioned');
const R_MIN = 4, R_SPAN = 8;
const radius = (weight: number, max: number) => R_MIN + R_SPAN * Math.sqrt(weight / max);
/** units kept free around the fitted places; on a narrow screen a dot is at most this less 2, so never cut */
const MARGIN = R_MIN + R_SPAN + 12;

type Countries = { type: 'FeatureCollection'; features: { id?: string | number; properties: { name?: string }; geometry: GeoPermissibleObjects }[] };
let atlas: Promise<Countries> | undefined;

function countries(): Promise<Countries> {
  return (atlas ??= getJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>('/atlas/countries-50m.json')
    .then(t => feature(t, t.objects.countries) as unknown as Countries));
}

export async function renderMap(places: MapPlace[], opts: { width?: number; height?: number; onSelect?: (p: MapPlace) => void } = {}): Promise<HTMLElement> {
  const width = opts.width ?? 960, height = opts.height ?? 480;
  const world = await countries();
  const projection = geoNaturalEarth1();
  if (places.length) {
    // fit the places, padded by a few degrees so their countries show around them; all four
    // corners and every place count (the projection curves: two corners alone leave points
    // outside), and the frame keeps the largest circle's radius free so no point is cut
    const lons = places.map(p => p.lon), lats = places.map(p => p.lat);
    const pad = 4;
    const [w, s, e, n] = [Math.max(-180, Math.min(...lons) - pad), Math.max(-85, Math.min(...lats) - pad), Math.min(180, Math.max(...lons) + pad), Math.min(85, Math.max(...lats) + pad)];
    const box = { type: 'MultiPoint' as const, coordinates: [[w, s], [w, n], [e, s], [e, n], ...places.map(p => [p.lon, p.lat])] };
    const m = MARGIN; // the margin layout() keeps dots within
    projection.fitExtent([[m, m], [width - m, height - m]], box);
  } else {
    projection.fitSize([width, height], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  const root = svg('svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'map of places' });
  root.appendChild(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
  const land = svg('g', { class: 'countries' });
  for (const f of world.features) {
    const d = path(f.geometry);
    if (d) land.appendChild(svg('path', { class: 'country', d, 'data-name': f.properties.name ?? '', 'data-id': String(f.id ?? '') }, svg('title', null, f.properties.name ?? '')));
  }
  root.appendChild(land);
  const dots = svg('g', { class: 'places' });
  const max = Math.max(1, ...places.map(p => p.weight ?? 0));
  const marks: { dot: SVGCircleElement; label: SVGTextElement; x: number; y: number; r: number; name: string; fullW?: number }[] = [];
  // the busiest places first: drawn underneath, and first to get a label
  for (const p of [...places].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = radius(p.weight ?? 0, max);
    const dot = svg('circle', {
      class: `place place-${p.kind ?? 'other'} role-${roleOf(p)}`, tabindex: 0, 'aria-label': p.name, cx: xy[0].toFixed(2), cy: xy[1].toFixed(2), r: r.toFixed(1),
      'data-id': p.id, 'data-name': p.name, 'data-lat': p.lat, 'data-lon': p.lon,
      'data-tip': `${p.name}${p.kind ? ` (${p.kind})` : ''} · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}${p.weight ? ` · ${plural(p.weight, p.role === 'facility' ? 'source' : 'event')}` : ''}`,
    });
    if (opts.onSelect) {
      dot.addEventListener('click', () => opts.onSelect!(p));
      dot.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); opts.onSelect!(p); } });
    }
    const label = svg('text', { class: 'place-label', 'data-for': p.id }, p.name);
    dots.appendChild(dot);
    marks.push({ dot, label, x: xy[0], y: xy[1], r, name: p.name });
  }
  for (const m of marks) dots.appendChild(m.label);
  root.appendChild(dots);

  // zoom: the wheel or a double click zooms about the pointer, dragging pans; dots and
  // labels keep their size on screen, and labels that would cover one another are hidden.
  // Sizes are screen pixels: the frame is drawn at its box's width (a phone shows 960 units in
  // ~360 px), so a label is 11 px on any screen, not 11 units shrunk to 4 px. A dot's radius is
  // capped at the margin the fit left free (in units), so no point is cut at the edge however
  // narrow the screen; a label that would run past the right edge sits left of its dot, or is cut short.
  const view = { x: 0, y: 0, w: width, h: height };
  const margin = MARGIN;
  const legend = mapLegend(places, max);
  const layout = () => {
    root.setAttribute('viewBox', `${view.x.toFixed(2)} ${view.y.toFixed(2)} ${view.w.toFixed(2)} ${view.h.toFixed(2)}`);
    const shown = root.getBoundingClientRect().width;
    const s = shown > 0 ? shown / width : 1;
    const k = width / view.w, px = k * s; // screen pixels per unit
    const placed: { x: number; y: number; w: number; h: number }[] = [];
    for (const m of marks) {
      const rPx = Math.min(m.r, (margin - 2) * s);
      m.dot.setAttribute('r', (rPx / px).toFixed(2));
      // the name's width on screen, measured once the frame is drawn (else guessed); a name too long
      // for either side of its dot is cut with an ellipsis on the roomier side (the dot's tip says it whole)
      m.label.setAttribute('font-size', (11 / px).toFixed(2));
      // measured once (11 px on screen at any zoom), so zooming and dragging re-measure nothing
      if (m.fullW === undefined && shown > 0) { m.label.textContent = m.name; m.fullW = m.label.getComputedTextLength() * px || undefined; }
      let textW = m.fullW ?? m.name.length * 6.2;
      m.label.textContent = m.name;
      const sx = (m.x - view.x) * px, sy = (m.y - view.y) * px;
      const rightRoom = shown - (sx + rPx + 2), leftRoom = sx - rPx - 2;
      const left = shown > 0 && textW > rightRoom && (textW <= leftRoom || leftRoom > rightRoom);
      const room = left ? leftRoom : rightRoom;
      if (shown > 0 && textW > room && room > 0) {
        const keep = Math.max(1, Math.floor(m.name.length * room / textW) - 2);
        m.label.textContent = m.name.slice(0, keep).trimEnd() + '…';
        textW = room;
      }
      const box = { x: left ? sx - rPx - 2 - textW : sx + rPx + 2, y: sy - 7, w: textW, h: 13 };
      const free = !placed.some(b => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h);
      if (free) placed.push(box);
      m.label.setAttribute('visibility', free ? 'visible' : 'hidden');
      m.label.setAttribute('text-anchor', left ? 'end' : 'start');
      m.label.setAttribute('x', (m.x + (left ? -1 : 1) * (rPx + 2) / px).toFixed(2));
      m.label.setAttribute('y', (m.y + 4 / px).toFixed(2));
      m.label.setAttribute('stroke-width', (3 / px).toFixed(2));
    }
    // the legend's sizes are the sizes drawn
    for (const c of Array.from(legend.querySelectorAll<SVGCircleElement>('circle[data-r]'))) {
      const r = Math.min(Number(c.dataset.r), (margin - 2) * s), box = c.ownerSVGElement!;
      c.setAttribute('r', r.toFixed(1)); c.setAttribute('cx', (r + 1).toFixed(1)); c.setAttribute('cy', (r + 1).toFixed(1));
      box.setAttribute('width', (2 * r + 2).toFixed(1)); box.setAttribute('height', (2 * r + 2).toFixed(1));
    }
  };
  // the first layout runs before the frame is on the page (no width yet); redo it once it has one, and on resizes
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => requestAnimationFrame(layout)).observe(root);
  const toMap = (ev: MouseEvent) => {
    const box = root.getBoundingClientRect();
    return { x: view.x + (ev.clientX - box.left) / box.width * view.w, y: view.y + (ev.clientY - box.top) / box.height * view.h };
  };
  const zoom = (ev: MouseEvent, factor: number) => {
    const p = toMap(ev);
    const w = Math.min(width, Math.max(width / 64, view.w * factor));
    const f = w / view.w;
    view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f;
    view.w = w; view.h = height * (w / width);
    layout();
  };
  root.addEventListener('wheel', ev => { ev.preventDefault(); zoom(ev, ev.deltaY < 0 ? 0.8 : 1.25); }, { passive: false });
  root.addEventListener('dblclick', ev => { ev.preventDefault(); zoom(ev, 0.5); });
  let drag: { x: number; y: number } | undefined;
  root.addEventListener('pointerdown', ev => { drag = { x: ev.clientX, y: ev.clientY }; });
  root.addEventListener('pointermove', ev => {
    if (!drag || !(ev.buttons & 1)) { drag = undefined; return; }
    const box = root.getBoundingClientRect();
    view.x -= (ev.clientX - drag.x) / box.width * view.w;
    view.y -= (ev.clientY - drag.y) / box.height * view.h;
    drag = { x: ev.clientX, y: ev.clientY };
    layout();
  });
  root.addEventListener('pointerup', () => { drag = undefined; });
  layout();
  const reset = h('button', { type: 'button', class: 'map-reset' }, 'Reset view');
  reset.addEventListener('click', () => { Object.assign(view, { x: 0, y: 0, w: width, h: height }); layout(); });
  return h('figure', { class: 'map-frame' }, root, legend,
    h('figcaption', { class: 'muted' }, 'Scroll or double-click to zoom, drag to move. ', reset));
}

/** What the colours and sizes mean: one swatch per kind of place shown, and three sizes. */
function mapLegend(places: MapPlace[], max: number): HTMLElement {
  const roles = [...new Set(places.map(roleOf))];
  const dot = (r: number, cls: string, sized = false) => svg('svg', { class: 'legend-dot', width: 2 * r + 2, height: 2 * r + 2, 'aria-hidden': 'true' },
    svg('circle', { class: cls, cx: r + 1, cy: r + 1, r, 'data-r': sized ? r : undefined }));
  const sizes = [...new Set([1, Math.round(max / 2), max])].filter(n => n >= 1);
  return h('div', { class: 'map-legend', 'data-testid': 'map-legend' },
    roles.map(role => h('span', { class: 'legend-item', 'data-role': role }, dot(6, `place role-${role}`), ROLE_LABELS[role])),
    places.some(p => p.weight) ? h('span', { class: 'legend-item legend-size' }, 'size: ',
      sizes.map(n => [dot(radius(n, max), `place role-${roles.length === 1 ? roles[0] : 'event'}`, true), ` ${n} ${places.some(p => p.role === 'facility') ? 'source' : 'event'}${n === 1 ? '' : 's'} `])) : null);
}
