// Training the part-of-speech tagger on aligned GUM documents into the model text that
// src/stages/syntax/tagger.ts reads (so a fold's score is the shipped code's score).
import { START, START2, TEMPLATES, normWord, sentenceFeatures, shapeOf, wordFeatures, type Lexicon } from '../src/stages/syntax/features.ts';
import type { GoldDocument } from './train-syntax-data.ts';
import { AveragedPerceptron, seededRandom, shuffle } from './train-syntax-perceptron.ts';

export interface TaggerTraining {
  iterations: number;
  /** a word enters the tag dictionary when seen this often … */
  dictMinCount: number;
  /** … with one tag at least this share of the time */
  dictMinShare: number;
  /** features seen fewer times are dropped from the model */
  minFeatureCount: number;
  /** weights are stored as integers: round(w × scale) */
  scale: number;
}

export const TAGGER_TRAINING: TaggerTraining = { iterations: 8, dictMinCount: 10, dictMinShare: 0.99, minFeatureCount: 2, scale: 100 };

function majority(counts: Map<string, number>): [string, number, number] {
  let best = '', n = 0, total = 0;
  for (const [k, c] of counts) { total += c; if (c > n) { best = k; n = c; } }
  return [best, n, total];
}

function countInto(m: Map<string, Map<string, number>>, key: string, value: string): void {
  let c = m.get(key);
  if (!c) { c = new Map(); m.set(key, c); }
  c.set(value, (c.get(value) ?? 0) + 1);
}

export function trainTagger(docs: GoldDocument[], lexicon: Lexicon, opt: TaggerTraining = TAGGER_TRAINING): string {
  const sentences = docs.flatMap((d) => d.sentences);
  const tagCounts = new Map<string, number>();
  const byWord = new Map<string, Map<string, number>>();
  const uposByTag = new Map<string, Map<string, number>>();
  const uposByWordTag = new Map<string, Map<string, number>>();
  for (const s of sentences) for (const t of s.tokens) {
    tagCounts.set(t.xpos, (tagCounts.get(t.xpos) ?? 0) + 1);
    countInto(byWord, t.text, t.xpos);
    countInto(uposByTag, t.xpos, t.upos);
    countInto(uposByWordTag, `${normWord(t.text)}\t${t.xpos}`, t.upos);
  }
  const tags = [...tagCounts.keys()].sort();
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const dict = new Map<string, number>();
  for (const [w, c] of byWord) {
    const [tag, n, total] = majority(c);
    if (total >= opt.dictMinCount && n / total >= opt.dictMinShare) dict.set(w, tagId.get(tag)!);
  }

  const p = new AveragedPerceptron(TEMPLATES.length, tags.length);
  const rand = seededRandom(15);
  const scratch = new Float64Array(tags.length);
  const order = sentences.map((s) => {
    const raw = s.tokens.map((t) => t.text);
    return { s, words: raw.map((w) => wordFeatures(w, lexicon)), norm: raw.map(normWord), shapeFirst: shapeOf(raw[0]) };
  });
  for (let it = 0; it < opt.iterations; it++) {
    for (const { s, words, norm, shapeFirst } of shuffle(order, rand)) {
      let p1 = START, p2 = START2;
      for (let i = 0; i < s.tokens.length; i++) {
        let guess = dict.get(s.tokens[i].text);
        if (guess === undefined) {
          const fids = p.features(sentenceFeatures(words, norm, shapeFirst, i, p1, p2), true);
          guess = p.best(fids, scratch);
          p.update(tagId.get(s.tokens[i].xpos)!, guess, fids);
        }
        p2 = p1; p1 = tags[guess];
      }
    }
  }
  p.average();

  const uposOfTag = tags.map((t) => majority(uposByTag.get(t)!)[0]);
  const lines = [
    `#dossier-pos 1 scale=${opt.scale} trained on ${docs.length} GUM documents (CC BY 4.0 annotations); npm run train:syntax`,
    `tags\t${tags.join('\t')}`,
    `upos\t${uposOfTag.join('\t')}`,
  ];
  for (const [w, t] of [...dict].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`dict\t${w}\t${t}`);
  for (const [key, c] of uposByWordTag) {
    const [word, tag] = key.split('\t');
    const [upos] = majority(c);
    if (upos !== uposOfTag[tagId.get(tag)!]) lines.push(`uposx\t${word}\t${tagId.get(tag)}\t${upos}`);
  }
  lines.push(...p.serializeFeatures(opt.scale, opt.minFeatureCount));
  return lines.join('\n') + '\n';
}
