// Builds a pipeline from an ordered list of stages, checking requires/provides
// once at build time, and timing each stage so `bench` can report per-stage speed.
import { createDoc, type Doc } from '../document/doc.ts';
import { DossierError } from '../errors.ts';
import { defaultContractMode, stageView, type ContractMode } from './contract.ts';
import type { Stage, StageContext } from './stage.ts';

/** ms: wall time; cpuMs: the process's CPU time (user + system) over the stage's runs, which a shared machine distorts
 *  less (0 unless the pipeline was built with stageCpu) */
export interface StageTiming { name: string; ms: number; cpuMs: number; runs: number }

/** A time budget for a run in the caller's own thread, where nothing can stop a stage midway: checked
 *  before each stage, `error()` thrown once performance.now() is past `at`. */
export interface Deadline { at: number; error(): Error }

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc, opts?: { deadline?: Deadline }): Doc;
  timings(): StageTiming[];
}

export interface PipelineOptions {
  /** run only these stages and the earlier ones they depend on */
  only?: string[];
  /** hand each stage a view of the Doc that refuses undeclared layers: 'strict' throws, 'warn' notes
   *  the breach in the document's messages, false hands the Doc itself (default: defaultContractMode()) */
  contracts?: ContractMode | false;
  /** also time each stage's CPU (the bench): two getrusage calls a stage, which on a loaded machine give the
   *  scheduler a chance to preempt, so a document's wall time grows; off by default */
  stageCpu?: boolean;
}

export function buildPipeline(stages: Stage[], options: PipelineOptions = {}): Pipeline {
  const chosen = options.only ? withRequirements(stages, options.only) : stages;
  const available = new Set<string>();
  for (const stage of chosen) {
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new DossierError('PIPELINE_ORDER', `stage "${stage.name}" requires "${need}", which no earlier stage provides`);
      }
    }
    for (const p of stage.provides) {
      // a later stage may rewrite a layer (entities rewrites mentions), but only one it reads
      if (available.has(p) && !stage.requires.includes(p)) {
        throw new DossierError('PIPELINE_ORDER', `stage "${stage.name}" provides "${p}" again without requiring it: a stage that rewrites a layer must declare that it reads it`);
      }
      available.add(p);
    }
  }
  for (const stage of chosen) stage.init?.();
  const mode = options.contracts ?? defaultContractMode();
  const stageCpu = options.stageCpu ?? false;
  const doors = chosen.map(s => (mode === false ? undefined : stageView(s, mode)));
  const totals = new Map<string, StageTiming>(chosen.map(s => [s.name, { name: s.name, ms: 0, cpuMs: 0, runs: 0 }]));

  return {
    stages: chosen,
    run(doc: Doc, opts?: { deadline?: Deadline }): Doc {
      const deadline = opts?.deadline;
      for (let i = 0; i < chosen.length; i++) {
        const stage = chosen[i];
        const ctx: StageContext = {
          warn: (code, text) => doc.messages.push({ level: 'warning', code, text, stage: stage.name }),
        };
        const t0 = performance.now(), c0 = stageCpu ? process.cpuUsage() : undefined;
        if (deadline && t0 > deadline.at) throw deadline.error();
        const door = doors[i];
        if (door) {
          const view = door.enter(doc);
          stage.run(view, ctx);
          door.leave(view);
        } else stage.run(doc, ctx);
        const t = totals.get(stage.name)!;
        t.ms += performance.now() - t0;
        if (c0) { const c = process.cpuUsage(c0); t.cpuMs += (c.user + c.system) / 1000; }
        t.runs++;
        for (const p of stage.provides) doc.provided.add(p);
      }
      return doc;
    },
    timings: () => [...totals.values()].map(t => ({ ...t })),
  };
}

/** The named stages plus every earlier stage they depend on, in preset order. */
function withRequirements(stages: Stage[], names: string[]): Stage[] {
  const keep = new Set<string>();
  const want = new Set(names.flatMap(n => stages.find(s => s.name === n)?.requires ?? []));
  for (const n of names) keep.add(n);
  for (let i = stages.length - 1; i >= 0; i--) {
    const s = stages[i];
    if (keep.has(s.name) || s.provides.some(p => want.has(p))) {
      keep.add(s.name);
      for (const r of s.requires) want.add(r);
    }
  }
  return stages.filter(s => keep.has(s.name));
}

export { createDoc };
