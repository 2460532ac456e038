// Bounded nesting for HTML before it is parsed: the DOM parser and Readability cost grows with depth times
// size (minutes on 550 KB of unclosed "<div><span>"), and tree walks recurse. One linear pass keeps every
// tag up to MAX_HTML_DEPTH and drops the tags (never the text) of elements nested deeper.

/** Deeper than any real page (news pages nest 20 to 40 levels). */
export const MAX_HTML_DEPTH = 128;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
// elements that an opening tag of the same name closes implicitly
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** How far up the open elements a closing tag looks for its match; past it a stray closing tag is dropped. */
const MATCH_WINDOW = 64;

interface Open { name: string; kept: boolean }

/** The page with no element nested deeper than `limit`; the page itself when it nests no deeper. */
export function boundHtmlDepth(html: string, limit = MAX_HTML_DEPTH): string {
  const stack: Open[] = [];
  const out: string[] = [];
  let copiedTo = 0, dropped = false;
  const drop = (from: number, to: number) => { out.push(html.slice(copiedTo, from)); copiedTo = to; dropped = true; };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) { const e = html.indexOf('-->', lt + 4); i = e < 0 ? html.length : e + 3; continue; }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const closing = html.charCodeAt(lt + 1) === 47; // "/"
    const m = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(lt + (closing ? 2 : 1), Math.min(gt, lt + 40)));
    i = gt + 1;
    if (!m) continue;
    const name = m[0].toLowerCase();
    if (closing) {
      let k = stack.length - 1;
      const stop = Math.max(0, stack.length - MATCH_WINDOW);
      while (k >= stop && stack[k].name !== name) k--;
      if (k < stop || k < 0) { if (stack.length >= limit) drop(lt, gt + 1); continue; }
      const kept = stack[k].kept;
      stack.length = k;
      if (!kept) drop(lt, gt + 1);
      continue;
    }
    if (VOID.has(name) || html.charCodeAt(gt - 1) === 47) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && stack.length && stack[stack.length - 1].name === name) stack.pop();
    const kept = stack.length < limit;
    if (!kept) drop(lt, gt + 1);
    stack.push({ name, kept });
    if (RAW_TEXT.has(name)) i = closingTagAt(html, i, name);
  }
  if (!dropped) return html;
  out.push(html.slice(copiedTo));
  return out.join('');
}

/** Where the raw text opened before `from` ends: its closing tag, matched without regard to case. */
function closingTagAt(html: string, from: number, name: string): number {
  for (let k = from; ; k += 2) {
    k = html.indexOf('</', k);
    if (k < 0) return html.length;
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
}
