// One tooltip for the whole page: any element with data-tip describes itself (mention type,
// time value, rule…), nested ones listed innermost first, and an element with data-rule also
// says in plain words what that rule found (data/rules/descriptions.tsv, from /api/rules).
// It opens on hover, on keyboard focus (every mark is focusable) and on a tap: the first tap on
// a link shows its tip, the second follows it. Escape closes it.
import { getJson } from './api.ts';
import { describeRule } from '../../kb/present.ts';

let rules: ReadonlyMap<string, string> = new Map();

/** What a rule found, in plain words (empty until the table has loaded). */
export function ruleText(id: string | undefined | null): string | undefined {
  return id ? describeRule(rules, id) : undefined;
}

export function installTooltip(tip: HTMLElement): void {
  void getJson<{ items: Record<string, string> }>('/api/rules').then(r => { rules = new Map(Object.entries(r.items)); }).catch(() => undefined);
  let current: Element | null = null;
  let armed: Element | null = null;

  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const show = (target: Element | null) => {
    if (target === current) return;
    hide();
    if (!target) return;
    current = target;
    const lines: { text: string; said?: boolean }[] = [];
    for (let el: Element | null = target; el; el = el.parentElement?.closest('[data-tip]') ?? null) {
      lines.push({ text: el.getAttribute('data-tip') ?? '' });
      const said = ruleText(el.getAttribute('data-rule'));
      if (said) lines.push({ text: said, said: true });
    }
    tip.replaceChildren(...lines.map(line => {
      const div = document.createElement('div');
      div.textContent = line.text;
      if (line.said) div.className = 'said';
      return div;
    }));
    tip.hidden = false;
    target.setAttribute('aria-describedby', 'tip');
    const box = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    tip.style.left = `${Math.max(4, Math.min(window.innerWidth - width - 4, box.left)) + window.scrollX}px`;
    // below the mark, or above it when the screen has no room below (a mark near a phone's bottom edge)
    const height = tip.offsetHeight;
    const above = box.bottom + 6 + height > window.innerHeight && box.top - 6 - height >= 0;
    tip.style.top = `${(above ? box.top - 6 - height : box.bottom + 6) + window.scrollY}px`;
  };
  const tipOf = (ev: Event) => (ev.target as Element | null)?.closest?.('[data-tip]') ?? null;

  // a tip opened by the keyboard stays while its mark has focus: the pointer leaving some
  // other element (or the page scrolling under a resting pointer) does not close it
  let byFocus = false;
  document.addEventListener('mouseover', ev => {
    const target = tipOf(ev);
    if (!target && byFocus) return;
    byFocus = false;
    show(target);
  });
  document.addEventListener('focusin', ev => { const target = tipOf(ev); byFocus = !!target; show(target); });
  document.addEventListener('focusout', () => { byFocus = false; hide(); });
  document.addEventListener('keydown', ev => { if (ev.key === 'Escape') { byFocus = false; hide(); } });
  // a tap: show the tip; on a link, the first tap only shows it and a second tap follows
  document.addEventListener('click', ev => {
    if ((ev as PointerEvent).pointerType !== 'touch') return;
    const target = tipOf(ev);
    if (!target) { hide(); armed = null; return; }
    if (target.closest('a[href]') && armed !== target) { ev.preventDefault(); armed = target; }
    else armed = null;
    current = null;
    show(target);
  }, true);
}
