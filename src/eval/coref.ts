// Coreference measured on GUM (../shared/corpora/gum-ud/*.conllu): the entity ids in the MISC
// column (`Entity=(12-person-…` opens mention 12, `12)` closes it) give every mention's chain.
// GUM tokenizes differently from us, so tokens are placed by character offsets in the text
// rebuilt as gum-dev.gold.jsonl was (sentences joined by a space, paragraphs by a newline).
//
// Scored: anaphoric pronouns (he, she, they, it, his, her, their, its…) and nominals ("the
// company", "the minister") whose chain names its referent earlier. A system link is right when
// the entity it names has a mention, before the anaphor, over the minimal span of an earlier
// mention of the anaphor's chain. Accuracy = right / linked; coverage = right / resolvable.
import type { DossierDocument, Mention } from '../document/types.ts';
import { functionWords, wordSet } from '../data/lexicon.ts';

export interface GumMention {
  start: number; end: number;
  /** the minimal span (GUM's head words), for matching system mentions without nesting trouble */
  minStart: number; minEnd: number;
  chain: string; etype: string;
  form: 'pronoun' | 'nominal' | 'name' | 'other';
}

export interface GumDocument { id: string; text: string; published?: string; title?: string; mentions: GumMention[] }

/** The third-person pronouns the coreference stage resolves (data/coref/pronouns.tsv). */
export const ANAPHORIC_PRONOUNS = wordSet('coref/pronouns.tsv');

interface Word { form: string; upos: string; misc: string; start: number; end: number }

/** Reads one CoNLL-U file of GUM into its text (rebuilt) and its mentions with chains. */
export function readGum(conllu: string): GumDocument {
  const lines = conllu.split('\n');
  let id = '', title: string | undefined, published: string | undefined;
  let text = '';
  let sentence: { text: string; at: number; words: Word[]; ranges: { from: number; to: number; form: string }[] } | undefined;
  const sentences: NonNullable<typeof sentence>[] = [];
  let newPar = false;
  for (const line of lines) {
    if (line.startsWith('# newdoc id = ')) id = line.slice(14).trim();
    else if (line.startsWith('# meta::title = ')) title = line.slice(16).trim();
    else if (line.startsWith('# meta::dateCreated = ')) published = line.slice(22, 32).trim();
    else if (line.startsWith('# newpar')) newPar = true;
    else if (line.startsWith('# text = ')) {
      const s = line.slice(9);
      if (text.length) text += newPar ? '\n' : ' ';
      newPar = false;
      sentence = { text: s, at: text.length, words: [], ranges: [] };
      sentences.push(sentence);
      text += s;
    } else if (sentence && /^\d/.test(line)) {
      const col = line.split('\t');
      const range = /^(\d+)-(\d+)$/.exec(col[0]);
      if (range) sentence.ranges.push({ from: +range[1], to: +range[2], form: col[1] });
      else if (/^\d+$/.test(col[0])) sentence.words.push({ form: col[1], upos: col[3], misc: col[9] ?? '_', start: -1, end: -1 });
    }
  }
  const mentions: GumMention[] = [];
  for (const s of sentences) {
    placeWords(s);
    readEntities(s.words, mentions);
  }
  return { id, text, published, title, mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** Places each word at its offsets in the sentence text; a multi-word token's parts share its span when they do not spell it. */
function placeWords(s: { text: string; at: number; words: Word[]; ranges: { from: number; to: number; form: string }[] }) {
  let cursor = 0;
  const rangeOf = new Map<number, { from: number; to: number; form: string }>();
  for (const r of s.ranges) rangeOf.set(r.from, r);
  for (let i = 0; i < s.words.length; i++) {
    const r = rangeOf.get(i + 1);
    if (r) {
      const at = s.text.indexOf(r.form, cursor);
      const start = at < 0 ? cursor : at, end = start + (at < 0 ? 0 : r.form.length);
      let inner = start;
      for (let k = r.from; k <= r.to && k - 1 < s.words.length; k++) {
        const w = s.words[k - 1];
        const wi = s.text.indexOf(w.form, inner);
        if (wi >= 0 && wi + w.form.length <= end) { w.start = s.at + wi; w.end = s.at + wi + w.form.length; inner = wi + w.form.length; }
        else { w.start = s.at + start; w.end = s.at + end; }
      }
      cursor = end;
      i = r.to - 1;
      continue;
    }
    const w = s.words[i];
    const at = s.text.indexOf(w.form, cursor);
    if (at < 0) { w.start = w.end = s.at + cursor; continue; }
    w.start = s.at + at; w.end = s.at + at + w.form.length;
    cursor = at + w.form.length;
  }
}

/** Opens and closes of `Entity=` in the MISC column: "(12-person-new-…-1,2-coref", "12)", "(5-time-…-sgl)". */
function readEntities(words: Word[], out: GumMention[]) {
  const open: { chain: string; etype: string; first: number; min: number[] }[] = [];
  for (let i = 0; i < words.length; i++) {
    const field = words[i].misc.split('|').find(f => f.startsWith('Entity='));
    if (!field) continue;
    const v = field.slice(7);
    let k = 0;
    while (k < v.length) {
      if (v[k] === '(') {
        let j = k + 1;
        while (j < v.length && v[j] !== '(' && v[j] !== ')') j++;
        const parts = v.slice(k + 1, j).split('-');
        const min = (parts[5] ?? '').split(',').map(Number).filter(n => n > 0);
        open.push({ chain: parts[0], etype: parts[1] ?? '', first: i, min });
        if (v[j] === ')') { close(open.length - 1, i); j++; }
        k = j;
      } else if (/\d/.test(v[k])) {
        let j = k;
        while (j < v.length && /\d/.test(v[j])) j++;
        const chain = v.slice(k, j);
        for (let o = open.length - 1; o >= 0; o--) if (open[o].chain === chain) { close(o, i); break; }
        k = v[j] === ')' ? j + 1 : j;
      } else k++;
    }
  }
  function close(o: number, last: number) {
    const m = open.splice(o, 1)[0];
    const span = words.slice(m.first, last + 1);
    const mins = m.min.length ? m.min.map(n => span[n - 1]).filter(Boolean) : span;
    const head = mins.length ? mins : span;
    let form: GumMention['form'] = 'other';
    if (span.length === 1 && span[0].upos === 'PRON' && ANAPHORIC_PRONOUNS.has(span[0].form.toLowerCase())) form = 'pronoun';
    else if (head.some(w => w.upos === 'PROPN')) form = 'name';
    else if (head.some(w => w.upos === 'NOUN') && functionWords('demonstrative').has(span[0].form.toLowerCase())) form = 'nominal';
    out.push({
      start: span[0].start, end: span[span.length - 1].end, minStart: Math.min(...head.map(w => w.start)), minEnd: Math.max(...head.map(w => w.end)),
      chain: m.chain, etype: m.etype, form,
    });
  }
}

export interface CorefCount { resolvable: number; linked: number; right: number }
export interface CorefScores {
  pronouns: CorefCount;
  /** nominals whose chain is a person or an organization */
  nominals: CorefCount;
  /** pronouns by word (lower case): resolvable, linked and right */
  byWord: Map<string, CorefCount>;
  /** pronouns and nominals by the rule that linked them: linked and right (when given) */
  byRule?: Map<string, CorefCount>;
  errors: { doc: string; kind: 'pronoun' | 'nominal'; text: string; at: number; system?: string; gold: string }[];
}

export const emptyCount = (): CorefCount => ({ resolvable: 0, linked: 0, right: 0 });

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;

/** Scores one system document against the GUM mentions of the same text. */
export function scoreCoref(system: Pick<DossierDocument, 'mentions' | 'entities'>, gold: GumDocument, into: CorefScores): void {
  const byChain = new Map<string, GumMention[]>();
  for (const m of gold.mentions) {
    const list = byChain.get(m.chain);
    if (list) list.push(m); else byChain.set(m.chain, [m]);
  }
  const ofEntity = new Map<string, Mention[]>();
  for (const m of system.mentions) {
    if (!m.entity) continue;
    const list = ofEntity.get(m.entity);
    if (list) list.push(m); else ofEntity.set(m.entity, [m]);
  }
  const entityName = (id: string) => system.entities.find(e => e.id === id)?.name ?? id;
  // a gold anaphor is resolvable when its chain names its referent before it
  const named = (g: GumMention) => (byChain.get(g.chain) ?? []).some(x => x.start < g.start && x.form === 'name');
  const personOrOrg = (g: GumMention) => g.etype === 'person' || g.etype === 'organization';
  const isRight = (sys: Mention, g: GumMention) => {
    const earlier = (byChain.get(g.chain) ?? []).filter(x => x.start < g.start);
    return (ofEntity.get(sys.entity!) ?? []).some(o => o.start < sys.start && earlier.some(x => overlaps(o, x.minStart, x.minEnd)));
  };
  const goldAt = (sys: Mention, form: GumMention['form']) =>
    gold.mentions.filter(g => g.form === form && overlaps(sys, g.minStart, g.minEnd)).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];

  for (const g of gold.mentions) {
    if (g.form === 'pronoun' && named(g)) {
      into.pronouns.resolvable++;
      const w = gold.text.slice(g.start, g.end).toLowerCase();
      (into.byWord.get(w) ?? into.byWord.set(w, emptyCount()).get(w)!).resolvable++;
    }
    if (g.form === 'nominal' && personOrOrg(g) && named(g)) into.nominals.resolvable++;
  }
  for (const sys of system.mentions) {
    if (!sys.entity || (sys.kind !== 'pronoun' && sys.kind !== 'nominal')) continue;
    const kind = sys.kind;
    const g = goldAt(sys, kind);
    // a nominal counts only where GUM has a person or organization nominal (other nominals are not scored)
    if (kind === 'nominal' && (!g || !personOrOrg(g))) continue;
    if (kind === 'pronoun' && !ANAPHORIC_PRONOUNS.has(sys.text.toLowerCase())) continue;
    const count = kind === 'pronoun' ? into.pronouns : into.nominals;
    count.linked++;
    const w = sys.text.toLowerCase();
    const word = kind === 'pronoun' ? (into.byWord.get(w) ?? into.byWord.set(w, emptyCount()).get(w)!) : undefined;
    if (word) word.linked++;
    const rule = into.byRule ? (into.byRule.get(sys.rule) ?? into.byRule.set(sys.rule, emptyCount()).get(sys.rule)!) : undefined;
    if (rule) rule.linked++;
    if (g && isRight(sys, g)) { count.right++; if (word) word.right++; if (rule) rule.right++; }
    else {
      const chainNames = g ? (byChain.get(g.chain) ?? []).filter(x => x.form === 'name' && x.start < g.start).map(x => gold.text.slice(x.start, x.end)) : [];
      into.errors.push({ doc: gold.id, kind, text: sys.text, at: sys.start, system: entityName(sys.entity), gold: g ? chainNames.at(-1) ?? `(${g.etype}, unnamed)` : '(no GUM mention)' });
    }
  }
}
