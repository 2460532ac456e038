// What is known of a run's words as a whole: an organization's head word, a body of state, a name the
// world data or the name lists hold. The run steps and the name steps both ask (rules/).
import { militaryShape } from './military.ts';
import { nameCues } from './lexicon.ts';
import { countryByName, knownOrganization, worldRegion } from './world.ts';
import { fold, textOf, words } from './cues.ts';
import type { Ctx } from './names.ts';

/** The kind of organization the head word of tokens a..b names ("Bank of England": bank's kind), if any. */
export function orgHead(ctx: Ctx, a: number, b: number): string | undefined {
  const w = words(ctx, a, b);
  const last = w[w.length - 1];
  const last2 = w.length >= 3 ? w[w.length - 2] + ' ' + last : '';
  const heads = ctx.lex.orgHeads;
  if (last2 && heads.has(last2)) return heads.get(last2)!.kind;
  const h = heads.get(last);
  if (h && h.position !== 'prefix' && w.length >= 2) return h.kind;
  // "Bank of England", "Senate Committee on Foreign Relations": the head before the connector
  const c = w.findIndex(x => x === 'of' || x === 'for' || x === 'on');
  const p = c >= 1 && c < w.length - 1 ? heads.get(w[c - 1]) : undefined;
  if (p && p.position !== 'suffix') return p.kind;
  return undefined;
}

/** A government or military body by its name's shape: "Air Force", "Department of Energy". */
export function isStateBody(ctx: Ctx, a: number, b: number): boolean {
  const kind = orgHead(ctx, a, b) ?? ctx.lex.orgHeads.get(words(ctx, a, b).join(' '))?.kind;
  return kind === 'military' || kind === 'government';
}

// whether words name something known as a whole depends on the words alone: remembered across documents
let knownCache = new Map<string, boolean>();

/** Known as a whole: listed (a country, an organization, a company, a region, a famous person, a body named by
 * its head alone) or shaped like a unit or an organization. */
export function wholeKnown(ctx: Ctx, a: number, b: number): boolean {
  const s = textOf(ctx, a, b);
  let k = knownCache.get(s);
  if (k === undefined) {
    k = !!(countryByName(s) || knownOrganization(s) || ctx.lex.companies.has(fold(s)) || worldRegion(s) || ctx.lex.famous.has(fold(s))
      || nameCues().standaloneOrgs.has(fold(s)))
      || (b > a && !!militaryShape(words(ctx, a, b))) || (b > a && orgHead(ctx, a, b) !== undefined);
    if (knownCache.size > 100_000) knownCache = new Map();
    knownCache.set(s, k);
  }
  return k;
}

/** Listed as a whole (a country, a known organization or company), not merely shaped like one. */
export function listedName(ctx: Ctx, a: number, b: number): boolean {
  const s = textOf(ctx, a, b);
  return !!(countryByName(s) || knownOrganization(s) || ctx.lex.companies.has(fold(s)) || ctx.lex.famous.has(fold(s)));
}

/** Whether some known name opens tokens a..b (the longest first). */
export function knownStart(ctx: Ctx, a: number, b: number): boolean {
  for (let k = b; k >= a; k--) if (wholeKnown(ctx, a, k)) return true;
  return false;
}
