// The bench corpus: the bundled example and the MEANTIME dev texts, repeated in order
// until the corpus reaches the size asked for. Each text stays a document of its own.
import { readFileSync } from 'node:fs';

const fixture = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url);

export interface BenchDoc { id: string; text: string; published?: string }

export function sourceTexts(): BenchDoc[] {
  const docs: BenchDoc[] = [{ id: 'kyrgyzstan-bases', text: readFileSync(fixture('kyrgyzstan-bases.txt'), 'utf8'), published: '2017-10-10' }];
  for (const line of readFileSync(fixture('meantime-dev.gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as { id: string; text: string; published?: string };
    docs.push({ id: g.id, text: g.text, published: g.published?.slice(0, 10) });
  }
  return docs;
}

/** Documents totalling at least `bytes` of UTF-8. */
export function corpus(bytes: number): BenchDoc[] {
  const src = sourceTexts();
  const out: BenchDoc[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const d = src[i % src.length];
    out.push({ ...d, id: `${d.id}#${Math.floor(i / src.length)}` });
    total += Buffer.byteLength(d.text);
  }
  return out;
}

export const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** N documents from real text, each one different. */
export function generatedCorpus(n: number): { id: string; text: string; published?: string; title: string; url: string }[] {
  const src = sourceTexts();
  const sentences = src.map(d => d.text.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/));
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = i % src.length, round = Math.floor(i / src.length);
    const own = sentences[k];
    // round 0 is the article as written; later rounds rotate its paragraphs' order and add a passage from another
    const rot = round === 0 ? 0 : round % own.length;
    const body = [...own.slice(rot), ...own.slice(0, rot)];
    const other = sentences[(k * 7 + round * 13 + 1) % src.length];
    const extra = round === 0 ? [] : other.slice(round % Math.max(1, other.length - 2), (round % Math.max(1, other.length - 2)) + 2);
    const base = src[k].published ? Date.parse(src[k].published!) : Date.UTC(2017, 9, 10);
    const published = new Date(base + round * 86_400_000).toISOString().slice(0, 10);
    out.push({
      id: `${src[k].id}-${round}`, text: [...body, ...extra].join(' '), published,
      title: `${body[0].slice(0, 60)}`, url: `https://news.example/${src[k].id}/${round}`,
    });
  }
  return out;
}
