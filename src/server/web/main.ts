// The page: a hash router over a handful of views. Every view reads our own JSON
// API and builds DOM through dom.ts, so no text from a report is ever parsed as HTML.
import { ApiError } from './api.ts';
import { clear, h } from './dom.ts';
import { installTooltip } from './tooltip.ts';
import { actorView } from './views/actor.ts';
import { documentView, documentsView } from './views/documents.ts';
import { eventsView } from './views/events.ts';
import { mapView } from './views/map-page.ts';
import { facilitiesView } from './views/facilities.ts';
import { pasteView } from './views/paste.ts';
import { networkView } from './views/network.ts';
import { searchView } from './views/search.ts';

export type View = (args: string[], query: URLSearchParams) => Promise<Node>;

// a Map: the route name comes from the address bar, and "#/constructor" or "#/toString" must be no page,
// not an Object.prototype member called as a view
const ROUTES = new Map<string, View>([
  ['', documentsView],
  ['doc', documentsViewOrOne],
  ['actor', actorView],
  ['events', eventsView],
  ['map', mapView],
  ['network', networkView],
  ['facilities', facilitiesView],
  ['paste', pasteView],
  ['search', searchView],
]);

function documentsViewOrOne(args: string[], query: URLSearchParams): Promise<Node> {
  return args.length ? documentView(args, query) : documentsView();
}

let generation = 0;

async function show(): Promise<void> {
  const view = document.getElementById('view')!;
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, qs = ''] = hash.split('?');
  const [name = '', ...args] = path.split('/').map(s => { try { return decodeURIComponent(s); } catch { return s; } });
  const query = new URLSearchParams(qs);
  const render = ROUTES.get(name);
  const mine = ++generation;
  document.body.dataset.view = name || 'home';
  document.body.dataset.ready = 'false';
  document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active', a.getAttribute('href') === `#/${name}`));
  let node: Node;
  try {
    node = render ? await render(args.filter(Boolean), query) : h('p', { class: 'error' }, 'No such page.');
  } catch (err) {
    node = h('p', { class: 'error' }, err instanceof ApiError ? `${err.message} (${err.code})` : `Something went wrong: ${(err as Error).message}`);
  }
  if (mine !== generation) return; // a newer navigation won
  clear(view, node);
  // what tests (and anyone scripting the page) wait for: this route, fully drawn
  document.body.dataset.route = location.hash;
  document.body.dataset.ready = 'true';
  // a deep link (#/doc/ID?at=OFFSET) lands on its sentence; any other view at the top
  const target = view.querySelector<HTMLElement>('[data-target]');
  if (target) { target.scrollIntoView({ block: 'center' }); target.focus({ preventScroll: true }); } else window.scrollTo(0, 0);
}

function start(): void {
  installTooltip(document.getElementById('tip')!);
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = `#/search?${new URLSearchParams({ q })}`;
  });
  window.addEventListener('hashchange', () => { void show(); });
  void show();
}

start();
