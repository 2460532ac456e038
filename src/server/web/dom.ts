// Building DOM from untrusted data, safely: text only ever becomes text nodes,
// attributes are set one by one (never event handlers), links only to our own
// hash routes or to http(s) URLs. Nothing here parses HTML.
export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

function setAttrs(el: Element, attrs?: Attrs | null): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
    const v = value === true ? '' : String(value);
    el.setAttribute(name, name === 'href' ? safeHref(v) : v);
  }
}

/** Our own routes (#/…, /api/…) pass; external links only when http(s). */
export function safeHref(href: string): string {
  if (href.startsWith('#') || /^\/(?!\/)/.test(href)) return href;
  try {
    const url = new URL(href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch { /* fall through */ }
  return '#';
}

/** A hash route with each path piece encoded: route('actor', id). */
export function route(...parts: string[]): string {
  return '#/' + parts.map(encodeURIComponent).join('/');
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}
