// Paste a report: the extraction of any text, shown like a stored document, stored nowhere.
import type { DossierDocument } from '../../../document/types.ts';
import { postJson, ApiError } from '../api.ts';
import { renderDocument } from '../document-view.ts';
import { renderFacts } from '../facts-view.ts';
import { clear, h } from '../dom.ts';
import { documentHeader } from './documents.ts';
import { field, legend } from './common.ts';

export async function pasteView(): Promise<Node> {
  const text = h('textarea', { id: 'paste-text', rows: 10, placeholder: 'Paste the text of a news report here' });
  const published = h('input', { id: 'paste-published', type: 'date' });
  const title = h('input', { id: 'paste-title', type: 'text', placeholder: 'optional' });
  const button = h('button', { id: 'paste-go', type: 'submit' }, 'Extract');
  const out = h('div', { id: 'paste-result' });
  const form = h('form', { class: 'paste' },
    h('h1', null, 'Paste a report'),
    h('p', { class: 'muted' }, 'The text is read by the same pipeline as ingested reports; nothing is stored.'),
    text, h('div', { class: 'fields' }, field('Published', published), field('Title', title), button));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    button.disabled = true;
    clear(out, h('p', { class: 'muted' }, 'Reading…'));
    try {
      const doc = await postJson<DossierDocument>('/api/extract', {
        text: text.value, published: published.value || undefined, title: title.value || undefined,
      });
      clear(out, documentHeader(doc), legend(), renderDocument(doc), renderFacts(doc));
      out.dataset.done = 'true';
    } catch (err) {
      clear(out, h('p', { class: 'error' }, err instanceof ApiError ? err.message : String(err)));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', null, form, out);
}
