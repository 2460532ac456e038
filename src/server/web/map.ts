// A world map drawn offline: Natural Earth countries (world-atlas, served by us)
// projected with d3-geo into SVG, places as circles. The view fits the places
// shown, so a handful of Central Asian towns fill the frame rather than a dot.
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
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
}

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
    // fit the places, padded by a few degrees so their countries show around them
    const lons = places.map(p => p.lon), lats = places.map(p => p.lat);
    const pad = 4;
    const box = {
      type: 'MultiPoint' as const,
      coordinates: [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]],
    };
    projection.fitExtent([[20, 20], [width - 20, height - 20]], box);
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
  const labels: { x: number; y: number; w: number; h: number }[] = [];
  for (const p of [...places].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 4 + 8 * Math.sqrt((p.weight ?? 0) / max);
    const dot = svg('circle', {
      class: `place place-${p.kind ?? 'other'}`, cx: xy[0].toFixed(2), cy: xy[1].toFixed(2), r: r.toFixed(1),
      'data-id': p.id, 'data-name': p.name, 'data-lat': p.lat, 'data-lon': p.lon,
      'data-tip': `${p.name}${p.kind ? ` (${p.kind})` : ''} · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}${p.weight ? ` · ${p.weight} event(s)` : ''}`,
    });
    if (opts.onSelect) dot.addEventListener('click', () => opts.onSelect!(p));
    dots.appendChild(dot);
    // a label only where it does not cover another (the busiest places come first)
    const box = { x: xy[0] + r + 2, y: xy[1] - 7, w: p.name.length * 6.2, h: 13 };
    if (labels.some(b => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h)) continue;
    labels.push(box);
    dots.appendChild(svg('text', { class: 'place-label', x: box.x.toFixed(1), y: (xy[1] + 4).toFixed(1) }, p.name));
  }
  root.appendChild(dots);
  return h('figure', { class: 'map-frame' }, root);
}
