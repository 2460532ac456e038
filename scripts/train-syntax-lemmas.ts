// Learning the lemmatizer's tables from GUM's gold lemmas: the lemma words by class, and the
// exceptions, i.e. every (form, tag) whose usual gold lemma the rules do not give.
import { lemmaClass, wordForm, ruleLemma, withClassKeys, type LemmaTables } from '../src/stages/syntax/lemmatizer.ts';
import type { GoldDocument } from './train-syntax-data.ts';

export function learnLemmaTables(docs: GoldDocument[]): LemmaTables {
  const words = new Map<string, string[]>();
  const seen = new Map<string, Map<string, number>>();
  for (const d of docs) for (const s of d.sentences) for (const t of s.tokens) {
    const form = wordForm(t.text), lemma = wordForm(t.lemma);
    const cls = lemmaClass(t.xpos);
    if (cls && /^[a-z][a-z'-]*$/.test(lemma)) {
      const had = words.get(lemma);
      if (!had) words.set(lemma, [cls]); else if (!had.includes(cls)) had.push(cls);
    }
    const key = `${form}\t${t.xpos}`;
    let c = seen.get(key);
    if (!c) { c = new Map(); seen.set(key, c); }
    c.set(lemma, (c.get(lemma) ?? 0) + 1);
  }
  const exceptions = new Map<string, string>();
  for (const [key, c] of seen) {
    let best = '', n = 0;
    for (const [l, k] of c) if (k > n) { best = l; n = k; }
    const [form, tag] = key.split('\t');
    if (ruleLemma(form, tag, words) !== best) exceptions.set(key, best);
  }
  return { exceptions: withClassKeys(exceptions), words };
}

export function lemmaFiles(t: LemmaTables, header: string): { exceptions: string; words: string } {
  const exc = [...t.exceptions].filter(([k]) => !/\t[a-z]+$/.test(k)).sort((a, b) => a[0].localeCompare(b[0])).map(([k, l]) => `${k}\t${l}`);
  const words = [...t.words].sort((a, b) => a[0].localeCompare(b[0])).map(([w, cs]) => `${w}\t${cs.join(',')}`);
  return {
    exceptions: `# form <TAB> PTB tag <TAB> lemma: where the rules of src/stages/syntax/lemmatizer.ts miss GUM's usual lemma\n# ${header}\n${exc.join('\n')}\n`,
    words: `# lemma <TAB> classes (noun, verb, adj) it has in GUM: picks among the rules' candidates\n# ${header}\n${words.join('\n')}\n`,
  };
}
