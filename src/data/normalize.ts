// Name folding shared by the gazetteer build and its lookups, so both sides agree on keys.
import { rowsOfKind, wordsOfKind, wordTable } from './lexicon.ts';

const SPECIAL: Record<string, string> = wordTable({
  'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd',
  'ı': 'i', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'ð': 'd', 'ħ': 'h',
});
const SPECIAL_RE = /[øØæÆßłŁđĐıœŒþðħ]/g;

const PLAIN = /^[A-Za-z0-9]+$/;
const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase, strip diacritics, unify apostrophes/hyphens/dots: "Chüy Region" → "chuy region", "U.S." → "us". */
export function fold(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase(); // the common case: one plain word
  // every stage folds the same names again and again: remember the last few thousand
  let t = folded.get(s);
  if (t !== undefined) return t;
  if (folded.size >= FOLD_MEMO) folded.clear();
  t = foldUncached(s);
  folded.set(s, t);
  return t;
}
const FOLD_MEMO = 20_000;
const folded = new Map<string, string>();

function foldUncached(s: string): string {
  let t = ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).toLowerCase();
  t = t.replace(/[’‘`ʼʻ']/g, '').replace(/\./g, '').replace(/[-‐‑–—_/,()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  if (t.startsWith('st ')) t = 'saint ' + t.slice(3);
  return t;
}

/** Fold one token the way the name index keys it ("Ysyk-Ata" → "ysyk ata" is split by callers; here only case/diacritics/dots). */
export function foldToken(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .toLowerCase().replace(/[’‘`ʼʻ']/g, "'").replace(/\./g, '');
}

export type KindHint = 'region' | 'district' | undefined;

// the generic words of admin names (data/lists/admin-words.tsv), read on first use
const ADMIN_WORDS = 'lists/admin-words.tsv';
interface AdminWords { prefixes: [string, KindHint][]; suffixes: [string, KindHint][]; adjectival: ReadonlySet<string> }
let adminWords: AdminWords | undefined;
function admin(): AdminWords {
  if (adminWords) return adminWords;
  const hinted = (kind: string, hint: KindHint) => rowsOfKind(ADMIN_WORDS, kind).map((row): [string, KindHint] => [row[0], hint]);
  return adminWords = {
    prefixes: rowsOfKind(ADMIN_WORDS, 'admin-prefix').map((row): [string, KindHint] => [row[0], (row[2] || undefined) as KindHint]),
    // longest words first so "autonomous okrug" wins over "okrug"
    suffixes: [...hinted('region-word', 'region'), ...hinted('district-word', 'district')].sort((a, b) => b[0].length - a[0].length),
    adjectival: wordsOfKind(ADMIN_WORDS, 'adjectival-region-word'),
  };
}

/**
 * The core of an admin name without its generic word: "Chuy oblast" → chuy (region),
 * "Republic of Tatarstan" → tatarstan (region), "Batkenskiy Rayon" → batken (district).
 * Takes a folded string. Returns the folded input and no hint when there is nothing to strip.
 */
export function adminCore(folded: string): { core: string; hint: KindHint } {
  let core = folded;
  let hint: KindHint;
  const { prefixes, suffixes, adjectival } = admin();
  for (const [p, h] of prefixes) {
    if (core.startsWith(p + ' ') && core.length > p.length + 2) {
      core = core.slice(p.length + 1);
      hint = h;
      break;
    }
  }
  for (const [w, h] of suffixes) {
    if (core.endsWith(' ' + w) && core.length > w.length + 2) {
      core = core.slice(0, -(w.length + 1));
      hint = h;
      // Russian adjectival district names: "Batkenskiy Rayon" → batken, "Talasskiy" → talas
      if (h === 'district' || adjectival.has(w)) {
        const m = /^(.{3,}?)(?:skiy|skij|skiy|sky|skii|skaya|skaja|skoy|ski)$/.exec(core);
        if (m && !core.includes(' ')) core = m[1];
      }
      break;
    }
  }
  return { core, hint };
}
