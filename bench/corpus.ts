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
