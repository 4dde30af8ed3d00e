import type { Gender } from '../nlp/name-gender.ts';
import type { EntityType } from '../../model/graph-model.ts';
import type { Span } from '../../model/extraction.ts';
import type { KnownEntity } from '../nlp/lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';

/** The article text with markup blanked out (same length, so offsets hold), and what frames it. */
export interface CleanText {
  /** The text as read; every offset points into it. */
  original: string;
  /** The same text with markup and boilerplate replaced by spaces. */
  text: string;
  /** Non-empty lines: news paragraphs are one line each. */
  paragraphs: Span[];
  title: string;
  date: string | null;
}

/** A title before a name, "DHS Assistant Secretary", split into its role and the body it names. */
export interface Role {
  text: string;
  start: number;
  end: number;
  /** Index into the mentions of the body the title belongs to ("DHS", "Colorado"), if named. */
  of: number | null;
}

/** One place a name occurs, typed; `role` is the title written before it. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  known: KnownEntity | null;
  role: Role | null;
  /** The name with its title, "Gov. Jonah Corvin", when a title was written. */
  titledText: string | null;
  /** Whether the type was only guessed; resolution may drop or retype it. */
  guessed: boolean;
  /** Whether it is a lone first name ("Hillary"), which may stand for the one person of that first name. */
  firstName?: boolean;
  /** Whether it is a lone head after "the" ("the Court"): the one body of that kind the text speaks of. */
  definite?: boolean;
  /** Index of the mention this one is an acronym of, written "Name (ACRONYM)". */
  acronymOf: number | null;
  /** Whether it lies inside another mention's name ("Colorado" in "Colorado State University"). */
  nested?: boolean;
  /** The gender the words before a person's name give ("Mr. Obama", "Congresswoman Ada Brill"). */
  gender?: Gender;
}

/** What finding entities gives the later stages: the words and the typed mentions. */
export interface FoundEntities {
  terms: Term[];
  mentions: Mention[];
}

/** One entity as resolved, with the indices of its mentions. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number[];
  parentId: string | null;
}

/** Entities and, for each mention index, the id of the entity it belongs to. */
export interface ResolvedEntities {
  entities: ResolvedEntity[];
  entityOfMention: (string | null)[];
}

/** What the stages after 04 read: the text, its mentions and the entities they resolve to. */
export interface ExtractionContext {
  clean: CleanText;
  found: FoundEntities;
  resolved: ResolvedEntities;
}
