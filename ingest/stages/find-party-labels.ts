import { findKnownEntity } from '../nlp/find-known-names.ts';
import { US_STATES, type KnownEntity } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

/** A part of a party label and the listed entity it names. */
export interface LabelPart {
  start: number;
  end: number;
  entity: KnownEntity;
}

/** "Sen. Ada Marsh (R-Fla.)": the person's mention index, the party and the state the label names. */
export interface PartyLabel {
  person: number;
  party: LabelPart | null;
  state: LabelPart | null;
}

const PARTY_NAMES: Record<string, string> = { D: 'Democratic Party', R: 'Republican Party' };
const STATE_BY_FORM = new Map(US_STATES.flatMap((state) => state.labelForms.map((form) => [form.toLowerCase().replace(/\s+/g, ''), state.name])));
// "(R-Fla.)", "(D-N.Y.)", "(R-TX)", "(I-Vt.)", "(R., Utah)", "(D - Md.)"
const LABEL = /^,?\s*\(\s*([DRI])\s*(?:[-–]|\.,?)\s*([\p{L}. ]{2,16}?)\s*\)/u;

/** The party labels written right after people's names: who sits for which party and state. */
export function findPartyLabels(mentions: readonly Mention[], text: string): PartyLabel[] {
  const labels: PartyLabel[] = [];
  mentions.forEach((mention, person) => {
    if (mention.type !== 'Person') return;
    const match = LABEL.exec(text.slice(mention.end, mention.end + 40));
    if (!match) return;
    const letterAt = mention.end + match[0].indexOf(match[1]!, match[0].indexOf('('));
    const stateAt = mention.end + match[0].lastIndexOf(match[2]!);
    const partyName = PARTY_NAMES[match[1]!];
    const partyEntity = partyName ? findKnownEntity(partyName) : undefined;
    const stateName = STATE_BY_FORM.get(match[2]!.toLowerCase().replace(/\s+/g, ''));
    const stateEntity = stateName ? findKnownEntity(stateName) : undefined;
    if (!stateEntity && !partyEntity) return;
    labels.push({
      person,
      party: partyEntity ? { start: letterAt, end: letterAt + 1, entity: partyEntity } : null,
      state: stateEntity ? { start: stateAt, end: stateAt + match[2]!.length, entity: stateEntity } : null,
    });
  });
  return labels;
}

/** Mentions for the parties and states of party labels that no mention covers yet ("R", "TX"). */
export function toLabelMentions(labels: readonly PartyLabel[], mentions: readonly Mention[]): Mention[] {
  const covered = (part: LabelPart) => mentions.some((m) => m.start <= part.start && part.end <= m.end);
  return labels
    .flatMap((label) => [label.party, label.state])
    .filter((part): part is LabelPart => part !== null && !covered(part))
    .map((part) => ({
      start: part.start, end: part.end, text: part.entity.name, type: part.entity.type, known: part.entity,
      role: null, titledText: null, guessed: false, acronymOf: null, nested: true,
    }));
}
