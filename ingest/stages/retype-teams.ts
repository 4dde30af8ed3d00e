import { COUNTRY_NAMES, NAME_HEADS, SPORTS } from '../nlp/lexicon.ts';
import type { SportKind } from '../nlp/lexicon.ts';
import { findDatelines } from './retype-datelines.ts';
import type { CleanText, Mention } from './types.ts';

const SPORT_PATTERN = [...SPORTS.keys()].sort((a, b) => b.length - a.length).join('|');
// "SOCCER - …", "Soccer - …", "Baseball-Results of …", "NFL AMERICAN FOOTBALL-RANDALL …".
const SPORTS_HEADLINE = new RegExp(`^\\s*((?:${SPORT_PATTERN})(?:\\s+(?:${SPORT_PATTERN}))*)\\s*-`, 'i');
const LOCATIVE = /\b(?:in|at|from|near|to|of|outside|around)\s+(?:the\s+)?$|\bat\s+\p{Lu}[^,()\n]*,\s*$/iu;
// A score after a team's name, maybe past its country: " 3", " 199", " 108-3", " ( Italy ) 92".
const SCORE_AFTER = /^(?:\s*\(\s*\p{Lu}[^()\n]{0,30}\))?\s+\d+(?:-\d+)?(?=\s|$)/u;
// What may come before a team's slot on its line: nothing, another score, a comma after one, or
// the venue of the match ("In Tirana : Flamurtari Vlore ( Albania ) 0", "At Cardiff : Kent 128-1").
const SLOT_BEFORE = /^\s*$|\d(?:\s*\([^()\n]*\))?\s+$|\d[^\n(]*,\s+$|^(?:In|At)\s+\p{Lu}[^:\n]{0,30}:\s+$/u;
const FIXTURE = { before: /(?:^|\s)v\.?\s+$/, after: /^\s+v\.?(?:\s|$)/ };

/** The kind of sport a results story is about, from a headline like "SOCCER - …"; null for other stories. */
export function findSportKind(text: string): SportKind | null {
  const match = SPORTS_HEADLINE.exec(text.slice(0, 80));
  if (!match) return null;
  const first = match[1]!.toUpperCase().split(/\s+/);
  for (let words = first.length; words > 0; words -= 1) {
    const kind = SPORTS.get(first.slice(0, words).join(' '));
    if (kind) return kind;
  }
  return null;
}

function lineAround(text: string, position: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', position - 1) + 1;
  const end = text.indexOf('\n', position);
  return { start, end: end < 0 ? text.length : end };
}

const isCountry = (mention: Mention): boolean => COUNTRY_NAMES.has(mention.known?.name ?? mention.text);

/**
 * Whether the mention holds a team's slot in a results table: "Pohang 3 Ulsan 2", "Stoke 4 3 1 0 7 4 10",
 * "Middlesex 199 and 426 , Hampshire 232", "Walsall v Wrexham"; never a player written with an initial.
 */
export function isTableSlot(mention: Mention, text: string): boolean {
  if (/(?:^|\s)\p{Lu}\.\s?\p{Lu}/u.test(mention.text) || (!mention.text.includes(' ') && NAME_HEADS.has(mention.text))) return false;
  const line = lineAround(text, mention.start);
  const before = text.slice(line.start, mention.start);
  // A table wrapped over two lines: "Chemlon Humenne\n( Slovakia ) 2".
  const after = text.slice(mention.end, line.end) || text.slice(line.end, lineAround(text, line.end + 1).end);
  // A player in brackets after a team's score: "Kent 244 ( C. Hooper 58 )".
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return false;
  if (FIXTURE.before.test(before) || FIXTURE.after.test(after)) return true;
  return SCORE_AFTER.test(after) && SLOT_BEFORE.test(before) && !/^\s*\d/.test(before);
}

const toTeam = (mention: Mention): Mention =>
  isCountry(mention) ? mention : { ...mention, type: 'Organization', known: null, guessed: false, titledText: null, firstName: false };

// "the Braves", "the All Blacks": a capitalised plural after "the" names a team in a team sport.
const isNickname = (mention: Mention, text: string): boolean =>
  mention.guessed && /\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start)) && /s$/.test(mention.text);

const isUnknownBody = (mention: Mention): boolean =>
  mention.type !== 'Place' && mention.type !== 'Event' && !mention.known && !mention.titledText
  && (mention.guessed || mention.type === 'Organization');

/** "Cleveland Indians", "Rotor Volgograd": a city and an unknown name side by side make one team. */
function mergeCityTeams(mentions: Mention[], text: string): Mention[] {
  const merged: Mention[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const previous = merged.at(-1);
    const adjacent = previous !== undefined && text.slice(previous.end, mention.start) === ' ';
    const city = (m: Mention) => m.type === 'Place' && !isCountry(m);
    if (adjacent && ((city(previous) && isUnknownBody(mention)) || (isUnknownBody(previous) && city(mention)))) {
      merged[merged.length - 1] = toTeam({ ...mention, start: previous.start, text: text.slice(previous.start, mention.end) });
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

/**
 * In a sports results story, teams typed as teams: names in results tables, names the tables make
 * teams elsewhere in the story, and (in a team sport) a city or county named as an actor ("Surrey
 * beat Essex"). Countries stay places; datelines and venues ("at Headingley") stay places.
 */
export function retypeTeams(mentions: Mention[], clean: CleanText): Mention[] {
  const kind = findSportKind(clean.text);
  if (kind !== 'team') return mentions;
  const { text } = clean;
  const datelines = findDatelines(clean);
  const isInDateline = (m: Mention) => datelines.some((span) => span.start <= m.start && m.end <= span.end);
  const merged = mergeCityTeams(mentions, text);
  const slots = merged.filter((m) => !isInDateline(m) && isTableSlot(m, text));
  const teams = new Set(slots.map((m) => m.text.toLowerCase()));
  return withMarks(merged, slots, text).map((mention) => {
    if (isCountry(mention) || isInDateline(mention)) return mention;
    const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, mention.start - 40), mention.start);
    const isVenue = /^\s*:/.test(text.slice(mention.end, mention.end + 3)) && mention.start === lineStart;
    if (teams.has(mention.text.replace(/ ?\(.*$/, '').toLowerCase()) && !LOCATIVE.test(before)) return toTeam(mention);
    if (isNickname(mention, text)) return toTeam(mention);
    if (mention.type !== 'Place' || isVenue || LOCATIVE.test(before)) return mention;
    return toTeam(mention);
  });
}

/** "Mladost ( BJ ) 4 0 1 3": a team's town mark in brackets is part of its name in a table. */
function withMarks(mentions: Mention[], slots: Mention[], text: string): Mention[] {
  const marked = new Map<Mention, Mention>();
  for (const slot of slots) {
    const mark = /^ ?\( ?\p{Lu}{1,3} ?\)/u.exec(text.slice(slot.end, slot.end + 8));
    if (!mark) continue;
    const end = slot.end + mark[0].length;
    marked.set(slot, { ...slot, end, text: text.slice(slot.start, end) });
  }
  const covered = (m: Mention) => [...marked.values()].some((w) => w.start <= m.start && m.end <= w.end && w.start !== m.start);
  return mentions.filter((m) => !covered(m)).map((m) => marked.get(m) ?? m);
}
