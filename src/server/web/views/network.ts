// Who acts on whom: actors as circles (sized by their events, coloured by type), arrows from
// source to target weighted by how many events join them and coloured by their commonest
// QuadClass, dashed lines for actors named in the same documents without an event between them.
// Laid out by a small force simulation (a few dozen nodes: quadratic is fine here).
import { plural } from '../../../kb/present.ts';
import { getJson } from '../api.ts';
import type { Network } from '../../events-api.ts';
import { h, route, svg } from '../dom.ts';
import { exportBar } from './common.ts';
import { filterForm, QUADS, readFilters } from './filters.ts';

// the drawing's own size: a phone gets a narrower, taller one so its labels stay readable
let W = 960, H = 620;
/** a label's longest name, and the width of one of its characters (12 px text), in drawing units */
const LABEL_MAX = 28, CHAR_W = 7;

export async function networkView(_args: string[], query: URLSearchParams): Promise<Node> {
  const names = ['root', 'quad', 'actor', 'country', 'from', 'to'] as const;
  const params = readFilters(query, names);
  const net = await getJson<Network>('/api/network', params);
  const form = filterForm('network', params, names);
  [W, H] = window.innerWidth < 700 ? [440, 600] : [960, 620];
  const body = net.nodes.length ? drawNetwork(net) : h('p', { class: 'muted' }, 'No events join two actors under these filters.');
  return h('section', { class: 'network-page' },
    h('h1', null, 'Actor network', h('span', { class: 'count' }, ` ${net.nodes.length} actors · ${net.edges.filter(e => e.kind === 'event').length} links by events`)),
    form, exportBar(params, 'network'), body, networkLegend());
}

function drawNetwork(net: Network): SVGSVGElement {
  const pos = layout(net);
  const maxEvents = Math.max(1, ...net.nodes.map(n => n.events));
  const maxEdge = Math.max(1, ...net.edges.map(e => e.events));
  const radius = (n: Network['nodes'][number]) => 6 + 14 * Math.sqrt(n.events / maxEvents);
  const byId = new Map(net.nodes.map(n => [n.id, n]));
  const root = svg('svg', { class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'actor network' },
    svg('defs', null, [0, 1, 2, 3, 4].map(q => svg('marker', { id: `arrow-${q}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse', class: `arrow quad-${q}` },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z' })))));
  const edges = svg('g', { class: 'edges' });
  for (const e of net.edges) {
    const a = pos.get(e.source)!, b = pos.get(e.target)!;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
    const ra = radius(byId.get(e.source)!), rb = radius(byId.get(e.target)!) + 3;
    const width = (1 + 5 * Math.sqrt(e.events / maxEdge)).toFixed(1);
    edges.appendChild(svg('line', {
      class: e.kind === 'event' ? `edge edge-event quad-${e.quad ?? 0}` : 'edge edge-co', 'stroke-width': e.kind === 'event' ? width : 1,
      x1: (a.x + dx / d * ra).toFixed(1), y1: (a.y + dy / d * ra).toFixed(1), x2: (b.x - dx / d * rb).toFixed(1), y2: (b.y - dy / d * rb).toFixed(1),
      'marker-end': e.kind === 'event' ? `url(#arrow-${e.quad ?? 0})` : undefined, 'data-source': e.source, 'data-target': e.target, 'data-events': e.events,
      'data-tip': e.kind === 'event' ? `${byId.get(e.source)!.name} → ${byId.get(e.target)!.name}: ${plural(e.events, 'event')}` : `${byId.get(e.source)!.name} and ${byId.get(e.target)!.name}: named together in ${plural(e.events, 'document')}`,
    }));
  }
  root.appendChild(edges);
  const nodes = svg('g', { class: 'nodes' });
  // names above every circle (a later circle hid an earlier name), each on the side of its node
  // with room for it, a long one cut with an ellipsis (its node's tip says it whole)
  const labels = svg('g', { class: 'node-labels', 'aria-hidden': 'true' });
  for (const n of net.nodes) {
    const p = pos.get(n.id)!, r = radius(n);
    nodes.appendChild(svg('a', { href: route('actor', n.id), class: 'node', 'data-id': n.id, 'aria-label': n.name, 'data-tip': `${n.name}${n.type ? ` (${n.type}${n.country ? `, ${n.country}` : ''})` : ''} · ${plural(n.events, 'event')}` },
      svg('circle', { class: `node-dot type-${n.type ?? 'other'}`, cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) })));
    const name = n.name.length > LABEL_MAX ? `${n.name.slice(0, LABEL_MAX - 1).trimEnd()}…` : n.name;
    const left = p.x + r + 3 + name.length * CHAR_W > W && p.x - r - 3 - name.length * CHAR_W >= 0;
    labels.appendChild(svg('text', { class: 'node-label', 'data-for': n.id, 'text-anchor': left ? 'end' : 'start', x: (left ? p.x - r - 3 : p.x + r + 3).toFixed(1), y: (p.y + 4).toFixed(1) }, name));
  }
  root.append(nodes, labels);
  return root;
}

/** Force layout: nodes repel, links pull, a weak pull to the centre; deterministic start on a circle. */
function layout(net: Network): Map<string, { x: number; y: number }> {
  const n = net.nodes.length;
  const pos = net.nodes.map((_, i) => ({ x: W / 2 + W / 4 * Math.cos(2 * Math.PI * i / n), y: H / 2 + H / 3 * Math.sin(2 * Math.PI * i / n) }));
  const index = new Map(net.nodes.map((node, i) => [node.id, i]));
  const links = net.edges.map(e => [index.get(e.source)!, index.get(e.target)!, e.kind === 'event' ? 1 : 0.3] as const);
  const k = Math.sqrt(W * H / Math.max(1, n)) * 0.55;
  for (let step = 0, t = 60; step < 300; step++, t *= 0.985) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(1, Math.hypot(dx, dy)), f = k * k / d;
      disp[i].x += dx / d * f; disp[i].y += dy / d * f; disp[j].x -= dx / d * f; disp[j].y -= dy / d * f;
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(1, Math.hypot(dx, dy)), f = w * d * d / k;
      disp[a].x -= dx / d * f; disp[a].y -= dy / d * f; disp[b].x += dx / d * f; disp[b].y += dy / d * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.05 * k / 10; disp[i].y += (H / 2 - pos[i].y) * 0.08 * k / 10;
      const d = Math.max(1, Math.hypot(disp[i].x, disp[i].y)), m = Math.min(d, t);
      pos[i].x = Math.max(16, Math.min(W - (W < 700 ? 90 : 140), pos[i].x + disp[i].x / d * m));
      pos[i].y = Math.max(24, Math.min(H - 24, pos[i].y + disp[i].y / d * m));
    }
  }
  // the simulation settles in the middle of the frame: stretch it to fill the frame (each axis at
  // most 3×), leaving room for the names on the right
  if (n > 1) {
    const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [left, right, top, bottom] = [24, W - (W < 700 ? 100 : 150), 28, H - 28];
    const sx = Math.min(3, (right - left) / Math.max(1, x1 - x0)), sy = Math.min(3, (bottom - top) / Math.max(1, y1 - y0));
    const cx = (left + right) / 2 - (x0 + x1) / 2 * sx, cy = (top + bottom) / 2 - (y0 + y1) / 2 * sy;
    for (const p of pos) { p.x = p.x * sx + cx; p.y = p.y * sy + cy; }
  }
  return new Map(net.nodes.map((node, i) => [node.id, pos[i]]));
}

function networkLegend(): HTMLElement {
  return h('div', { class: 'map-legend network-legend', 'data-testid': 'network-legend' },
    Object.entries(QUADS).map(([q, label]) => h('span', { class: 'legend-item' }, svg('svg', { width: 28, height: 10, 'aria-hidden': 'true' }, svg('line', { class: `edge edge-event quad-${q}`, x1: 0, y1: 5, x2: 28, y2: 5, 'stroke-width': 3 })), `→ ${label}`)),
    h('span', { class: 'legend-item' }, svg('svg', { width: 28, height: 10, 'aria-hidden': 'true' }, svg('line', { class: 'edge edge-co', x1: 0, y1: 5, x2: 28, y2: 5 })), 'named in the same documents'),
    h('span', { class: 'legend-item' }, 'arrow width: events between them; circle size: events of the actor'));
}
