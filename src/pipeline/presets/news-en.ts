// The English news preset: the order the stages run in, and why.
import type { Stage } from '../stage.ts';
import { segmentStage } from '../../stages/segment/index.ts';
import { syntaxStage } from '../../stages/syntax/index.ts';
import { timesStage } from '../../stages/times/index.ts';
import { mentionsStage } from '../../stages/mentions/index.ts';
import { entitiesStage } from '../../stages/entities/index.ts';
import { corefStage } from '../../stages/coref/index.ts';
import { quotesStage } from '../../stages/quotes/index.ts';
import { eventsStage } from '../../stages/events/index.ts';
import { factsStage } from '../../stages/facts/index.ts';

export function newsEnglishStages(): Stage[] {
  return [
    segmentStage,   // tokens and sentences: every later stage works within sentences
    syntaxStage,    // tags, lemmas, base phrases: computed once here for every stage that reads syntax
    timesStage,     // before mentions, so "May" the month and "2003" the year are claimed as times first
    mentionsStage,  // names, numbers and money proposed from tokens
    entitiesStage,  // gazetteer, countries, offices, short names: mentions become entities
    corefStage,     // pronouns and descriptions linked to the entities named before them
    quotesStage,    // speakers are entities; a quote's date is a time expression
    eventsStage,    // who did what to whom needs actors, dates and the quotes they spoke
    factsStage,     // facilities and agreements are read off events, entities and times
  ];
}
