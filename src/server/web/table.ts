// A table that sorts by any column (click or Enter on its header) and shows a page of
// rows at a time, inside a box that scrolls sideways on a narrow screen.
import { clear, h, type Child } from './dom.ts';

export interface Column<T> {
  label: string;
  /** the value sorted by; undefined sorts last */
  key?: (row: T) => string | number | undefined;
  cell: (row: T) => Child;
  class?: string;
}

export interface TableHandle<T> { element: HTMLElement; setRows(rows: T[]): void }

export function sortableTable<T>(columns: Column<T>[], opts: { id: string; class?: string; pageSize?: number; rowAttrs?: (row: T) => Record<string, string | number | undefined>; empty?: string }): TableHandle<T> {
  const pageSize = opts.pageSize ?? 25;
  let rows: T[] = [], page = 0, sortBy = -1, ascending = true;
  const tbody = h('tbody');
  const heads = columns.map((c, i) => {
    const th = h('th', c.key ? { scope: 'col', tabindex: 0, class: 'sortable', 'aria-sort': 'none', 'data-col': i } : { scope: 'col' }, c.label);
    if (c.key) {
      const sort = () => { ascending = sortBy === i ? !ascending : true; sortBy = i; page = 0; draw(); };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sort(); } });
    }
    return th;
  });
  // every table gets the shared look (padding, rules, left-aligned headers); a class of its own adds to it
  const table = h('table', { class: `events-table${opts.class ? ` ${opts.class}` : ''}`, id: opts.id }, h('thead', null, h('tr', null, heads)), tbody);
  const info = h('span', { class: 'page-info' });
  const prev = h('button', { type: 'button', class: 'page-prev' }, '‹ Previous');
  const nextButton = h('button', { type: 'button', class: 'page-next' }, 'Next ›');
  prev.addEventListener('click', () => { page--; draw(); });
  nextButton.addEventListener('click', () => { page++; draw(); });
  const pager = h('div', { class: 'pager' }, prev, info, nextButton);

  const sorted = () => {
    if (sortBy < 0) return rows;
    const key = columns[sortBy].key!;
    return rows.map((r, i) => ({ r, i, k: key(r) })).sort((a, b) => {
      if (a.k === undefined || a.k === '') return b.k === undefined || b.k === '' ? a.i - b.i : 1;
      if (b.k === undefined || b.k === '') return -1;
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k));
      return (ascending ? c : -c) || a.i - b.i;
    }).map(x => x.r);
  };
  function draw(): void {
    const all = sorted();
    const pages = Math.max(1, Math.ceil(all.length / pageSize));
    page = Math.max(0, Math.min(page, pages - 1));
    const shown = all.slice(page * pageSize, (page + 1) * pageSize);
    clear(tbody, shown.length ? shown.map(r => h('tr', opts.rowAttrs?.(r) ?? null, columns.map(c => cell(c, r))))
      : h('tr', null, h('td', { colspan: columns.length, class: 'muted' }, opts.empty ?? 'Nothing matches.')));
    heads.forEach((th, i) => { if (columns[i].key) th.setAttribute('aria-sort', i === sortBy ? (ascending ? 'ascending' : 'descending') : 'none'); });
    info.textContent = all.length ? `${page * pageSize + 1}–${page * pageSize + shown.length} of ${all.length} · page ${page + 1} of ${pages}` : '0 rows';
    prev.disabled = page === 0;
    nextButton.disabled = page >= pages - 1;
    pager.hidden = all.length <= pageSize;
  }
  /** A cell named by its column (a phone shows the name beside it), marked when it says nothing (a phone leaves it out). */
  function cell(c: Column<T>, r: T): HTMLElement {
    const td = h('td', { class: c.class, 'data-label': c.label }, c.cell(r));
    if (!td.textContent?.trim()) td.setAttribute('data-empty', '');
    return td;
  }
  return {
    element: h('div', { class: 'table-block' }, h('div', { class: 'table-scroll' }, table), pager),
    setRows(next: T[]) { rows = next; page = 0; draw(); },
  };
}
