import { findKnownNames } from '../nlp/find-known-names.ts';
import { findNameRuns, isCapitalised, isShouting } from '../nlp/find-name-runs.ts';
import type { NameRun } from '../nlp/find-name-runs.ts';
import { NOT_NAMES } from '../nlp/lexicon.ts';
import { tagTerms } from '../nlp/tag-terms.ts';
import type { Term } from '../nlp/tag-terms.ts';
import {
  followsFirstName, opensPersonName, isCurrencySign, isGluedModifier, isInsideLongerName, opensUnitName, isSpeechSubject, linkAcronyms, retypeTowns, typeCommitteesByChamber,
  typeUnitsByOpener, widenAddress, widenAdministration, widenEventYear,
} from './adjust-mentions.ts';
import { endsLongerAssemblyName } from './ends-longer-assembly.ts';
import { findRole, shareListTitles } from './find-role.ts';
import { findWrittenGender } from './find-gender.ts';
import { findBareSurnames } from './find-bare-surnames.ts';
import { findHeadlinePeople, retypeSurnames } from './find-headline-people.ts';
import { confirmNamedSources } from './find-named-sources.ts';
import { findNestedNames } from './find-nested-names.ts';
import { findCitedAuthors } from './find-cited-authors.ts';
import { findNestedPlaces } from './find-nested-places.ts';
import { isTaggedPhrase } from './is-tagged-phrase.ts';
import { isWorkTitle } from './is-work-title.ts';
import { keepDefiniteBodies } from './keep-definite-bodies.ts';
import { findNumberedPlaces } from './find-numbered-places.ts';
import { findPartyLabels, toLabelMentions } from './find-party-labels.ts';
import { findShoutedNames } from './find-shouted-names.ts';
import { mergeAdjacentNames } from './merge-adjacent-names.ts';
import { mergeNicknamedNames } from './merge-nicknamed-names.ts';
import { nameStormsAlone } from './name-storms-alone.ts';
import { retypeByCue } from './retype-by-cue.ts';
import { retypeDatelines } from './retype-datelines.ts';
import { retypePostalCodes } from './retype-postal-codes.ts';
import { retypeSaints } from './retype-saints.ts';
import { retypeTeams } from './retype-teams.ts';
import { toRunMention } from './run-to-mention.ts';
import { typeUnknownNames } from './type-unknown-names.ts';
import { widenNameParticle } from './widen-name-particle.ts';
import { splitRun } from './split-runs.ts';
import type { CleanText, FoundEntities, Mention } from './types.ts';

/** Whether a line is a headline in Title Case, where capitals say nothing about names. */
function isHeadline(line: string, atTop: boolean): boolean {
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const capitalised = words.filter((word) => isCapitalised(word)).length / words.length;
  // A headline on top may end with a full stop ("…Diverted to Avoid Bad Optics."), if nearly every word is capitalised.
  // A line ending in a colon opens what follows: "Senator Hatfield, Mr. Chief Justice, … and my fellow citizens:".
  const stopped = /[.!?,:]$/.test(line) && !(atTop && /\.$/.test(line) && words.length >= 6 && capitalised > 0.85);
  if (words.length < 5 || stopped || capitalised <= 0.75) return false;
  // Title Case capitalises small words too: "Fellow Doctors Don't Want To Associate With Him".
  // An initial is no small word: "A. Symonds" is not the article "A".
  return atTop || words.slice(1).some((word) => !/^\p{Lu}\.$/u.test(word) && NOT_NAMES.has(word.replace(/[^\p{L}'’]/gu, '')));
}

/** "Austen, Jane. Pride and Prejudice": authors a list cites surname first take the place of the names read inside them. */
function withCitedAuthors(mentions: Mention[], clean: CleanText): Mention[] {
  const cited = findCitedAuthors(clean);
  if (!cited.length) return mentions;
  const outside = mentions.filter((m) => !cited.some((c) => m.start < c.end && c.start < m.end));
  return [...outside, ...cited].sort((a, b) => a.start - b.start);
}

/** The typed mentions of people, agencies, organisations and places in the text. */
export function findEntities(clean: CleanText): FoundEntities {
  const { text } = clean;
  const terms = tagTerms(text);
  // Roads and terminals named by a number ("US 75", "Terminal 2"): the words inside them name nothing alone.
  const roads = findNumberedPlaces(text);
  const inRoad = (span: { start: number; end: number }) => roads.some((r) => r.start <= span.start && span.end <= r.end);
  const hits = findKnownNames(text).filter((hit) => !followsFirstName(hit, terms, text) && !opensPersonName(hit, terms, text) && !isInsideLongerName(hit, text) && !endsLongerAssemblyName(hit, text) && !inRoad(hit) && !isCurrencySign(hit, text));
  const unitOpeners = hits.filter((hit) => opensUnitName(hit, text));
  const known: Mention[] = hits.filter((hit) => !unitOpeners.includes(hit)).map((hit) => ({
    start: hit.start, end: hit.end, text: hit.text, type: hit.entity.type, known: hit.entity,
    role: null, titledText: null, guessed: false, acronymOf: null,
  }));
  const isTaken = (term: Term) => known.some((m) => term.start < m.end && m.start < term.end);
  const shouting = new Set(clean.paragraphs.filter((p, i) => isShouting(text.slice(p.start, p.end)) || isHeadline(text.slice(p.start, p.end), i < 2)).map((p) => p.start));
  const inShouting = (run: NameRun) => clean.paragraphs.some((p) => shouting.has(p.start) && p.start <= run.start && run.end <= p.end);
  const runs = findNameRuns(terms, text, isTaken)
    .filter((run) => !inShouting(run))
    .flatMap(splitRun)
    .map((run) => toRunMention(run, text))
    .filter((mention): mention is Mention => mention !== null && !inRoad(mention))
    .filter((mention) => !isGluedModifier(mention, text) && !isWorkTitle(mention, text) && !isTaggedPhrase(mention, terms, text))
    .map((mention) => widenAddress(widenAdministration(mention, text), text))
    .map((mention) => (mention.guessed && isSpeechSubject(mention, text) ? { ...mention, guessed: false } : mention))
    .map((mention) => keepDefiniteBodies(mention, text));
  const found = typeUnitsByOpener(runs, unitOpeners);
  const uncovered = known.filter((k) => !found.some((m) => m.start <= k.start && k.end <= m.end) && !isGluedModifier(k, text));
  const headlines = clean.paragraphs.filter((p) => shouting.has(p.start));
  const headlinePeople = findHeadlinePeople(terms, headlines, [...uncovered, ...found], text);
  const surnamed = [...retypeSurnames([...uncovered, ...found], headlinePeople), ...headlinePeople, ...roads];
  const named = confirmNamedSources(text, surnamed);
  // Addresses widen again once a known town and a street's head word are merged ("1696 Bergen Blvd").
  const merged = mergeNicknamedNames(mergeAdjacentNames(retypeByCue(named, terms, text), text), text).map((mention) => widenAddress(mention, text));
  const placed = retypeTowns(retypePostalCodes(retypeDatelines(typeCommitteesByChamber(merged), clean), text), text);
  // Unknown names typed first, so that in a team sport a place acting as a club becomes a team.
  const teamed = nameStormsAlone(retypeSaints(retypeTeams(typeUnknownNames(placed, terms, clean), clean), text)).map((mention) => widenNameParticle(mention, text));
  // Only lines in capitals: a Title Case headline's names would be read as the story's opening words.
  const shoutedSpans = clean.paragraphs.filter((p) => isShouting(text.slice(p.start, p.end)));
  const linked = withCitedAuthors(linkAcronyms([...teamed, ...findShoutedNames(terms, shoutedSpans, teamed, text)], text).map((mention) => widenEventYear(mention, text)), clean);
  // Nested places go last, so the mentions before them keep their order and neighbours.
  const withPlaces = [...linked, ...findNestedPlaces(linked, text)];
  const withNested = [...withPlaces, ...findNestedNames(withPlaces, text)];
  // Parties and states of labels like "(R-TX)" that no name covers: the relations stage links them to the person.
  const labelled = [...withNested, ...toLabelMentions(findPartyLabels(withNested, text), withNested)];
  // Last, so no index the mentions before them hold moves.
  const mentions = findBareSurnames(labelled, terms, text, headlines);
  mentions.forEach((mention) => {
    if (mention.type === 'Person') mention.role = findRole(mention, mentions, terms, text);
    // "Platte River Networks engineer Paul Combetta": a body a person works for is no guess, unless it
    // may be the tail of a longer name ("Joint Council for the Welfare of Immigrants campaigner X")
    const of = mention.role?.of;
    const body = of === null || of === undefined ? undefined : mentions[of]!;
    if (body?.guessed && !/\b(?:for|of|and|on)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, body.start - 12), body.start))) {
      mentions[of!] = { ...body, guessed: false };
    }
  });
  shareListTitles(mentions, text);
  for (const mention of mentions) {
    const gender = mention.type === 'Person' ? findWrittenGender(mention, text) : null;
    if (gender) mention.gender = gender;
  }
  return { terms, mentions };
}
