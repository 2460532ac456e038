// One tooltip for the whole page: any element with data-tip describes itself
// (mention type, time value, rule…); nested ones are listed innermost first.
export function installTooltip(tip: HTMLElement): void {
  let current: Element | null = null;
  document.addEventListener('mouseover', ev => {
    const target = (ev.target as Element | null)?.closest?.('[data-tip]') ?? null;
    if (target === current) return;
    current = target;
    if (!target) { tip.hidden = true; return; }
    const lines: string[] = [];
    for (let el: Element | null = target; el; el = el.parentElement?.closest('[data-tip]') ?? null) {
      lines.push(el.getAttribute('data-tip') ?? '');
    }
    tip.replaceChildren(...lines.map(line => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    }));
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(window.innerWidth - 340, box.left + window.scrollX))}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  });
}
