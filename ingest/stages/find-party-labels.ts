import { findKnownEntity } from '../nlp/find-known-names.ts';
import { NOT_NAMES, ROLE_NOUNS, US_STATES, isTitleWord, type KnownEntity } from '../nlp/lexicon.ts';
import type { Mention } from './types.ts';

/** A part of a party label and the listed entity it names. */
export interface LabelPart {
  start: number;
  end: number;
  entity: KnownEntity;
}

/** How the party was written: a label "(R-Fla.)", an apposition ", Republican of Iowa," or a title "Republican nominee". */
export type PartyLabelForm = 'party-label' | 'party-apposition' | 'party-title';

/** "Sen. Ada Marsh (R-Fla.)": the person's mention index, the party and the state the label names. */
export interface PartyLabel {
  person: number;
  party: LabelPart | null;
  state: LabelPart | null;
  form: PartyLabelForm;
  /** The role the party words give ("nominee" in "Republican nominee X"), when it is not the person's title. */
  role: string | null;
}

const PARTY_BY_LETTER: Record<string, string> = { D: 'Democratic Party', R: 'Republican Party' };
const PARTY_BY_WORD: Record<string, string> = {
  democrat: 'Democratic Party', democratic: 'Democratic Party', republican: 'Republican Party', gop: 'Republican Party',
};
const STATE_BY_FORM = new Map(US_STATES.flatMap((state) => [state.name, ...state.labelForms].map((form) => [toStateKey(form), state.name])));
// "(R-Fla.)", "(D-N.Y.)", "(R-TX)", "(I-Vt.)", "(R., Utah)", "(D - Md.)"
const LABEL = /^,?\s*\(\s*([DRI])\s*(?:[-–]|\.,?)\s*([\p{L}. ]{2,16}?)\s*\)/u;
// ", Republican of Iowa,", ", a Democrat from Vermont,", ", a Republican," — the party as a noun in apposition.
// Also after "of Maryland" and with a body's possessive: "X of Maryland, the panel's ranking Democrat".
const APPOSITION = /^(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s?){1,3}))?,\s+(?:a |the |(?:the |its |their )?\p{Ll}+['’]s )?(?:(?:former|fellow|longtime|moderate|conservative|liberal|veteran|freshman|centrist|progressive|top|ranking|senior|leading) )?(?:[\p{Lu}][\p{L}.]+ ){0,2}(Democrat|Republican)(?:\s+(?:of|from)\s+((?:[\p{Lu}][\p{L}.]*\s?){1,3}))?(?=[,;.)]|\s+(?:and|who|said|says|has|had|is|was|on|in)\b)/u;
// ", the Republican attorney general of Oklahoma,": the party word before the role words of an apposition.
const ROLE_APPOSITION = /^,\s+(?:a |an |the )?((?:[\p{Ll}-]+ ){0,2})(Democratic|Republican|GOP)((?: [\p{Ll}-]+){1,3})(?=[,;.)]| (?:of|on|from|in|for|at|and|who)\b)/u;
// "Republican nominee ", "Democratic presidential nominee ", "GOP Sen. ": the party word and the role words
// before a name; or the party noun alone ("Republican Donald Trump", "Democrat Hillary Clinton").
const PARTY_TITLE = /\b(Democratic|Republican|GOP|Democrat)((?:\s+[\p{L}.-]+){0,3}?)\s+$/u;
// Words that may stand between the party and the role word: "presidential", "vice presidential".
const ROLE_MODIFIERS = new Set(['presidential', 'vice', 'former', 'party', 'congressional', 'gubernatorial', 'senate', 'house', 'state', 'top', 'ranking', 'leading']);

function toStateKey(form: string): string {
  return form.toLowerCase().replace(/\s+/g, '');
}

function knownPart(name: string | undefined, start: number, end: number): LabelPart | null {
  const entity = name ? findKnownEntity(name) : undefined;
  return entity ? { start, end, entity } : null;
}

/** "(R-Fla.)" right after the name. */
function readLabel(mention: Mention, person: number, text: string): PartyLabel | null {
  const match = LABEL.exec(text.slice(mention.end, mention.end + 40));
  if (!match) return null;
  const letterAt = mention.end + match[0].indexOf(match[1]!, match[0].indexOf('('));
  const stateAt = mention.end + match[0].lastIndexOf(match[2]!);
  const party = knownPart(PARTY_BY_LETTER[match[1]!], letterAt, letterAt + 1);
  const state = knownPart(STATE_BY_FORM.get(toStateKey(match[2]!)), stateAt, stateAt + match[2]!.length);
  return party || state ? { person, party, state, form: 'party-label', role: null } : null;
}

/** ", Republican of Iowa," or ", a Democrat," right after the name. */
function readApposition(mention: Mention, person: number, text: string): PartyLabel | null {
  const match = APPOSITION.exec(text.slice(mention.end, mention.end + 90));
  if (!match) return null;
  const [, placeBefore, partyWord, placeAfter] = match;
  const partyAt = mention.end + match[0].indexOf(partyWord!, placeBefore ? match[0].indexOf(',') : 0);
  const party = knownPart(PARTY_BY_WORD[partyWord!.toLowerCase()], partyAt, partyAt + partyWord!.length);
  // "of Maryland, the panel's ranking Democrat" or ", Republican of Iowa": the state before or after
  const stateText = (placeAfter ?? placeBefore)?.trim().replace(/\.$/, '');
  const stateAt = stateText ? mention.end + (placeAfter ? match[0].lastIndexOf(stateText) : match[0].indexOf(stateText)) : -1;
  const state = stateText ? knownPart(STATE_BY_FORM.get(toStateKey(stateText)), stateAt, stateAt + stateText.length) : null;
  return party ? { person, party, state, form: 'party-apposition', role: null } : null;
}

/** ", the Republican attorney general of Oklahoma," right after the name: the party, with the role words after it. */
function readRoleApposition(mention: Mention, person: number, text: string): PartyLabel | null {
  const match = ROLE_APPOSITION.exec(text.slice(mention.end, mention.end + 80));
  if (!match) return null;
  const before = match[1]!.trim().split(/\s+/).filter(Boolean);
  const words = match[3]!.trim().split(/\s+/);
  if (!before.every((w) => ROLE_MODIFIERS.has(w))) return null;
  if (!isRolePhrase(words)) return null;
  const partyAt = mention.end + match[0].indexOf(match[2]!, match[1]!.length);
  const party = knownPart(PARTY_BY_WORD[match[2]!.toLowerCase()], partyAt, partyAt + match[2]!.length);
  return party ? { person, party, state: null, form: 'party-apposition', role: null } : null;
}

const isRoleWord = (word: string) => isTitleWord(word) || ROLE_NOUNS.has(word.toLowerCase()) || /^(?:nominee|candidate|hopeful|challenger|incumbent|leader|lawmaker|legislator|senator|congressman|congresswoman|whip)s?$/i.test(word);

/** "presidential nominee", "attorney general": role words, modifiers before the last. */
const isRolePhrase = (words: readonly string[]) =>
  isRoleWord(words.at(-1)!) && words.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()) || isRoleWord(w));

/**
 * "Republican Donald Trump", "If Democrat Hillary Clinton wins": the party noun right before a name, not
 * an adjective of a longer name ("the Republican National Committee" is no person's) or of a title
 * written with a capital ("Democratic" alone before a name says nothing of a role).
 */
function isPartyNounBeforeName(party: string, text: string, at: number): boolean {
  if (!/^(?:Democrat|Republican)$/.test(party)) return false;
  // the party word ends no longer capitalised name: "Young Republican Ada Marsh" is a club's member
  const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !before || NOT_NAMES.has(before);
}

/** "Republican nominee Donald Trump", "Democratic Sen. Ada Marsh": the party and role words before the name or its title. */
function readPartyTitle(mention: Mention, person: number, text: string): PartyLabel | null {
  // Read before roles are found (stage 03) and after (stage 06), so the title words are read here, not from the role.
  const from = Math.max(0, mention.start - 60);
  const match = PARTY_TITLE.exec(text.slice(from, mention.start));
  if (!match) return null;
  const words = match[2]!.trim().split(/\s+/).filter(Boolean);
  if (words.length > 0 ? !isRolePhrase(words) : !isPartyNounBeforeName(match[1]!, text, from + match.index)) return null;
  const partyAt = from + match.index;
  const party = knownPart(PARTY_BY_WORD[match[1]!.toLowerCase()], partyAt, partyAt + match[1]!.length);
  if (!party) return null;
  const roleWords = words.join(' ');
  const role = roleWords && !isTitleWord(words.at(-1)!) ? roleWords : null;
  return { person, party, state: null, form: 'party-title', role };
}

/** The party (and state) written around people's names: who sits for which party and state. */
export function findPartyLabels(mentions: readonly Mention[], text: string): PartyLabel[] {
  const labels: PartyLabel[] = [];
  mentions.forEach((mention, person) => {
    if (mention.type !== 'Person') return;
    const label = readLabel(mention, person, text) ?? readApposition(mention, person, text) ?? readRoleApposition(mention, person, text) ?? readPartyTitle(mention, person, text);
    if (label) labels.push(label);
  });
  return labels;
}

/** Mentions for the parties and states of party labels that no mention covers yet ("R", "TX", "Republican"). */
export function toLabelMentions(labels: readonly PartyLabel[], mentions: readonly Mention[]): Mention[] {
  const covered = (part: LabelPart) => mentions.some((m) => m.start <= part.start && part.end <= m.end);
  const added = new Set<number>();
  return labels
    .flatMap((label) => [label.party, label.state])
    .filter((part): part is LabelPart => part !== null && !covered(part))
    .filter((part) => !added.has(part.start) && Boolean(added.add(part.start)))
    .map((part) => ({
      start: part.start, end: part.end, text: part.entity.name, type: part.entity.type, known: part.entity,
      role: null, titledText: null, guessed: false, acronymOf: null, nested: true,
    }));
}
