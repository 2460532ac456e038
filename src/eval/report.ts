// The eval report for a person (a table) and for machines (JSON).
import type { Layer } from './gold.ts';
import type { Measure } from './measure.ts';
import type { EvalReport } from './score.ts';
import { METRIC_NOTES, METRICS } from './score.ts';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export function formatTable(report: EvalReport, options: { errors?: boolean; title?: string } = {}): string {
  const lines: string[] = [];
  if (options.title) lines.push(options.title);
  const header = ['layer', 'metric', '    P', '    R', '   F1', 'sys right/all', 'gold found/all', 'docs'];
  const rows: string[][] = [];
  for (const [layer, score] of Object.entries(report.layers) as [Layer, NonNullable<EvalReport['layers'][Layer]>][]) {
    for (const metric of METRICS[layer]) {
      const m = score.metrics[metric];
      rows.push([layer, metric, pct(m.precision), pct(m.recall), pct(m.f1),
        `${m.systemRight}/${m.system}`, `${m.goldFound}/${m.gold}`, String(score.docs),
        METRIC_NOTES[`${layer}.${metric}`] ?? '']);
    }
    // the main metric per genre and per type, in name order
    const parts = Object.entries(score.breakdown ?? {}).sort(([a], [b]) => a.localeCompare(b));
    for (const [group, m] of parts) {
      rows.push(['', `  ${group}`, pct(m.precision), pct(m.recall), pct(m.f1), `${m.systemRight}/${m.system}`, `${m.goldFound}/${m.gold}`, '', '']);
    }
  }
  if (!rows.length) return lines.concat('no layer was scored (the gold lists none of the layers asked for)', '').join('\n');
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : i < widths.length ? c.padStart(widths[i]) : c)).join('  ').trimEnd();
  lines.push(line(header), line(widths.map(w => '-'.repeat(w))));
  let last = '';
  for (const r of rows) { lines.push(line([r[0] === last ? '' : r[0], ...r.slice(1)])); last = r[0]; }
  lines.push(`${report.docs} document(s)`);
  if (options.errors) {
    for (const [layer, score] of Object.entries(report.layers)) {
      if (!score.errors.length) continue;
      lines.push('', `${layer}: ${score.errors.length} error(s) (FN = missed gold, FP = wrong find; (strict)/(type) = found, but not exactly)`);
      for (const e of score.errors) {
        const at = e.start !== undefined ? ` [${e.start},${e.end})` : '';
        lines.push(`  ${e.kind}${e.metric ? `(${e.metric})` : ''} ${e.doc}${at} "${e.text}"${e.label ? `  ${e.label}` : ''}${e.other ? `  (vs ${e.other})` : ''}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

export function toJson(report: EvalReport, options: { errors?: boolean } = {}): unknown {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const rounded = (m: Measure) => ({ ...m, precision: round(m.precision), recall: round(m.recall), f1: round(m.f1) });
  return {
    docs: report.docs,
    layers: Object.fromEntries(Object.entries(report.layers).map(([layer, s]) => [layer, {
      docs: s.docs,
      ...Object.fromEntries(Object.entries(s.metrics).map(([k, m]) => [k, rounded(m)])),
      ...(s.breakdown ? { breakdown: Object.fromEntries(Object.entries(s.breakdown).map(([k, m]) => [k, rounded(m)])) } : {}),
      ...(options.errors ? { errors: s.errors } : {}),
    }])),
  };
}
